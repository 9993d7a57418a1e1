"""A partner country written by its one-character form ("对俄合作", "加强与俄蒙的交流") is that
country, the form its alias (ANNOTATION rules 1 and 13; place_country_initials.txt, second column):
one place with the 俄罗斯 the report names elsewhere, never a second place labelled 俄. And 大庆 in
an anniversary's set phrase ("70周年大庆", "大庆之年") is the celebration, not 大庆市; a river named like
a division (黑龙江, 嫩江) listed beside another river is the river, not the province or city. Sentences
written in the genre's phrasing (places and figures changed), and the Hailar reports under ../shared."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.pipeline import build, predictions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import names_of, shared_file

HEAD = "政府工作报告\n——在某某市第五届人民代表大会第三次会议上\n各位代表：\n一、2021年工作回顾\n"


def place_names(tmp_path, *sentences: str) -> dict[str, list[str]]:
    path = tmp_path / "report.txt"
    path.write_text(HEAD + "\n".join(sentences) + "\n", encoding="utf-8")
    return {p["name"]: p.get("aliases", []) for p in predictions(build(path).rdf) if p.get("type") == "Place"}


def place_mentions(tmp_path, *sentences: str) -> set[str]:
    path = tmp_path / "m.txt"
    path.write_text(HEAD + "\n".join(sentences) + "\n", encoding="utf-8")
    return names_of(extract_mentions(parse_document(read_source(path))), "Place")


def test_a_partner_form_joins_the_country_the_report_names_in_full(tmp_path):
    got = place_names(tmp_path, "全市对俄合作不断深化，对俄进出口总额增长12%。",
                      "我市北部以界江与俄罗斯为邻，口岸过货量创历史新高。")
    assert "俄" in got["俄罗斯"]
    assert "俄" not in got


def test_a_partner_form_alone_is_still_the_country(tmp_path):
    # no full name in the report: the country's entity, labelled by its full name, the form its alias
    got = place_names(tmp_path, "进一步加强与俄蒙的交流与合作，拓展对日韩出口。")
    assert "俄" in got["俄罗斯"] and "蒙" in got["蒙古国"]
    assert not {"俄", "蒙"} & set(got)
    assert "蒙" not in got.get("内蒙古自治区", [])  # 蒙 beside 俄 is Mongolia, not 内蒙古


def test_what_the_partner_rule_reads_is_unchanged(tmp_path):
    # a joint name of China and its neighbours is one border region; "与日俱增" names no country
    found = place_mentions(tmp_path, "打造中俄蒙毗邻地区重要的商贸物流中心。", "群众收入与日俱增。")
    assert "中俄蒙毗邻地区" in found
    assert "日" not in found
    got = place_names(tmp_path, "打造中俄蒙毗邻地区重要的商贸物流中心。")
    assert "中俄蒙毗邻地区" in got and "俄罗斯" not in got


@pytest.mark.parametrize("year", [2012, 2015, 2016])
def test_hailar_partner_countries_are_russia_and_mongolia(tmp_path, year):
    # hailar-2012/2015/2016: "与俄蒙的交流" beside 俄罗斯 named in full
    got = {p["name"]: p.get("aliases", []) for p in predictions(build(shared_file("corpus", "hailar", f"hailar-{year}.txt")).rdf)
           if p.get("type") == "Place"}
    assert "俄" in got["俄罗斯"] and "蒙" in got["蒙古国"]
    assert not {"俄", "蒙"} & set(got)


def test_an_anniversarys_grand_celebration_is_not_daqing(tmp_path):
    found = place_mentions(tmp_path, "自治区成立60周年大庆隆重举办，全州各族群众倍感振奋。",
                           "今年是新中国70华诞的大庆之年，也是全面建成小康社会的关键之年。",
                           "以建州六十周年大庆凝聚的力量推动高质量发展。")
    assert not any("大庆" in f for f in found)


def test_a_short_form_after_an_anniversary_that_is_no_celebration_is_the_place(tmp_path):
    # only a celebration word (大庆, place_celebration_words.txt) is guarded after the frame: 重庆 and
    # 安庆 there are the cities
    found = place_mentions(tmp_path, "庆祝新中国成立75周年重庆援建项目全部完工。",
                           "自治区成立70周年安庆对口帮扶资金全部到位。")
    assert {"重庆", "安庆"} <= found
    # the celebration itself is still no place
    found = place_mentions(tmp_path, "庆祝新中国成立75周年大庆活动圆满举办。")
    assert not any("大庆" in f for f in found)


def test_a_country_written_as_x_and_x_guo_is_labelled_x_guo(tmp_path):
    # 蒙古 written first, then 蒙古国: one place labelled 蒙古国, 蒙古 and 蒙 its aliases; 日本 the same
    got = place_names(tmp_path, "深化与俄罗斯、蒙古的合作，对蒙出口增长20%。",
                      "加强与蒙古国、日本、日本国经贸往来。")
    assert set(got["蒙古国"]) == {"蒙", "蒙古"} and set(got["日本国"]) == {"日本"}
    assert not {"蒙古", "日本", "蒙"} & set(got)
    # a report writing only 蒙古 keeps 蒙古 as the label, 蒙 its alias
    got = place_names(tmp_path, "深化与俄罗斯、蒙古的合作，对蒙出口增长20%。")
    assert got["蒙古"] == ["蒙"] and "蒙古国" not in got


def test_daqing_the_city_is_kept(tmp_path):
    found = place_mentions(tmp_path, "深化与大庆、齐齐哈尔的产业协作。", "大庆市某石化企业扩能项目开工建设。")
    assert {"大庆", "大庆市"} <= found


def test_a_river_named_like_a_division_among_rivers_is_the_river(tmp_path):
    # 黑龙江 (黑龙江省) and 嫩江 (嫩江市) listed beside 松花江 or 乌苏里江 are the rivers: places of their
    # own, not aliases of the province and the city
    got = place_names(tmp_path, "全年重点建设水利项目20项，黑龙江、松花江、嫩江干流治理工程基本建成。",
                      "本省东部以乌苏里江、黑龙江为界河与邻国相望。")
    assert {"黑龙江", "嫩江", "松花江", "乌苏里江"} <= set(got)
    assert "黑龙江省" not in got and "嫩江市" not in got


def test_a_division_listed_beside_divisions_stays_the_division(tmp_path):
    got = place_names(tmp_path, "落实与吉林、黑龙江的战略合作框架协议。", "推进嫩江市城区供水工程。")
    assert "黑龙江" in got.get("黑龙江省", []) and "黑龙江" not in got
    assert "嫩江市" in got and "嫩江" not in got


def test_a_division_beside_a_longer_name_that_starts_with_a_river_stays_the_division(tmp_path):
    # the next item only starts with a river's name (a region, a reach's cities): the list is of
    # divisions, and 浙江 and 内江 keep their codes (md26: the neighbour must be a river named whole)
    got = place_names(tmp_path, "主动对接上海、江苏、浙江、长江经济带沿线城市。",
                      "加强与宜宾、泸州、内江、长江上游城市的合作。")
    assert "浙江" in got.get("浙江省", []) and "浙江" not in got
    assert "内江" in got.get("内江市", []) and "内江" not in got


def test_a_run_of_river_named_items_with_one_known_river_is_a_list_of_rivers(tmp_path):
    # the known river last, after two rivers named like divisions (the list's kind decides)
    got = place_names(tmp_path, "黑龙江、嫩江、松花江干流治理工程基本建成。")
    assert {"黑龙江", "嫩江", "松花江"} <= set(got)
    assert "黑龙江省" not in got and "嫩江市" not in got


def test_the_anniversary_grammar_guards_daqing_after_a_founding_count(tmp_path):
    found = place_mentions(tmp_path, "喜迎自治区成立70年大庆。", "隆重庆祝建州六十周年的大庆盛典。")
    assert not any("大庆" in f for f in found)
    # a year's date is no count of years: the city after it is kept
    found = place_mentions(tmp_path, "2021年大庆、齐齐哈尔两市联合举办产业对接会。")
    assert "大庆" in found


def test_a_partner_form_joins_the_form_of_mongolia_the_report_writes(tmp_path):
    got = place_names(tmp_path, "深化与俄罗斯、蒙古的合作，对蒙出口增长20%。")
    assert "蒙" in got["蒙古"] and "蒙古国" not in got
    got = place_names(tmp_path, "深化与蒙古国的经贸合作，蒙古客商来访增多。")
    assert "蒙古" in got["蒙古国"] and "蒙古" not in got


def test_a_river_named_like_a_division_before_its_works_and_another_list_item(tmp_path):
    # the river's item runs on to another works of the same list ("…干流治理工程和某某蓄滞洪区工程、…")
    got = place_names(tmp_path, "黑龙江、松花江、嫩江干流治理工程和某某蓄滞洪区工程、某某引水工程基本完工。")
    assert {"黑龙江", "嫩江", "松花江"} <= set(got)
    assert "黑龙江省" not in got and "嫩江市" not in got
