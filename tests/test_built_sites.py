"""The site a clause builds at, named after 在 right before a verb of building (issues 9 and 10):
a proper place name jieba knows ("某集团在蛇口投资建设…") or a name ending on a site's head after a
proper stem is a place, and the works built there are in it; scope words, common nouns and a park
named only by its sector are not. General examples made up for the grammar."""
from __future__ import annotations

from kg.pipeline import build
from tests.test_places import places

PROVINCE = "2020年广东省政府工作报告"


def located(tmp_path, *lines: str) -> set[tuple[str, str]]:
    path = tmp_path / "r.txt"
    path.write_text(PROVINCE + "\n各位代表：\n一、2019年工作回顾\n" + "\n".join(lines) + "\n", encoding="utf-8")
    g = build(path).report
    name = {k: e.name for k, e in g.entities.items()}
    return {(name[r.subject], name[r.object]) for r in g.relations if r.kind == "locatedIn"}


def test_a_proper_place_name_before_a_build_verb_is_a_place(tmp_path):
    # made up: a place jieba tags ns, not a division, between 在 and 投资建设 / 新建
    found = places(tmp_path, PROVINCE, "某某集团在蛇口投资建设邮轮母港项目。", "在望京新建一批人才公寓。")
    assert {"蛇口", "望京"} <= found


def test_the_works_built_at_the_site_are_in_it(tmp_path):
    got = located(tmp_path, "某某集团在蛇口投资建设年产10万吨新材料项目。")
    assert ("年产10万吨新材料项目", "蛇口") in got


def test_scope_words_common_nouns_and_sector_parks_are_not_sites(tmp_path):
    # made up: a scope word, common nouns jieba tags ns, a park named only by its sector
    found = places(tmp_path, PROVINCE, "在全市新建公园8个。", "在城市新建充电桩500个。", "在城中村新建停车场12个。",
                   "在现代农业产业园新建冷库。")
    assert not {"全市", "城市", "城中村", "现代农业产业园"} & found


def test_aviation_cities_and_high_tech_parks_built_in_are_places(tmp_path):
    # made up: a city's aviation zone (航空城) and a high-tech park's short head (高科园) after 在
    found = places(tmp_path, PROVINCE, "某某航空工业集团在青峪航空城建设无人机总装基地。",
                   "某某动力有限公司在澄溪高科园建设的燃气轮机试验基地主体完工。")
    assert {"青峪航空城", "澄溪高科园"} <= found


def test_a_park_named_after_a_place_word_jieba_guessed_is_a_site(tmp_path):
    # made up: 云桥 is no dictionary word; jieba's HMM makes it one and tags it a place (ns), which
    # `is_proper` alone reads as two common characters
    found = places(tmp_path, PROVINCE, "引进某某电动汽车股份有限公司在云桥园区建设氢能重卡项目。")
    assert "云桥园区" in found
    got = located(tmp_path, "引进某某电动汽车股份有限公司在云桥园区建设氢能重卡项目。")
    assert ("氢能重卡项目", "云桥园区") in got


def test_a_park_named_after_a_river_found_is_a_site_holding_it(tmp_path):
    # made up: the river found opens the park's name; the park is the site, the river stays a place
    found = places(tmp_path, PROVINCE, "某某大学新校区在青禾河教育园区开工建设。")
    assert {"青禾河教育园区", "青禾河"} <= found
