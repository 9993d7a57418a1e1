"""A zone of regional policy, a port's area or a function zone whose output the clause reports right
after its name is where that output is made: a place (ANNOTATION rule 3), not a works
(genre_zone_output_heads.txt, genre_zone_output_measures.txt); made-up sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names as found

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
