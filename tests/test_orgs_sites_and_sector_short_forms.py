"""Words carved from the start of a works' name that are no company: the site of works named by their
site alone (org_site_named_works.txt: "白龙核电一期", "大吉煤层气田"), the short form of a public-service
sector before a programme ("社保惠民工程": org_industry_abbreviations.txt), and a programme's 惠民 read as
惠民县 after its field ("科教惠民工程": place_common_word_short_forms.txt). Lines from the Guangxi report
of tests/real and the Shanxi design text; a company opening its plant's works stays."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_the_site_of_a_nuclear_plant_or_a_gas_field_is_no_company(tmp_path):
    orgs = _orgs(tmp_path, "推进白龙核电一期、红沙核电三期以及在建抽水蓄能电站等项目。",
                 "加快增储上产,推动大吉煤层气田等项目建设。")
    assert_found(orgs, set(), {"白龙", "红沙", "大吉"})


def test_a_sector_before_a_programme_for_the_people_is_no_company(tmp_path):
    orgs = _orgs(tmp_path, "筹措133.25亿元实施科教惠民工程,筑基村小、赋能镇中、振兴县中。",
                 "筹措2.29亿元实施文体惠民工程,落实公共文化基础设施场所免费开放。",
                 "筹措280.44亿元实施社保惠民工程,继续提高城乡居民基础养老金。")
    assert_found(orgs, set(), {"科教", "文体", "社保"})


def test_a_company_opening_its_works_stays(tmp_path):
    orgs = _orgs(tmp_path, "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。")
    assert_found(orgs, {"华电", "天楹"}, set())
