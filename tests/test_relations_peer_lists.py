"""locatedIn (issue 10, session 47): lists whose items are peers, not a place and what stands in it.
An area's own phase opening a list ("某某产业园二期、甲基地、乙科技园建成投产") is an item like the others,
not the area the later items stand in; nor is a zone or scenic site opening a clause and a list
("甲开发区、乙产业集聚区、丙产业园入驻企业…") the place of the works listed with it. A place the report
supports to build a works ("支持X建设Y") is where the works stands; a works on a lake's wetland is on
the lake; waters listed before a phase of their shared works share it. Sentences written in the genre's phrasing, names made up; each
test of a missing link fails without its rule."""
from __future__ import annotations

from tests.conftest import review_located

HEAD = "某某市2023年政府工作报告"


def test_a_parks_phase_opening_a_list_holds_not_the_later_items(tmp_path):
    text = "青松工业园二期、金禾公司生产基地、银杏科技产业园建成投产。"
    got = review_located(tmp_path, text, HEAD)
    assert ("青松工业园二期", "青松工业园") in got, got
    assert not any(pl == "青松工业园" and w != "青松工业园二期" for w, pl in got), got


def test_an_area_opening_a_named_works_still_holds_the_list(tmp_path):
    # the rule it narrows (kg.resolve.relations._area_list_relations): a works with a name of its own
    got = review_located(tmp_path, "青松新区智慧物流园、冷链仓储中心等项目开工建设。", HEAD)
    assert ("冷链仓储中心", "青松新区") in got, got


def test_a_zone_listed_with_works_is_their_peer_not_their_place(tmp_path):
    # a zone that opens a clause and a list ("、" after it) is an item of that list, as the works are
    text = "青松经济技术开发区、白石产业集聚区、金禾县品牌家居产业园入驻企业达到156家。"
    got = review_located(tmp_path, text, HEAD)
    assert ("金禾县品牌家居产业园", "青松经济技术开发区") not in got, got


def test_towns_listed_bare_before_a_works_still_share_it(tmp_path):
    # the reading the peer rule leaves alone (kg.resolve.relations._listed_with_opener)
    got = review_located(tmp_path, "站街镇、芝田镇、米河镇耐材产业园建成。", HEAD)
    assert {("耐材产业园", "站街镇"), ("耐材产业园", "芝田镇"), ("耐材产业园", "米河镇")} <= got, got


def test_a_place_supported_to_build_a_works_is_where_it_stands(tmp_path):
    # "支持X建设Y" (location.txt `supported`): the place the report supports builds the works there
    got = review_located(tmp_path, "支持舒兰市建设金禾科技产业园、冷链物流中心。", HEAD)
    assert {("金禾科技产业园", "舒兰市"), ("冷链物流中心", "舒兰市")} <= got, got


def test_a_place_urged_to_build_a_works_is_where_it_stands(tmp_path):
    # "推动X建设Y", as "支持X建设Y" (location.txt `supported`), a town after its county too
    got = review_located(tmp_path, "推动舒兰市青禾镇建设金禾石材产业基地。", HEAD)
    assert {("金禾石材产业基地", "舒兰市"), ("金禾石材产业基地", "青禾镇")} <= got, got
    got = review_located(tmp_path, "推动舒兰市建设国家中心城市。", HEAD)
    assert not any(pl == "舒兰市" for _, pl in got), got


def test_a_place_supported_to_make_a_designation_holds_nothing(tmp_path):
    # 打造 takes designations and targets; no works stands in the place by it
    got = review_located(tmp_path, "鼓励舒兰市打造金禾科技产业园。", HEAD)
    assert ("金禾科技产业园", "舒兰市") not in got, got


def test_a_works_on_a_waters_own_part_is_on_the_water(tmp_path):
    # location.txt `own_part`: a water source or wetland named after a river or lake belongs to it
    got = review_located(tmp_path, "实施白石湖湿地保护工程二期。", HEAD)
    assert {("白石湖湿地保护工程二期", "白石湖湿地"), ("白石湖湿地保护工程二期", "白石湖")} <= got, got
    got = review_located(tmp_path, "启动金禾河水源地保护工程。", HEAD)
    assert ("金禾河水源地保护工程", "金禾河") in got, got


def test_waters_listed_before_a_phase_of_their_works_share_it(tmp_path):
    # _listed_before_name_relations: the action is written before the phase ("…综合治理二期")
    got = review_located(tmp_path, "实施青龙河、白石河流域综合治理二期。", HEAD)
    assert {("白石河流域综合治理二期", "白石河"), ("白石河流域综合治理二期", "青龙河")} <= got, got
