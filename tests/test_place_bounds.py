"""Where a place's name begins and what kind of word is no place (session 47, issue 9): a province's
one-character form before a compass word opens a macro-region ("闽东北": the province's north-east,
not the country's 东北), a town's side quarter keeps the town's name ("某某城东区", not 城东区, a
district of another province), kinds of community ("属地社区", "县城社区") and memorial halls (an
institution: ANNOTATION rule 2) are no places. Sentences made up in the genre's phrasing with
made-up names (某某…) or well-known general ones, not copied from any report read."""

from kg.api import build_report
from tests.conftest import names_of

OPENING = "2026年1月10日,某县第十八届人民代表大会第四次会议开幕。县长作政府工作报告时说,\n二、2026年工作安排\n"


def _labels(tmp_path, text, type_="Place"):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return names_of(build_report(f).mentions, type_)


def test_a_province_form_before_a_compass_word_opens_the_region(tmp_path):
    places = _labels(tmp_path, OPENING + "推进闽东北、湘西北两大协作区发展,全面融入东北振兴。\n")
    assert {"闽东北", "湘西北"} <= places, places
    assert "东北" in places, places  # the country's north-east, named alone, stays a place


def test_a_towns_side_quarter_keeps_the_towns_name(tmp_path):
    places = _labels(tmp_path, OPENING + "推进空港城东区、西区规划建设,完成榆城东区土地一级开发。\n")
    assert {"空港城东区", "榆城东区"} <= places, places
    assert "城东区" not in places, places


def test_a_district_after_its_own_city_stays_the_district(tmp_path):
    places = _labels(tmp_path, OPENING + "与西宁市城东区建立结对合作关系。\n")
    assert "城东区" in places, places


def test_kinds_of_community_by_use_or_standing_are_no_places(tmp_path):
    text = OPENING + ("推进某某国家公园入口社区建设,建设县城社区嵌入式养老服务站8个,"
                      "某某大学校区与属地社区共建共享体育设施。在城关镇红旗社区改造停车场。\n")
    places = {p for p in _labels(tmp_path, text) if p.endswith("社区")}
    assert places == {"红旗社区"}, places


def test_a_memorial_hall_is_no_place(tmp_path):
    places = _labels(tmp_path, OPENING + "完成狼牙山五壮士纪念馆改造,王家坪纪念馆建成开放。\n")
    assert not any(p.endswith("纪念馆") for p in places), places


def test_partner_countries_forms_are_no_part_of_the_border_town(tmp_path):
    places = _labels(tmp_path, OPENING + "推进中俄抚远—下卡缅斯克公路界河桥建设。\n")
    assert "抚远" in places and "中俄抚远" not in places, places


def _province_report(province: str, body: str) -> str:
    return (f"{province}政府工作报告\n2026年1月10日在{province}第十四届人民代表大会第四次会议上\n"
            f"二、2026年工作安排\n{body}\n")


def test_a_part_of_the_own_province_by_its_form_and_a_compass_word(tmp_path):
    assert "辽西北" in _labels(tmp_path, _province_report("辽宁省", "推进辽西北生态修复工程建设。"))
    assert "皖东" in _labels(tmp_path, _province_report("安徽省", "推进皖东科技创新园建设。"))


def test_another_provinces_form_or_a_longer_word_is_no_part(tmp_path):
    places = _labels(tmp_path, _province_report("辽宁省", "加快宁东科技园建设,新中国成立以来。"))
    assert not {"宁东", "新中"} & places, places


def test_a_local_report_reads_no_province_part_in_a_firms_name(tmp_path):
    places = _labels(tmp_path, _province_report("呼伦贝尔市", "蒙西煤矿扩能改造全面完成。"))
    assert "蒙西" not in places, places
