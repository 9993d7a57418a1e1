"""locatedIn at the level of city, district and county reports: a works named after its site (a pumped-storage or
hydropower station, an irrigation district, a river hub, a bridge whose water's head jieba glues to 大桥) is in
that site, a place inside its name (ANNOTATION rule 8; kg.extract.site_named_works, place_site_named_heads.txt,
place_site_named_kinds.txt). Sentences written in the style of county reports; what a station stores or converts,
a district's size class and a transport hub's kind name no site."""
from __future__ import annotations

from tests.conftest import review_places_and_links


def _graph(tmp_path, sentence: str, head: str = "某某县2023年政府工作报告"):
    return review_places_and_links(tmp_path, head, sentence, "一、2022年工作回顾")


def test_a_pumped_storage_station_built_in_phases_is_at_its_site(tmp_path):
    places, links = _graph(tmp_path, "投资60亿元的岩口电站二期建设进展顺利。")
    assert "岩口" in places
    assert ("岩口电站二期", "岩口") in links


def test_an_irrigation_district_by_its_size_class_is_at_its_source(tmp_path):
    places, links = _graph(tmp_path, "青岩大型灌区、城区供水管网改造等一批水利项目加快推进。")
    assert ("青岩大型灌区", "青岩") in links
    assert not places & {"大型", "青岩大型"}


def test_a_river_hub_after_the_river_is_at_its_dam_site(tmp_path):
    _, links = _graph(tmp_path, "乌江白马航电枢纽建成投用。", "某某市2023年政府工作报告")
    assert ("乌江白马航电枢纽", "白马") in links


def test_a_bridge_whose_rivers_head_jieba_glues_to_the_head(tmp_path):
    places, links = _graph(tmp_path, "城南片区安置房加快交付,蓝河大桥建成通车。")
    assert "蓝河" in places
    assert ("蓝河大桥", "蓝河") in links


def test_what_a_station_stores_or_serves_names_no_site(tmp_path):
    places, _ = _graph(tmp_path, "建成储能电站、光伏电站和重卡换电站,新建充电站120个。")
    assert not places & {"储能", "光伏", "重卡换电", "重卡", "充电"}


def test_a_transport_hub_is_named_after_no_site(tmp_path):
    places, _ = _graph(tmp_path, "加快推进高铁北站综合交通枢纽建设。", "某某市2023年政府工作报告")
    assert not places & {"北站综合", "综合交通", "北站综合交通"}


def test_a_towns_short_name_that_is_a_common_word_opens_its_works(tmp_path):
    # hailar-2018's wording; 奋斗 of 奋斗镇 is a common word, a proper name only opening the works' name
    _, links = _graph(tmp_path, "奋斗镇农业发展园区、中心城区菜篮子基地等重点项目完成扩容提质。"
                      "重点推进谢尔塔拉“菜篮子”基地、奋斗马铃薯仓储物流基地、哈克奶源基地等项目。",
                      "海拉尔区2018年政府工作报告")
    assert ("奋斗马铃薯仓储物流基地", "奋斗镇") in links


def test_a_common_word_town_names_no_street_or_works_it_does_not_open(tmp_path):
    _, links = _graph(tmp_path, "胜利街道建成社区服务中心,完成胜利大街改造,推进共同奋斗主题公园建设。",
                      "海拉尔区2018年政府工作报告")
    assert not {(w, p) for w, p in links if p == "胜利街道" and w.startswith("胜利大街")}
    assert not {(w, p) for w, p in links if "奋斗" in w}
