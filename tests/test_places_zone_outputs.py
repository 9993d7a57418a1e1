"""A zone of regional policy, a port's area or a function zone whose output the clause reports right
after its name is where that output is made: a place (ANNOTATION rule 3), not a works
(genre_zone_output_heads.txt, genre_zone_output_measures.txt); made-up sentences in the genre's phrasing."""
from __future__ import annotations

from kg.model import PROJECT
from kg.pipeline import build
from tests.conftest import entity_names, report_names as found

HEAD = "某省人民政府工作报告"


def test_a_regional_zone_whose_output_is_reported_is_a_place(tmp_path):
    names = found(tmp_path, "Place", HEAD, "鹤川经济区地区生产总值占全省比重达到60.7%，槐岭示范区地区生产总值增长9.2%。")
    assert {"鹤川经济区", "槐岭示范区"} <= names


def test_a_port_area_whose_throughput_is_reported_is_a_place(tmp_path):
    names = found(tmp_path, "Place", HEAD, "榆湾港区集装箱吞吐量达到1010万标准箱，增长27.2%。")
    assert "榆湾港区" in names


def test_a_zone_the_clause_builds_is_no_place_by_its_output_words(tmp_path):
    # no output follows the zone: the sentence builds it (rule 3), the words after are its works
    names = found(tmp_path, "Place", HEAD, "加快鹤川经济区建设，推进基础设施互联互通。")
    assert "鹤川经济区" not in names


def test_a_port_whose_throughput_is_reported_is_a_place_and_no_works(tmp_path):
    text = "青禾港完成货物吞吐量4150万吨，澄江新港集装箱吞吐量突破100万标箱。加快青禾港扩建。"
    assert {"青禾港", "澄江新港"} <= found(tmp_path, "Place", HEAD, text)
    path = tmp_path / "port.txt"
    path.write_text(f"{HEAD}\n{text}\n", encoding="utf-8")
    projects = entity_names(build(path).report, PROJECT)
    assert "青禾港扩建" in projects  # the works the clause builds stays
    assert not {"青禾港", "澄江新港"} & projects
