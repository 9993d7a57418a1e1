"""Companies and participatesIn on reports the rules have not seen (session 31, issue 9 and 10): a
brand and its trade without a legal form where the sentence brings a company in or partners it
(org_slot_openers.txt), trades of short names (brand_heads.txt: 能科, 速递), a registered name opened
by its province, a subsidiary with its province in brackets, MCC's numbered units, the sum a company
brought in invests before it builds, and the material kinds that open works' names (锂电, 铜基: no
company). Sentences written in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2024年平川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("引进泓晟控股投资建设年产20万吨再生铝项目。", "泓晟控股", "年产20万吨再生铝项目"),
    ("与瑞恒石化合作建设精细化工产业园。", "瑞恒石化", "精细化工产业园"),
    ("由鑫淼能科承建的储能电站项目并网运行。", "鑫淼能科", "储能电站项目"),
])
def test_a_brand_and_its_trade_brought_in_or_partnered_is_a_company(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert (company, works) in links


@pytest.mark.parametrize("sentence", ["与传统能源企业合作建设储能电站。", "引进现代物流投资建设物流园。",
                                      # session 32: a common noun before a registered trade (乳业, 化工) neither
                                      "与传统化工企业合作建设循环经济产业园。", "与现代牧业园区合作建设饲草基地。"])
def test_a_common_word_before_a_trade_is_no_company(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not {"传统能源", "现代物流", "传统化工", "现代牧业"} & orgs


def test_a_parcel_company_named_by_its_brand_and_trade(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "引进中通速递建设区域分拨中心。", HEAD)
    assert "中通速递" in orgs
    assert ("中通速递", "区域分拨中心") in links


def test_a_registered_name_keeps_the_province_that_opens_it(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "与浙江华友钴业股份有限公司签订锂电材料项目投资协议。", HEAD)
    assert "浙江华友钴业股份有限公司" in orgs and "华友钴业股份有限公司" not in orgs


@pytest.mark.parametrize("sentence, company", [
    ("与华电（福建）新能源签订30万千瓦海上风电项目开发协议。", "华电(福建)新能源"),
    ("华能（云南）能源开发有限公司投资建设风电项目。", "华能(云南)能源开发有限公司"),
])
def test_a_subsidiary_with_its_province_in_brackets_is_one_company(tmp_path, sentence, company):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert not {"华电", "华能"} & orgs


@pytest.mark.parametrize("sentence, unit", [
    ("中冶十七冶承建的会展中心主体完工。", "中冶十七冶"),
    ("中国水电三局承建的水库枢纽工程开工建设。", "中国水电三局"),
])
def test_numbered_units_of_a_construction_group(tmp_path, sentence, unit):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert unit in orgs


def test_the_company_brought_in_invests_and_builds_in_the_next_clause(tmp_path):
    _, links = review_orgs_and_links(tmp_path, "成功引进远景科技集团，投资30亿元建设零碳产业园。", HEAD)
    assert ("远景科技集团", "零碳产业园") in links


@pytest.mark.parametrize("sentence", ["开工建设锂电材料项目。", "铜基新材料产业园开工建设。", "建成硅基材料项目。"])
def test_a_material_kind_opening_works_is_no_company(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not orgs


# What the brackets after a company's short name may hold, judged alike by both rules that read them: the
# seat of an unknown group's subsidiary (organizations._bracketed_seat_start, "宽衍(山西)能源开发有限公司")
# and the division a known group's subsidiary is registered in (organizations._bracketed_subsidiary_end,
# "华能(山西)新能源"). A division's name, whole, short or with its level, at any level, names the seat; a
# legal form or a common word does not. (The seat rule also takes a region or a country, "(华北)", "(中国)",
# which the subsidiary rule, reading the divisions only, does not: so the two keep their own checks.)
@pytest.mark.parametrize("held, seat", [
    ("山西", True), ("内蒙古", True), ("山西省", True), ("大同市", True), ("德保", True), ("上海", True),
    ("集团", False), ("技术", False),
])
def test_what_the_brackets_after_a_short_name_may_hold(tmp_path, held, seat):
    orgs, _ = review_orgs_and_links(tmp_path, f"宽衍({held})能源开发有限公司投资建设的光伏电站并网发电。", HEAD)
    assert (f"宽衍({held})能源开发有限公司" in orgs) == seat
    orgs, _ = review_orgs_and_links(tmp_path, f"与华能({held})新能源签订风电项目开发协议。", HEAD)
    assert (f"华能({held})新能源" in orgs) == seat
