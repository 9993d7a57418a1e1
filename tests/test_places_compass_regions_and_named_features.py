"""Places named after a feature or cut across a compass word (issue 9): a region closed by an
intercardinal compass word (湘西北) holds no division cut across it; a town's short form that is a
zone's head word opens no works; a river named like a town before its works is the river; a new
quarter or a tourist area named after a lake, bay or stockade keeps that feature as a place of its
own (ANNOTATION rule 8); a settlement whose name holds a natural head (某洞堡) is one
place. Made-up sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

GUIZHOU = "贵州省政府工作报告"
LUOYANG = "洛阳市政府工作报告"
CHANGSHA = "长沙市政府工作报告"


def _places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "一、工作回顾", "", *sentences)


def test_a_region_closed_by_an_intercardinal_word_holds_no_division_cut_across_it():
    # "某西北": a province's abbreviation and its north-west; a division named 某西 is no place inside it
    from kg.extract.places import _cuts_closing_compass_word
    assert _cuts_closing_compass_word("湘西北", 2)
    assert not _cuts_closing_compass_word("湘西北", 1)
    assert not _cuts_closing_compass_word("海南自由贸易港", 2)  # no compass word closes it


def test_a_towns_short_form_that_is_a_zone_head_opens_no_works(tmp_path):
    # 科技园街道 is a town of 洛阳's area: its short form is the kind of zone the works is
    assert "科技园" not in _places(tmp_path, LUOYANG, "推进软件科技园二期建设。")


def test_a_river_named_like_a_town_before_its_works_is_the_river(tmp_path):
    # 鸣皋镇 is a town of 洛阳's area: the river opens the works, not the town
    found = _places(tmp_path, LUOYANG, "实施鸣皋河综合治理工程。")
    assert "鸣皋河" in found and "鸣皋" not in found


def test_a_new_quarter_named_after_a_lake_keeps_the_lake(tmp_path):
    found = _places(tmp_path, CHANGSHA, "加快松雅湖新城建设。")
    assert {"松雅湖", "松雅湖新城"} <= found
    assert "新城" not in found  # the report's own new town is not spoken of


def test_a_feature_of_common_characters_before_a_tourist_area_head_is_a_place(tmp_path):
    found = _places(tmp_path, CHANGSHA, "萝卜坪景区建设全面推进。", "黄瓜寨景区提档升级。")
    assert {"萝卜坪", "黄瓜寨"} <= found


def test_a_common_stem_before_a_tourist_area_head_without_a_toponym_head_is_none(tmp_path):
    # no toponym head before the area's head: a kind of area, no feature's name
    found = _places(tmp_path, CHANGSHA, "推进乡村旅游区建设，提升核心景区品质。")
    assert not {"乡村", "核心", "乡村旅游区"} & found


def test_a_county_renamed_after_the_towns_table_has_the_towns_of_the_one_it_replaced():
    # 孟津县 (410322) → 孟津区 (410308) in 2021: a report of either finds the same towns
    from kg import lexicons
    assert "会盟镇" in lexicons.towns("410308") and "会盟镇" in lexicons.towns("410322")
    assert lexicons.towns("410307") == lexicons.towns("410381")  # 偃师市 → 偃师区


def test_a_settlement_named_with_a_natural_head_inside_is_one_place(tmp_path):
    # 堡 closes the settlement's name: the cave's name cut from it (青龙洞) is no place of its own
    found = _places(tmp_path, GUIZHOU, "青龙洞堡国际物流园二期建成投用。")
    assert "青龙洞堡" in found and "青龙洞" not in found


def test_a_geographic_division_written_with_its_area_word_is_named_whole(tmp_path):
    # the seven geographic divisions: 华北地区 as 东北地区 and 西北地区 are
    found = _places(tmp_path, CHANGSHA, "加强与华北地区、华东地区的合作。")
    assert {"华北地区", "华东地区"} <= found and not {"华北", "华东"} & found


SHANXI = "山西省政府工作报告"


def test_the_sites_of_a_list_closed_by_their_kind_are_places(tmp_path):
    # a list that opens its clause and closes with 等景区: sites visited, each a place by its whole
    # name, a county opening an item no part of the site's name; a few items of common characters
    found = _places(tmp_path, SHANXI, "石佛洞石窟、悬空寺、翠屏山、繁峙县岩山寺等景区游客量持续增长。")
    assert {"石佛洞石窟", "悬空寺", "翠屏山", "岩山寺", "繁峙县"} <= found


def test_a_list_of_kinds_closed_by_a_site_kind_names_no_place(tmp_path):
    assert not {"乡村", "城郊", "山区"} & _places(tmp_path, SHANXI, "乡村、城郊、山区等景区游客量持续增长。")


def test_a_conjunction_after_a_works_is_no_part_of_the_next_toponym(tmp_path):
    # jieba reads 和 alone before the bay's name: the works before it (码头) closes an item
    found = _places(tmp_path, "海南省政府工作报告", "加快原油码头和鹭栖湾港区一期工程建设。")
    assert "鹭栖湾" in found and "和鹭栖湾" not in found
