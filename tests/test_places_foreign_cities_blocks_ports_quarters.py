"""Places the rules had not seen (session 31, issue 9): a country and a city of it the lexicons do
not hold, a foreign city opening with a head's character, a species named after its range, a
city's historic or pedestrian block, a port at a route's end, a quarter named by a word of
position; a scenic area named after a landform found by its own head (pn31b). Sentences written in the
genre's phrasing, not copied from any gold."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "某市2023年政府工作报告", "二、2023年工作安排", *sentences)


def test_a_transliterated_city_after_its_country(tmp_path):
    found = _places(tmp_path, "中欧班列延伸至白俄罗斯布列斯特、波兰罗兹,年开行突破200列。")
    assert {"白俄罗斯", "布列斯特", "波兰", "罗兹"} <= found


def test_a_city_of_a_neighbour_standing_only_beside_its_country(tmp_path):
    found = _places(tmp_path, "组织外贸企业赴越南海阳、广宁举办产品推介会。")
    assert {"越南", "海阳", "广宁"} <= found


def test_a_common_word_of_that_list_far_from_the_country_is_none(tmp_path):
    found = _places(tmp_path, "加强海防建设,开展国防教育进校园活动。")
    assert "海防" not in found


def test_a_list_goes_on_after_a_city_the_lexicons_hold(tmp_path):
    found = _places(tmp_path, "深化与越南河内、北宁等地的农产品贸易合作。")
    assert {"越南", "河内", "北宁"} <= found


def test_a_country_before_its_city_is_no_breed(tmp_path):
    found = _places(tmp_path, "推动企业在菲律宾马尼拉设立海外仓。")
    assert {"菲律宾", "马尼拉"} <= found


def test_a_heads_character_opening_a_foreign_city_makes_no_river(tmp_path):
    found = _places(tmp_path, "积极对接越南河内物流通道建设。")
    assert "越南河" not in found and "越南" in found


def test_a_species_named_after_its_range_holds_no_region(tmp_path):
    found = _places(tmp_path, "完善东北虎豹种群监测体系,亚洲象栖息地修复面积达3万亩。")
    assert "东北" not in found and "亚洲" not in found


def test_a_historic_or_pedestrian_block(tmp_path):
    found = _places(tmp_path, "南门历史文化街区、解放路步行街入选省级旅游休闲街区。")
    assert {"南门历史文化街区", "解放路步行街"} <= found


def test_blocks_named_by_their_kind_alone_are_none(tmp_path):
    found = _places(tmp_path, "加强历史文化街区保护,改造提升特色步行街3条。")
    assert not any(p.endswith(("街区", "步行街")) for p in found)


def test_a_port_at_a_routes_end_holds_its_town(tmp_path):
    found = _places(tmp_path, "推进沧州至黄骅港城际铁路前期工作。")
    assert {"沧州", "黄骅港"} <= found


def test_quarters_named_by_a_word_of_position(tmp_path):
    found = _places(tmp_path, "南部组团、东部片区基础设施加快完善,入驻企业超过80家。")
    assert {"南部组团", "东部片区"} <= found


def test_a_delegation_formed_is_no_quarter(tmp_path):
    found = _places(tmp_path, "北京组团赴港澳开展招商推介。")
    assert not any(p.endswith("组团") for p in found)


def test_a_block_the_clause_makes_is_the_works_not_a_place(tmp_path):
    found = _places(tmp_path, "打造人民路步行街、滨河东路等8条特色街道。")
    assert "人民路步行街" not in found


# "X山大峡谷景区" is one place (ANNOTATION rules 3 and 8), not only the mountain inside it
def test_a_scenic_area_after_a_canyon_named_by_a_mountain(tmp_path):
    found = _places(tmp_path, "青龙山大峡谷景区全年接待游客突破90万人次,增长26%。")
    assert "青龙山大峡谷景区" in found


def test_a_scenic_area_after_a_waterfall(tmp_path):
    found = _places(tmp_path, "滴水岩瀑布景区、石门峡景区游客接待量稳步增长。")
    assert "滴水岩瀑布景区" in found


def test_the_landform_inside_the_area_is_kept(tmp_path):
    found = _places(tmp_path, "青龙山大峡谷景区全年接待游客突破90万人次,增长26%。")
    assert "青龙山大峡谷" in found  # rule 8: a name inside a name


def test_a_long_common_phrase_before_a_scenic_head_names_nothing(tmp_path):
    found = _places(tmp_path, "加快建设沿江生态旅游风景区,完善游客服务设施。")
    assert not any(p.endswith("风景区") for p in found)
