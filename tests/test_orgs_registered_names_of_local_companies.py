"""Organization rules (issue 9) on sentences written in the genre's phrasing: a registered name that a
division opens in its slot (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式) is one company,
though the words between the place and the legal form are those of a kind of company (城市投资,
国有资本运营, 发展控股); a division before a verb that sets a company up is the place of the act."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_a_local_state_company_is_named_by_its_division_and_legal_form(tmp_path):
    orgs = found(tmp_path, "Organization", "海拉尔区2016年政府工作报告",
                 "整合组建呼伦贝尔市城市开发投资建设有限责任公司、海拉尔区国有资本运营有限公司。",
                 "做强海拉尔区文化旅游发展控股有限公司,推进国有企业改革。")
    assert {"呼伦贝尔市城市开发投资建设有限责任公司", "海拉尔区国有资本运营有限公司",
            "海拉尔区文化旅游发展控股有限公司"} <= orgs


def test_a_division_before_a_verb_or_a_party_opens_no_registered_name(tmp_path):
    orgs = found(tmp_path, "Organization", "海拉尔区2016年政府工作报告",
                 "在海拉尔区设立东方新材料科技有限公司。",
                 "海拉尔区人民政府与东方集团有限公司签约。")
    assert not any(o.startswith("海拉尔区设立") or "与" in o for o in orgs)
    assert "东方集团有限公司" in orgs
