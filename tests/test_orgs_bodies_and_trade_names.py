"""Place and organization rules (issue 9) on real sentences of the genre; each sentence is
put in a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names as found



def test_a_towns_party_committee_is_a_body(tmp_path):
    # town reports call the town's Party committee 镇党委 (not 镇委): the body that leads
    orgs = found(tmp_path, "Organization", "益农镇2021年政府工作报告",
                 "一年来,在区委、区政府和镇党委的领导下,全镇上下团结一心。",
                 "镇人民政府在镇党委的正确领导下,在镇人大的监督下,完成了各项任务。")
    assert {"镇党委", "区委", "镇人大"} <= orgs
    orgs = found(tmp_path, "Organization", "某街道工作报告", "在街道党工委的坚强领导下,社区治理不断加强。")
    assert "街道党工委" in orgs


def test_the_towns_of_a_county_in_general_are_no_body(tmp_path):
    # 乡镇党委 is every town's committee (a collective), 各镇党委 too
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告",
                 "压实乡镇党委主体责任,各镇党委要抓好落实。")
    assert not {"镇党委", "乡镇党委"} & orgs


def test_a_steel_group_by_its_short_form_is_a_company(tmp_path):
    # X钢 (the works' city initial and 钢) names a steel group, inside a works' name too (rule 8)
    orgs = found(tmp_path, "Organization", "湖南省重点项目建设",
                 "涟钢冷轧硅钢项目一期完成建设,完成年计划投资的62.2%。")
    assert "涟钢" in orgs
    orgs = found(tmp_path, "Organization", "济南市历城区人民政府工作报告", "济钢防务空天产业园开工建设。")
    assert "济钢" in orgs
    # not where 钢 opens a word of its own ("钢结构")
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "新钢结构厂房建成投用。")
    assert "新钢" not in orgs


def test_a_trade_name_is_a_company_by_what_the_clause_says_of_it(tmp_path):
    # no legal form, no lexicon: listing, or an honour whose object is a kind of firm
    orgs = found(tmp_path, "Organization", "炎陵县人民政府工作报告",
                 "欧科亿成为全县首家税收过亿元工业企业,欧科亿、今成钽铌进入全市制造业亩均税收前50强。")
    assert {"欧科亿", "今成钽铌"} <= orgs
    orgs = found(tmp_path, "Organization", "仙桃市人民政府工作报告", "恒天嘉华、神雾科技入选全省智能制造试点示范。")
    assert {"恒天嘉华", "神雾科技"} <= orgs
    orgs = found(tmp_path, "Organization", "南安市人民政府工作报告", "4家民企跻身福建企业百强,伊瓦特在纳斯达克上市。")
    assert "伊瓦特" in orgs
    orgs = found(tmp_path, "Organization", "仙桃市人民政府工作报告",
                 "神雾科技被认定为国家高新技术企业,5家企业被认定为省级专精特新企业。")
    assert "神雾科技" in orgs and not any(o.endswith("被") or "企业" in o for o in orgs)


def test_places_industries_and_collectives_honoured_are_no_companies(tmp_path):
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告",
                 "九龙镇入选全国千强镇,园区入选省级示范园区。",
                 "新能源汽车成为全市第一大产业企业集群,生物医药入选省级重点产业企业。",
                 "18家企业成为行业细分领域隐形冠军,该公司成为国家级专精特新企业。")
    assert not {"九龙镇", "园区", "新能源汽车", "生物医药", "18家企业", "该公司"} & orgs


def test_a_foreign_stock_exchange_is_an_organization(tmp_path):
    orgs = found(tmp_path, "Organization", "南安市人民政府工作报告", "4家民企跻身福建企业百强,伊瓦特在纳斯达克上市。")
    assert "纳斯达克" in orgs


def test_the_reporting_government_by_its_level_and_term(tmp_path):
    orgs = found(tmp_path, "Organization", "齐齐哈尔市人民政府工作报告", "现在,我代表市十六届人民政府,向大会报告工作,请予审议。")
    assert "市十六届人民政府" in orgs


def test_central_media_and_the_consumers_association_are_organizations(tmp_path):
    orgs = found(tmp_path, "Organization", "河南省人民政府工作报告", "全年经济平稳。", "人民网郑州1月10日电。",
                 "中消协100个城市消费者满意度测评中居第10位。")
    assert {"人民网", "中消协"} <= orgs
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "坚持实事求是,全县经济平稳。")
    assert not orgs - {"某县人民政府"}
