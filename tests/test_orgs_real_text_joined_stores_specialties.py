"""Organization rules (session 57, org) read on the design texts (海拉尔区 2017 and 2019, 山西, 河南,
吉林, 甘肃 2026, 四川 2026 excerpt): a company known by name joined by 和 to one found by its head names
two ("华能和双良公司" → 华能, 双良公司: issue 9, where jieba reads 能和 and 和双良 as words); a chain's
store named by its brand, the place it stands in and 店 is a body that holds the brand (ANNOTATION
rule 8); a specialty hospital is named by the word before its specialty (长征|康复|医院); a project
company by its project (环卫PPP项目公司); 农机 is a company's trade (蒙拓农机); a group by two characters
jieba cut apart and guessed a verb (抖/v 音 集团) where they open the clause. No body: a whole trade's
chambers (行业商会), a list's count before the kind, the particle 所 of 所需/所能, a school's or museum's
level or grade, a round (新一轮), a capacity before a trade, a trade before 创新, the items of lists of
routes, mines, fields or ancillary works."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names

DISTRICT = "海拉尔区政府工作报告"


# a company known by name joined by 和 to one found by its head; a trade's chambers beside 工商联; a
# preposition jieba glued to a group's first character (以海/f 乳 集团)
@pytest.mark.parametrize("sentence, found, not_found", [
    ("华能和双良公司实现供热管网互联互通，全年新接入集中供热面积200万平方米。", ("华能", "双良公司"), ("华能和双良公司",)),
    ("充分发挥工商联、行业商会等主体的桥梁纽带作用。", ("工商联",), ("行业商会",)),
    ("深入推进哈克生态奶源基地建设，以海乳集团固态奶产品生产及干乳制品深加工为导向。", ("海乳集团",), ("以海乳集团",)),
])
def test_names_read_apart_on_a_districts_report(tmp_path, sentence, found, not_found):
    assert_found(review_names(tmp_path, "Organization", sentence, DISTRICT), found, not_found)


def test_a_store_named_by_its_brand_and_place(tmp_path):
    sentence = "海悦城项目一期、红星美凯龙商贸综合体项目已部分试营业，居然之家海拉尔店投入运营。"
    orgs = review_names(tmp_path, "Organization", sentence, DISTRICT)
    assert {"居然之家海拉尔店", "居然之家", "红星美凯龙"} <= orgs, orgs


@pytest.mark.parametrize("sentence, body", [
    ("推进健康养老产业发展，重点推进哈克区域敬老院建设，助推长征康复医院争创国家级“医养结合”试点。", "长征康复医院"),
])
def test_a_specialty_hospital_named_before_its_specialty(tmp_path, sentence, body):
    assert body in review_names(tmp_path, "Organization", sentence, DISTRICT)


def test_a_verb_before_the_specialty_names_no_hospital(tmp_path):
    orgs = review_names(tmp_path, "Organization", "新建康复医院，完善医疗服务体系。", DISTRICT)
    assert "新建康复医院" not in orgs, orgs


PROVINCE = "河南省政府工作报告"


@pytest.mark.parametrize("sentence, items", [
    ("加快推进平漯周、焦济洛平、郑州南站等高铁项目，开工建设南信合高铁。", ("平漯周", "焦济洛平")),
    ("启动长四辽通、敦牡和四梅集扩能等铁路项目，建好长春都市圈环线。", ("长四辽通",)),
    ("争取后安、公婆泉、钱阳山等煤矿项目核准，原煤、原油、天然气产量分别增长。", ("钱阳山", "公婆泉")),
    ("抓实风电光伏、新一代煤电、新型储能等11个重点领域项目，积极争取国家政策支持。", ("新一代煤电",)),
    ("实施健康养老、体育综合商业服务等配套项目，打造冰雪运动和旅游产业融合发展示范区。", ("健康养老",)),
])
def test_items_of_a_list_of_routes_mines_or_fields_are_no_companies(tmp_path, sentence, items):
    orgs = review_names(tmp_path, "Organization", sentence, PROVINCE)
    assert not orgs & set(items), orgs


def test_items_of_a_list_of_a_kind_of_works_stay_companies(tmp_path):
    orgs = review_names(tmp_path, "Organization", "推进中储粮、东方发电、隆腾新材料等18个续建项目。", PROVINCE)
    assert "隆腾新材料" in orgs, orgs


def test_an_institute_by_its_short_head_stays(tmp_path):
    sentence = "更好发挥怀柔实验室山西研究院、中科院山西煤化所、在晋全国重点实验室等战略科技力量作用。"
    orgs = review_names(tmp_path, "Organization", sentence, PROVINCE)
    assert "中科院山西煤化所" in orgs, orgs


def test_a_project_company_named_by_its_project(tmp_path):
    sentence = "继续加大对环卫PPP项目公司的监督管理和考核力度，做到建管并重、建管衔接、以管促建。"
    assert "环卫PPP项目公司" in review_names(tmp_path, "Organization", sentence, DISTRICT)


@pytest.mark.parametrize("sentence", ["社会资本方依法组建项目公司，负责项目的投资建设和运营。", "督促各项目公司按期完成投资。"])
def test_a_project_company_of_no_named_project_is_a_kind(tmp_path, sentence):
    orgs = review_names(tmp_path, "Organization", sentence, DISTRICT)
    assert not any(o.endswith("项目公司") for o in orgs), orgs


def test_a_trade_name_and_agricultural_machinery_open_a_works(tmp_path):
    sentence = "蒙西水泥脱硝系统工程项目完工，蒙拓农机智能化生产线等重点项目按期推进。"
    orgs = review_names(tmp_path, "Organization", sentence, DISTRICT)
    assert "蒙拓农机" in orgs, orgs


# words that name no body: a list's count before the kind, the particle 所 before a verb (所需, 所能), a
# school's or museum's level or grade, a round opening a works' name, a capacity before a trade or a
# trade before 创新
@pytest.mark.parametrize("sentence, words", [
    ("“省市共建、一室一策”支持长白山、三江、吉光3个省实验室高效运营。", "吉光3个省实验室"),
    ("加快紧密型县域医共体建设，推进长春、白山2个城市国家公立医院高质量发展示范项目。", "白山2个城市国家公立医院"),
    ("一定要在国家所需和甘肃所能结合中创造性开展工作，在服务新发展格局中实现更大作为。", "甘肃所"),
    ("立足国家使命、吉林所需，集中攻关光电信息、高端仪器、具身智能等领域。", "吉林所"),
    ("深化中职学校提质培优工程和高职学校“双高计划”。", "中职学校"),
    ("支持符合条件的高职高专学校升格为职业本科大学。", "高职高专学校"),
    ("服务保障好中物院、中科系、中核系、中电系、中航系和高水平研究型大学等“国家队”。", "高水平研究型大学"),
    ("陶寺国家考古遗址公园正式挂牌，山西博物院位列国家一级博物馆运行评估第一名。", "国家一级博物馆"),
    ("积极融入哈长沈大产业科技创新走廊建设。", "沈大产业科技"),
    ("煤基科技创新成果竞相涌现，循环流化床锅炉技术世界领先。", "煤基科技"),
    ("推动兰白千万吨炼化基地和百万吨化工新材料基地建设。", "百万吨化工"),
    ("编制好新一轮郑州航空港区高质量发展规划，完善综合服务功能和枢纽偏好型产业生态。", "新一轮"),
])
def test_words_that_name_no_body(tmp_path, sentence, words):
    assert words not in review_names(tmp_path, "Organization", sentence, PROVINCE)


@pytest.mark.parametrize("sentence", [
    "民宿经济、演唱会经济、微短剧等新业态新模式蓬勃发展，抖音集团首届红果创作者大会在我省举办。",
    "与抖音集团签署战略合作协议，共建数字文旅平台。",
])
def test_a_group_by_a_pair_of_characters_jieba_cut_apart(tmp_path, sentence):
    assert "抖音集团" in review_names(tmp_path, "Organization", sentence, PROVINCE)


def test_a_bare_name_beside_a_known_company_in_a_list_of_works(tmp_path):
    sentence = "建设运行国家超级智算成都中心等新型基础设施，推动京东方、惠科等重大产业项目尽快投产满产。"
    orgs = review_names(tmp_path, "Organization", sentence, PROVINCE)
    assert {"京东方", "惠科"} <= orgs, orgs


def test_a_sector_beside_a_known_company_is_no_company(tmp_path):
    orgs = review_names(tmp_path, "Organization", "推动京东方、光伏等重大产业项目尽快投产满产。", PROVINCE)
    assert "光伏" not in orgs, orgs


