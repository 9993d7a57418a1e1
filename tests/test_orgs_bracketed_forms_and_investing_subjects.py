"""Companies and their works on reports the rules have not seen (session 37, or37): a registered name
that holds a form in brackets before its legal form ("某某钢铁(集团)有限公司", 企业名称登记管理规定) or a
division's name in brackets after a longer stem ("某某网络科技(南京)有限公司"), one name; a company by
its trade name and trade alone opening its clause (alone or listed with 、, past a modal) as who invests,
signs or settles, without 的 ("某某科技投资建设…"); the short trades of new-energy, materials, logistics
and digital companies (锂能, 光能, 供应链, 智联, 数科); a three-character trade name jieba cuts apart
before its trade and works ("恒某|达|新材料二期"); a trade that opens the works' industry (装备制造); a
university's named college before its hospital; the short forms of central enterprises; funds named by
number; 中央 joined to the local levels; the kind of a pilot. Sentences written in the genre's phrasing
with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, companies", [
    # forms and divisions in brackets inside a registered name
    ("青溪钢铁（集团）有限公司投资建设不锈钢深加工项目。", {"青溪钢铁(集团)有限公司"}),
    ("与中国铁建（集团）股份有限公司签订战略合作协议。", {"中国铁建(集团)股份有限公司"}),
    ("由吉林省融展投资（集团）有限公司投资建设的汽车城项目开业。", {"吉林省融展投资(集团)有限公司"}),
    ("与镜界网络科技（南京）有限公司签约建设研发中心。", {"镜界网络科技(南京)有限公司"}),
    # short-named companies listed opening their clause, or after 与, before settling or signing
    ("精星科技、海康智联落户青溪高新区。", {"精星科技", "海康智联"}),
    ("与海康智联、精星科技签约。", {"海康智联", "精星科技"}),
    # a modal between the investor and its verb
    ("飞达地产集团拟投资0.5亿元建设中央厨房项目。", {"飞达地产集团"}),
    ("海康智联拟投资10亿元建设智能网联汽车测试基地。", {"海康智联"}),
    ("精星科技计划投资建设智能终端项目。", {"精星科技"}),
    # the short forms central enterprises go by
    ("依托中国铝业央企资金优势，建设铝镁新材料专业镇。", {"中国铝业"}),
    ("与中国华能签约建设100万千瓦风电项目。", {"中国华能"}),
    ("引进中电建投资建设抽水蓄能电站。", {"中电建"}),
    # funds listed by their numbered names, past the verb that sets them up
    ("组建瑞川一号、盈泰二号等5只产业投资基金，总规模46亿元。", {"瑞川一号", "盈泰二号"}),
    # a college named by its own word between a university and its hospital: one name, and the university
    ("与华中科技大学同济医学院附属协和医院签约共建。", {"华中科技大学同济医学院附属协和医院", "华中科技大学"}),
    ("中南大学湘雅医学院附属海口医院投入使用。", {"中南大学湘雅医学院附属海口医院", "中南大学"}),
])
def test_companies_and_bodies_are_found_whole(tmp_path, sentence, companies):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert companies <= orgs, orgs
    assert not any(o.startswith(("组建", "附属", "湘雅医学院")) for o in orgs), orgs


@pytest.mark.parametrize("sentence, company, works", [
    ("青溪钢铁（集团）有限公司投资建设不锈钢深加工项目。", "青溪钢铁(集团)有限公司", "不锈钢深加工项目"),
    # a short-named company opening its clause before investing
    ("精星科技投资建设智能终端项目。", "精星科技", "智能终端项目"),
    ("精工锂能投资建设锂电池项目。", "精工锂能", "锂电池项目"),
    ("旭阳光能投资建设光伏组件生产基地。", "旭阳光能", "光伏组件生产基地"),
    # the short trades of new industries
    ("与禾美供应链合作建设物流园。", "禾美供应链", "物流园"),
    ("鑫源锂能项目落户青溪工业园。", "鑫源锂能", "鑫源锂能项目"),
    # 装备制造 is the works' industry: the company is named by its trade name alone, not "佐川装备"
    ("青溪化工研究平台技改、佐川装备制造等19个新建项目开工。", "佐川", "佐川装备制造"),
])
def test_a_company_takes_part_in_its_works(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs, orgs
    assert (company, works) in links, links
    assert "佐川装备" not in orgs


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


@pytest.mark.parametrize("sentence", [
    # a sector before investing
    "科技投资增长12%。", "农业科技投资持续加大。", "人工智能投资持续加大。", "与传统供应链企业合作。", "新能源投资增长20%。",
    "光伏发电投资大幅增长。", "高端装备投资增长30%。", "稀土新材料签约落户园区。",  # an industry, a product, a common word
    # a common word before a trade
    "推进高端新材料项目建设。", "发展新型建材产业。", "全县新材料产业产值增长20%。", "加快发展新能源汽车产业。", "壮大生物医药产业。",
    # a division's level and an area where the works are ("县|城区|物流"), no cut trade name
    "县城区物流项目开工。",
    # kinds of funds
    "设立新兴产业、乡村振兴等产业基金。", "发起设立科创、人才等政府引导基金。",
    # 智能网联 (intelligent connected vehicles) says what the works test, no company's trade name
    "建设智能网联汽车测试基地。",
    # 浯|江水|环境: a river's name jieba cut apart and 环境 (a trade only after a known company)
    "浯江水环境提升工程完成治理河道12公里。",
])
def test_no_company_is_named(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not orgs, orgs


@pytest.mark.parametrize("sentence, centre", [
    ("认真落实中央和省市决策部署，扎实做好各项工作。", True),
    ("全面贯彻中央和自治区决策部署。", True),
    ("理顺中央和地方财政事权。", False),  # the central government's finances, no Party centre
])
def test_the_centre_joined_to_the_local_levels_before_their_decisions(tmp_path, sentence, centre):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert ("中央" in orgs) == centre, orgs


def test_the_kind_of_a_pilot_is_neither_a_body_nor_a_works(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "青溪县被列为省新时代文明实践中心建设试点单位。", HEAD)
    assert not any("文明实践中心" in o for o in orgs), orgs
    assert not any("文明实践中心" in p for p in projects), projects
