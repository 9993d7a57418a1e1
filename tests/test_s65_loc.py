"""A park or zone found both as works and as a place that opens its clause as the subject of a figure of its own
("某某科技园新增入驻企业132家", "某某产业园落户项目16个") is a place the sentence reports on, not works it builds:
the places its name holds are no location of works (ANNOTATION: links between places are not relations;
kg.extract.attributes.set_measured_sites). A hub stays works however its traffic is counted ("武陵山机场旅客吞吐量
突破40万人次" is at 武陵山, ANNOTATION rule 8). Sentences as tests/real and the samples write them, and one
written in the genre."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

BEIJING = ("全力支持雄安新区建设，服务保障中国中化、中国华能等一批中央企业迁入雄安，雄安新区中关村科技园新增入驻企业132家，"
           "京雄快线、京雄城际衔接升级，“三校一院”服务能力不断提升。")
QIANJIANG = "年产40万吨无碱玻纤项目第一条生产线达产，武陵山机场旅客吞吐量突破40万人次。"
# written in the genre: a county's park named after a region elsewhere, counted by the works settled in it
SETTLED = "全年签约工业项目70个，香港家居产业园落户项目7个。"


def test_a_park_reported_by_its_figures_is_no_works_in_its_name_place(tmp_path: Path):
    links = review_located(tmp_path, BEIJING, "2026年北京市政府工作报告")
    assert not {place for works, place in links if works == "雄安新区中关村科技园"}


def test_a_park_counted_by_works_settled_is_not_in_the_region_it_names(tmp_path: Path):
    links = review_located(tmp_path, SETTLED, "2018年监利县人民政府工作报告")
    assert not {place for works, place in links if works == "香港家居产业园"}


def test_a_hub_counted_by_its_traffic_stays_at_its_name_place(tmp_path: Path):
    links = review_located(tmp_path, QIANJIANG, "2019年重庆市黔江区政府工作报告")
    assert ("武陵山机场", "武陵山") in links
