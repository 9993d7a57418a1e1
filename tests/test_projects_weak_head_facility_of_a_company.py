"""Project rules: a facility with a weak head (工厂, 基地, 生产线, 车间, 中心) whose stem is a product or trade
word, not a proper name, is one works where an organization found as its clause's subject builds it at a
place found ("<organization>在<place>建设的…", "…在<place>扩建…"): ANNOTATION, industrial investment
projects and rule 7 (a common-noun facility the sentence builds). A counted or plural kind is none, and
the product word opening the facility's name is no company (its builder is named before it). Invented
sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

PROJECT, ORG = "Project", "Organization"


def test_facility_a_company_built_at_a_zone_is_one_works(tmp_path):
    found = report_names(tmp_path, PROJECT, "2021年青禾市人民政府工作报告", "一、2020年工作回顾",
                         "澄江集团在青禾经济技术开发区建设的注射剂智能工厂通过验收。")
    assert "注射剂智能工厂" in found


def test_facility_a_company_builds_in_a_city_of_a_province(tmp_path):
    found = report_names(tmp_path, PROJECT, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "支持澄江集团在石桥镇投资建设特种纸生产线，推动禾丰股份在青禾镇新建冷鲜肉加工基地。")
    assert {"特种纸生产线", "冷鲜肉加工基地"} <= found


def test_a_kind_of_facility_a_company_builds_is_none(tmp_path):
    found = report_names(tmp_path, PROJECT, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "推动澄江集团在石桥镇建设一批智能工厂，新建标准厂房20万平方米。")
    assert not {"智能工厂", "一批智能工厂", "标准厂房"} & found


def test_facility_without_its_builder_stays_unnamed(tmp_path):
    found = report_names(tmp_path, PROJECT, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "在石桥镇建设冷鲜肉加工基地，发展现代农业。")
    assert "冷鲜肉加工基地" not in found


def test_product_word_opening_the_facility_is_no_company(tmp_path):
    found = report_names(tmp_path, ORG, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "推动澄江集团、禾丰集团在石桥镇建设箱包智能制造示范基地。")
    assert "箱包" not in found


def test_the_verb_extending_a_facility_ends_no_works(tmp_path):
    found = report_names(tmp_path, PROJECT, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "推动禾丰集团在青禾镇扩建菜籽油加工基地。")
    assert "菜籽油加工基地" in found and not {"青禾镇扩建", "青禾镇扩建菜籽油加工基地"} & found


def test_site_written_as_a_town_after_its_county(tmp_path):
    # the county, a division of the national list, and an invented town after it: one site
    found = report_names(tmp_path, PROJECT, "2021年青禾省人民政府工作报告", "二、2021年工作安排",
                         "支持澄江集团在舞阳县石桥镇建设冷鲜肉加工基地。")
    assert "冷鲜肉加工基地" in found
