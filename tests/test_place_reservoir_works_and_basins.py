"""Where a place's name ends inside a works' name: a reservoir there already that the works enlarges,
repairs or draws water from, and a water a basin (流域) is named after (made-up names, real towns)."""
from __future__ import annotations

from tests.conftest import report_names, report_place_aliases


def places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2018年工作回顾", *sentences)


def test_a_reservoir_the_works_enlarge_repair_or_draw_water_from_is_a_place(tmp_path):
    # enlarged storage (扩容), water supplied from it (供水), a repair of its dam (加固): works at a
    # reservoir there already, a place named whole (ANNOTATION rule 8), beside the place it is named after
    found = places(tmp_path, "2019年青禾县政府工作报告", "开工建设青禾湾水库扩容工程、白鹭水库供水工程，澄江水库加固工程完工。")
    assert {"青禾湾水库", "白鹭水库", "澄江水库"} <= found
    assert {"青禾湾", "白鹭", "澄江"} <= found
    # a reservoir being built is the works itself, not a place there already
    assert "白沙水库" not in places(tmp_path, "2019年青禾县政府工作报告", "推进白沙水库建设。")


def test_a_reservoir_before_a_later_phase_of_its_works_or_a_raised_storage_is_a_place(tmp_path):
    # a later phase (二期) of works at a reservoir: its first phase stands, so the reservoir does too;
    # 增容 is 扩容 written with another verb: a reservoir there already, named whole beside its stem
    found = places(tmp_path, "2019年青禾县政府工作报告",
                   "建成青禾水库二期引水工程，推进澄岭水库增容工程，开工建设石桥水库二期工程。")
    assert {"青禾水库", "澄岭水库", "石桥水库"} <= found
    assert {"青禾", "澄岭", "石桥"} <= found
    # a first phase may build the reservoir itself: no place there already
    assert "白沙水库" not in places(tmp_path, "2019年青禾县政府工作报告", "开工建设白沙水库一期工程。")


def test_a_reservoir_whose_stem_opens_the_clause_is_a_place_before_its_works(tmp_path):
    # 柳/nr 回/v: the stem read where the reservoir's name opens the clause is the stem of the
    # reservoir the works repairs, though its words are no name's to the tagger
    found = places(tmp_path, "2019年青禾县政府工作报告", "柳回水库除险加固工程完成主体建设。")
    assert {"柳回", "柳回水库"} <= found


def test_a_town_whose_name_opens_with_a_verb_keeps_its_reservoir(tmp_path):
    # 出头岭 (a town of 蓟州区) reads 出头/v 岭/n: the verb opens the town found, so the reservoir named
    # after it, the start of a line "X水库至…", is one name, not a verb glued to a place
    found = places(tmp_path, "2019年天津市蓟州区政府工作报告", "建设出头岭水库至城南段景观带。")
    assert {"出头岭", "出头岭水库"} <= found
    # a verb before a place is still cut off it
    assert "开展青禾街" not in places(tmp_path, "2019年青禾县政府工作报告", "开展青禾街、白鹭街环境整治。")


def _graph_places(tmp_path, head: str, *lines: str) -> dict[str, set[str]]:
    return report_place_aliases(tmp_path, head, "各位代表：", "一、2018年工作回顾", *lines)


def test_a_basin_of_a_water_named_x_shui_or_x_gang_is_that_water(tmp_path):
    # rivers named with 水 and the plains' waterways named with 港: the basin is the water, as
    # "某河流域" is 某河
    found = _graph_places(tmp_path, "2019年青禾县政府工作报告", "推进白鹭港流域综合治理工程。", "实施澄水流域生态保护修复。")
    assert {"白鹭港", "澄水"} <= found.keys()
    assert not {"白鹭港流域", "澄水流域"} & found.keys()


def test_a_place_written_after_its_city_goes_by_its_own_name(tmp_path):
    # a place's name and its head after a city's short form name the place completely (the shortest
    # span that does); the city's form is its alias
    found = _graph_places(tmp_path, "2019年山东省政府工作报告", "德州澄河湿地保护成效显著。",
                          "德州高新区、德州经济开发区加快发展。", "推进德州科学城、德州古城墙建设。")
    assert found["澄河湿地"] == {"德州澄河湿地"}
    assert "德州澄河湿地" not in found
    # a common word after the city: no name without the city's
    assert {"德州高新区", "德州经济开发区", "德州科学城", "德州古城墙"} <= found.keys()
    assert not {"高新区", "科学城", "古城墙"} & found.keys()
    # a hub is named with its city's name: the airport keeps it
    assert "德州澄河国际机场" in _graph_places(tmp_path, "2019年山东省政府工作报告", "德州澄河国际机场航站楼建成。")


def test_a_water_written_after_its_city_goes_by_its_own_name(tmp_path):
    # a river named by three characters after a city's short form, in a list of waters under works
    found = _graph_places(tmp_path, "2019年山东省政府工作报告", "推进德州宝禾河、聊城澄禾河和滨州青岭河流域综合治理。")
    assert found["宝禾河"] == {"德州宝禾河"} and found["澄禾河"] == {"聊城澄禾河"} and found["青岭河"] == {"滨州青岭河"}
