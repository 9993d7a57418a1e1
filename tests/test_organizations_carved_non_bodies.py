"""A rule that carves a company's name out of the start of a works' name (ANNOTATION rule 8) takes no
route's short forms and no sector's grade word for a body (issues 9, 10): the sentences are written in
the genre's phrasing, with made-up ends and figures."""
from __future__ import annotations

from kg.text.document import parse_document
from kg.extract import PIPELINE, extract_mentions
from kg.text.reading import read_source
from tests.conftest import names_by_type, names_of

CITY = "政府工作报告\n——2023年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n"


def mentions(tmp_path, *sentences: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(CITY + "\n".join(sentences) + "\n", encoding="utf-8")
    return names_by_type(extract_mentions(parse_document(read_source(path))))


def test_a_routes_short_forms_are_no_company(tmp_path):
    found = mentions(tmp_path, "积极争取沪昆高铁增开动车。",
                     "沪杭高速西段扩容完成，川黔铁路改线工程开工建设。",
                     "推进望岳长江公路大桥、博罗东江大桥建设，加快海泰长江隧道建设。",
                     "加快益沅航道、澧湘航道等在建项目建设。")
    assert {"沪昆高铁", "望岳长江公路大桥", "海泰长江隧道", "澧湘航道"} <= found["Project"]
    assert not found.get("Organization", set()) & {"沪昆", "沪杭", "川黔", "望岳", "海泰", "益沅", "澧湘"}


def test_a_routes_short_form_alone_after_its_full_name(tmp_path):
    found = mentions(tmp_path, "榆平高速公路改扩建工程开工。", "全力推进榆平改扩建。")
    assert "榆平" not in found.get("Organization", set())


def test_a_sectors_grade_word_is_no_company(tmp_path):
    found = mentions(tmp_path, "新区科创中心一期、高档数控装备检测基地、西站物流中心等重大项目开工建设。",
                     "签约高端智能制造产业园、华兴电子智能终端等项目。")
    assert "华兴电子" in found["Organization"]  # the company in the same list stays
    assert not {f for f in found["Organization"] if f.startswith(("高端", "高档"))}


def test_a_companys_name_in_its_works_stays(tmp_path):
    # guards: a company's trade name opening its works (rule 8 of the annotation)
    found = mentions(tmp_path, "推进红星美凯龙商贸综合体项目建设，华岚新材料二期投产。")
    assert {"红星美凯龙", "华岚新材料"} <= found["Organization"]


def test_a_bilateral_parks_countries_are_no_company(tmp_path):
    # review finding on qa25's bracketed-place rule: 中 and a partner's one-character form name a park
    found = mentions(tmp_path, "中德（沈阳）高端装备制造产业园、中欧（成都）国际物流园加快建设。",
                     "中马(钦州)产业园、中白(明斯克)工业园等项目开工，俄中(某州)木材加工园签约落地。")
    assert {"中德(沈阳)高端装备制造产业园", "中马(钦州)产业园"} <= found["Project"]
    assert not found.get("Organization", set()) & {"中德", "中欧", "中马", "中白", "俄中"}


def test_a_zones_short_forms_before_a_phase_are_no_company(tmp_path):
    # review finding on qa25's phase rule: a province's form and a direction, a city's and its county's
    found = mentions(tmp_path, "加快推进宁东二期建设，榆横二期开工。")
    assert {"宁东二期", "榆横二期"} <= found["Project"]
    assert not found.get("Organization", set()) & {"宁东", "榆横"}


def test_a_company_before_its_branchs_place_or_phase_stays(tmp_path):
    # guards: a company's short name before its branch plant's place in brackets, or before a phase
    found = mentions(tmp_path, "推进京东（宜宾）智能物流园、鼎泰（江安）新材料产业园建设，京东二期投用，华岚新材料二期投产。")
    assert {"京东", "鼎泰", "华岚新材料"} <= found["Organization"]


def test_a_verb_phrase_carved_from_a_works_is_no_company(tmp_path):
    # the clause's verb read into the works' name is carved as its company (qi25's reading of the pools)
    found = mentions(tmp_path, "积极开展柳江枢纽1000吨级二线船闸建设。", "定向筹集800套人才公寓，建成保障房1200套。",
                     "全线通车临高至白沙高速。")
    assert not found.get("Organization", set()) & {"积极开展", "定向筹集", "全线通车"}

def test_a_companys_own_siding_keeps_its_short_name(tmp_path):
    # a route's head after a company's short name: 国 is no place's one-character form, and a
    # 铁路专用线 or 铁路专线 is a body's own siding, whatever its owner's characters (晋 is Shanxi's)
    found = mentions(tmp_path, "推进晋控铁路专用线建设。", "推进国电铁路专用线建设。", "推进华电铁路专线建设。")
    assert {"晋控", "国电", "华电"} <= found["Organization"]


def test_a_siding_does_not_unmake_the_company_elsewhere(tmp_path):
    found = mentions(tmp_path, "推进国电铁路专用线建设。", "国电(宿迁)热电联产项目建成投产。")
    assert "国电" in found["Organization"]


def test_carved_non_bodies_is_a_component_ablation_can_leave_out(tmp_path):
    assert "carved_non_bodies" in PIPELINE.names
    path = tmp_path / "report.txt"
    # a sector's grade word carved from a park's name (a route's ends, 沪杭 of 沪杭高速, are refused earlier since
    # session 62: the company-abbreviation rule takes no provinces' one-character forms)
    path.write_text(CITY + "签约高端智能制造产业园、华兴电子智能终端等项目。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    every = names_of(extract_mentions(doc), "Organization")
    without = names_of(extract_mentions(doc, PIPELINE.without({"carved_non_bodies"})), "Organization")
    assert "高端" not in every and "高端" in without and "华兴电子" in every


def test_an_industry_before_its_parks_head_is_no_company(tmp_path):
    # the words before a park's head name what the park makes (某某化工产业园, 某某食品工业园二期), as the
    # brand rule reads 某某化工园区: the place or group named before them is no company "某某化工"
    found = mentions(tmp_path, "加快青禾化工产业园循环化改造，建设岚峰电子元器件产业园。",
                     "岚海集团在青禾镇建设的岚海新材料产业园一期投产，禾丰智能电网科技产业园二期竣工。",
                     "支持禾味在青禾镇建设禾味食品工业园二期，华岚新材料二期投产。")
    assert "华岚新材料" in found["Organization"]  # a company's works without a park's head keep it
    assert not found.get("Organization", set()) & {"青禾化工", "岚峰电子", "岚海新材料", "禾丰智能电网科技", "禾味食品"}


def test_a_trade_before_a_zones_head_is_no_company(tmp_path):
    # the brand rule: a trade word right before a development zone, business district or cooperation
    # zone names the zone's industry (org_trade_zone_heads.txt), no company "某某科技"
    found = mentions(tmp_path, "青禾区西站科技商务区建设加快，岚海科技创新合作区启动建设。",
                     "推进青禾绿色化工高新技术产业开发区扩区，华岚科技研发中心开工。")
    assert "华岚科技" in found["Organization"]  # a company's own works keep it
    assert not {f for f in found.get("Organization", set()) if f.endswith(("西站科技", "岚海科技", "绿色化工"))}


def test_a_trade_name_before_one_industry_word_and_a_parks_head_still_names_the_company(tmp_path):
    # a trade name (a rare or unknown word) and one industry word is a company's registered form
    # (字号+行业), though its park's head follows; a place, a common word, a chain of industries, or a
    # trade name whose company the sentence writes in its own form, before the industry is none
    found = mentions(tmp_path, "宽衍化工产业园二期开工建设，澄屿新材料产业园一期投产。",
                     "加快青禾镇化工产业园建设，推进绿色食品产业园建设。",
                     "澄江集团在青禾镇建设的澄江化工产业园投产，支持澄江机车公司建设轨道交通装备产业园。")
    assert {"宽衍化工", "澄屿新材料"} <= found["Organization"]
    assert not found.get("Organization", set()) & {"青禾镇化工", "绿色食品", "澄江化工", "轨道交通装备"}
