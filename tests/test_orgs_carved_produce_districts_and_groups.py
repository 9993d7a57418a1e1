"""Organizations wrongly carved from a works' name, and a subsidiary cut at its group (issues 9, 10):
produce, a facility's theme, a kind of energy or waste and a district opening the works' name are no
company's trade name; a river named after a common word is no group's works; a company written
"某某集团某某有限公司" is named whole. Made-up names in the genre's grammar (no pool's text)."""
from __future__ import annotations

from tests.test_organizations import COUNTY, orgs


def test_produce_and_a_facilitys_theme_are_no_trade_names(tmp_path):
    found = orgs(tmp_path, COUNTY, "推进宜城市小龙虾产业基地建设。", "建设易县哈密瓜产业基地。",
                 "开工建设易县奥林匹克体育中心。")
    assert not found & {"小龙虾", "哈密瓜", "奥林匹克", "易县奥林匹克"}


def test_energy_products_and_waste_are_no_trade_names(tmp_path):
    found = orgs(tmp_path, COUNTY, "实施原油500万吨稳产工程。", "建设易县餐厨垃圾处理中心。")
    assert not found & {"原油", "餐厨"}


def test_a_district_opening_a_works_name_is_no_company(tmp_path):
    assert "新滨区" not in orgs(tmp_path, COUNTY, "建成新滨区动力电池材料产业园一期。")


def test_a_river_named_by_a_groups_word_is_no_group(tmp_path):
    assert "美的" not in orgs(tmp_path, COUNTY, "完成东沙河、美的河综合整治工程。")
    assert "吉利" in orgs(tmp_path, COUNTY, "吉利新能源汽车电池项目开工。")


def test_a_subsidiary_is_named_with_its_group(tmp_path):
    found = orgs(tmp_path, COUNTY, "康达集团生物工程有限公司新厂区建成投产。",
                 "华电集团江城能源有限公司光伏项目并网发电。")
    assert {"康达集团生物工程有限公司", "华电集团江城能源有限公司"} <= found
    assert "生物工程有限公司" not in found


def test_a_national_designation_is_no_company(tmp_path):
    assert "国家大数据" not in orgs(tmp_path, COUNTY, "推进国家大数据(河北)综合试验区易县分中心建设。")
