"""Companies on reports the rules have not seen (session 37, or37): a registered name that holds a form
in brackets before its legal form ("某某钢铁(集团)有限公司", 企业名称登记管理规定) or a division's name
in brackets after a longer stem ("某某网络科技(南京)有限公司"), one name; a company by its trade name
and trade alone opening its clause as who invests, signs or settles, without 的 ("某某科技投资建设…");
the short trades of new-energy, materials and logistics companies (锂能, 光能, 供应链).
Sentences written in the genre's phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, company", [
    ("青溪钢铁（集团）有限公司投资建设不锈钢深加工项目。", "青溪钢铁(集团)有限公司"),
    ("与中国铁建（集团）股份有限公司签订战略合作协议。", "中国铁建(集团)股份有限公司"),
    ("由吉林省融展投资（集团）有限公司投资建设的汽车城项目开业。", "吉林省融展投资(集团)有限公司"),
    ("与镜界网络科技（南京）有限公司签约建设研发中心。", "镜界网络科技(南京)有限公司"),
])
def test_brackets_inside_a_registered_name_keep_it_whole(tmp_path, sentence, company):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs


def test_the_bracketed_forms_company_takes_part_in_its_works(tmp_path):
    _, links = review_orgs_and_links(tmp_path, "青溪钢铁（集团）有限公司投资建设不锈钢深加工项目。", HEAD)
    assert ("青溪钢铁(集团)有限公司", "不锈钢深加工项目") in links


@pytest.mark.parametrize("sentence, company, works", [
    ("精星科技投资建设智能终端项目。", "精星科技", "智能终端项目"),
    ("精工锂能投资建设锂电池项目。", "精工锂能", "锂电池项目"),
    ("旭阳光能投资建设光伏组件生产基地。", "旭阳光能", "光伏组件生产基地"),
])
def test_a_short_named_company_opening_its_clause_before_investing_invests(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert (company, works) in links, links


@pytest.mark.parametrize("sentence, company, works", [
    ("与禾美供应链合作建设物流园。", "禾美供应链", "物流园"),
    ("鑫源锂能项目落户青溪工业园。", "鑫源锂能", "鑫源锂能项目"),
])
def test_the_short_trades_of_new_industries_end_a_companys_name(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert (company, works) in links, links


@pytest.mark.parametrize("sentence", ["科技投资增长12%。", "农业科技投资持续加大。", "人工智能投资持续加大。",
                                      "与传统供应链企业合作。", "新能源投资增长20%。"])
def test_a_sector_before_investing_is_no_company(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not orgs, orgs


def test_a_trade_opening_a_works_industry_stays_out_of_the_company(tmp_path):
    # 装备制造 is the works' industry: the company is named by its trade name alone, not "佐川装备"
    projects, orgs, links = review_graph(tmp_path, "青溪化工研究平台技改、佐川装备制造等19个新建项目开工。", HEAD)
    assert "佐川" in orgs and "佐川装备" not in orgs, orgs
    assert ("佐川", "佐川装备制造") in links, links


@pytest.mark.parametrize("sentence, centre", [
    ("认真落实中央和省市决策部署，扎实做好各项工作。", True),
    ("全面贯彻中央和自治区决策部署。", True),
    ("理顺中央和地方财政事权。", False),  # the central government's finances, no Party centre
])
def test_the_centre_joined_to_the_local_levels_before_their_decisions(tmp_path, sentence, centre):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert ("中央" in orgs) == centre, orgs


@pytest.mark.parametrize("sentence, company, works", [
    # jieba cuts a three-character trade name it does not know into a word and a single character
    ("恒瑞达新材料二期建成投产。", "恒瑞达新材料", "恒瑞达新材料二期"),  # 恒瑞|达|新|材料
    ("富士特铝业技改项目建成。", "富士特铝业", "富士特铝业技改项目"),  # 富士|特|铝业
    ("瑞丰源新材料项目落户青溪工业园。", "瑞丰源新材料", "瑞丰源新材料项目"),  # 瑞丰|源|新|材料
])
def test_a_cut_trade_name_before_its_trade_and_works_is_a_company(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert works in projects, projects
    assert (company, works) in links, links


@pytest.mark.parametrize("sentence", ["推进高端新材料项目建设。", "发展新型建材产业。", "全县新材料产业产值增长20%。",
                                      "加快发展新能源汽车产业。", "壮大生物医药产业。"])
def test_a_common_word_or_a_place_before_a_trade_is_no_cut_trade_name(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not orgs, orgs


@pytest.mark.parametrize("sentence, hospital, university", [
    # a college named by its own word (同济|医学院, a word jieba tags nt: 湘雅医学院) between a university and its hospital
    ("与华中科技大学同济医学院附属协和医院签约共建。", "华中科技大学同济医学院附属协和医院", "华中科技大学"),
    ("中南大学湘雅医学院附属海口医院投入使用。", "中南大学湘雅医学院附属海口医院", "中南大学"),
])
def test_a_universitys_named_college_and_its_hospital_are_one_name(tmp_path, sentence, hospital, university):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert {hospital, university} <= orgs, orgs
    assert not any(o.startswith(("附属", "湘雅医学院")) for o in orgs), orgs


@pytest.mark.parametrize("sentence, companies", [
    ("精星科技、海康智联落户青溪高新区。", {"精星科技", "海康智联"}),  # a list opening its clause before 落户
    ("与海康智联、精星科技签约。", {"海康智联", "精星科技"}),  # the partners' list after 与
])
def test_short_named_companies_listed_before_settling_or_signing(tmp_path, sentence, companies):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert companies <= orgs, orgs


@pytest.mark.parametrize("sentence, company", [
    ("飞达地产集团拟投资0.5亿元建设中央厨房项目。", "飞达地产集团"),  # a modal before the investment verb
    ("海康智联拟投资10亿元建设智能网联汽车测试基地。", "海康智联"),
    ("精星科技计划投资建设智能终端项目。", "精星科技"),
])
def test_a_modal_between_the_investor_and_its_verb(tmp_path, sentence, company):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs


def test_the_make_of_connected_vehicles_is_no_trade_name(tmp_path):
    # 智能网联 (intelligent connected vehicles) says what the works test, no company's trade name
    orgs, _ = review_orgs_and_links(tmp_path, "建设智能网联汽车测试基地。", HEAD)
    assert not orgs, orgs


@pytest.mark.parametrize("sentence, company", [
    ("依托中国铝业央企资金优势，建设铝镁新材料专业镇。", "中国铝业"),  # a central enterprise's listed short name
    ("与中国华能签约建设100万千瓦风电项目。", "中国华能"),
    ("引进中电建投资建设抽水蓄能电站。", "中电建"),
])
def test_the_short_forms_central_enterprises_go_by(tmp_path, sentence, company):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs


def test_funds_listed_by_their_numbered_names_are_bodies(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "组建瑞川一号、盈泰二号等5只产业投资基金，总规模46亿元。", HEAD)
    assert {"瑞川一号", "盈泰二号"} <= orgs, orgs
    assert not any(o.startswith("组建") for o in orgs), orgs


@pytest.mark.parametrize("sentence", ["设立新兴产业、乡村振兴等产业基金。", "发起设立科创、人才等政府引导基金。"])
def test_kinds_of_funds_are_no_bodies(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not orgs, orgs


def test_the_kind_of_a_pilot_is_neither_a_body_nor_a_works(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "青溪县被列为省新时代文明实践中心建设试点单位。", HEAD)
    assert not any("文明实践中心" in o for o in orgs), orgs
    assert not any("文明实践中心" in p for p in projects), projects


def test_what_works_improve_is_no_cut_trade_name(tmp_path):
    # 浯|江水|环境: a river's name jieba cut apart and 环境 (a trade only after a known company)
    orgs, _ = review_orgs_and_links(tmp_path, "浯江水环境提升工程完成治理河道12公里。", HEAD)
    assert not orgs, orgs
