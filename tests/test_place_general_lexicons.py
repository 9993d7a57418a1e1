"""Places of general knowledge that any report may name (issue 9): the tributaries and provincial
rivers of landforms.txt, its lakes, reservoirs, mountains, deserts and islands, and the nationally
famous scenic and heritage sites of place_scenic_sites.txt, found where the text names them; a site's
name opened by a division also holds that division (ANNOTATION rule 8); two-character names that are
common words or a kind every city has stay out. Made-up sentences in the genre's phrasing."""
from __future__ import annotations

from kg import lexicons
from kg.extract.places import _place_opening
from tests.conftest import report_names

PROVINCE = "某省政府工作报告"


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", PROVINCE, "", "一、工作回顾", "", *sentences)


def test_tributaries_and_provincial_rivers_are_places(tmp_path):
    found = _places(tmp_path, "推进潮白河、拒马河流域生态保护，实施抚河综合治理。")
    assert {"潮白河", "拒马河", "抚河"} <= found


def test_lakes_reservoirs_deserts_and_islands_are_places(tmp_path):
    found = _places(tmp_path, "加强衡水湖和密云水库水源保护，加强塔克拉玛干沙漠边缘防沙治沙，推进涠洲岛旅游开发。")
    assert {"衡水湖", "密云水库", "塔克拉玛干沙漠", "涠洲岛"} <= found


def test_famous_scenic_sites_are_places(tmp_path):
    found = _places(tmp_path, "依托净月潭、龙门石窟、大唐芙蓉园等景区，打造精品旅游线路。")
    assert {"净月潭", "龙门石窟", "大唐芙蓉园"} <= found


def test_a_site_opened_by_a_division_also_holds_the_division(tmp_path):
    assert _place_opening("沈阳故宫", None) == "沈阳"
    found = _places(tmp_path, "推动沈阳故宫周边历史街区保护。")
    assert {"沈阳故宫", "沈阳"} <= found


def test_common_words_and_generic_sites_stay_out_of_the_lexicons():
    names = lexicons.word_set("landforms.txt") | lexicons.word_set("place_scenic_sites.txt")
    # 资水 would cut 投资/水平, 向海 is "toward the sea", every old city has its 孔庙
    assert not {"资水", "向海", "孔庙", "故宫", "九乡"} & names


def test_no_new_name_is_a_division_or_a_town():
    towns = {t for row in lexicons.rows("towns.tsv") if len(row) > 1 for t in row[1].split()}
    divisions = set(lexicons.divisions_by_name())
    scenic = lexicons.word_set("place_scenic_sites.txt")
    assert not scenic & (towns | divisions)
    assert not scenic & lexicons.word_set("landforms.txt")


def test_a_common_phrase_holding_a_short_river_name_is_no_place(tmp_path):
    found = _places(tmp_path, "全省投资水平稳步提高，坚持向海发展。")
    assert not {"资水", "向海"} & found


def test_national_zones_are_places_holding_their_namesake(tmp_path):
    # the pilot free trade zones and the independent innovation demonstration zones of regions.txt
    # (State Council approvals): the zone is a place, and so is the place it is named after (rule 8),
    # not the country of the free trade zone's title
    found = _places(tmp_path, "中国（湖北）自由贸易试验区新设企业增长20%，苏南国家自主创新示范区企业营业收入增长8%。")
    assert {"中国(湖北)自由贸易试验区", "湖北", "苏南国家自主创新示范区", "苏南"} <= found
    assert "中国" not in found


def test_a_zone_named_whole_with_its_part_is_no_place_of_the_zone_alone(tmp_path):
    found = _places(tmp_path, "支持中国（河南）自由贸易试验区郑州片区开展首创性探索。")
    assert "中国(河南)自由贸易试验区" not in found
    assert "河南" in found


def test_divisions_abolished_since_2000_are_places_of_older_reports(tmp_path):
    # place_former_divisions.txt (民政部 changes to divisions): named as they then were
    found = _places(tmp_path, "原崇文区、宣武区完成合并，唐海县撤县设区工作顺利完成。")
    assert {"崇文区", "宣武区", "唐海县"} <= found
