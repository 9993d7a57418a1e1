"""Organizations and participatesIn (session 38): a company named by its province and a trade name
alone as the subject of its works ("四川能投全省首个…项目开工建设"); a lead verb after an adverb of
effort kept out of the company's name ("全力服务东风公司"); a group's plant named by the group, its
city and 电厂 inside the name of the unit built ("大唐抚州电厂第二台机组"), with the group; no link
from a name before 配套 (a facility serving it). Sentences of real reports: 遂宁市安居区 2022,
十堰市张湾区 2023, 江西省 2017 政府工作报告, and the qianjiang sample."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links


def test_a_province_and_trade_name_opening_its_works(tmp_path):
    # 遂宁市安居区 2022: the province's short name and a trade name jieba cuts into characters (能|投)
    orgs, links = review_orgs_and_links(
        tmp_path, "重点项目大干快上,四川职业技术学院汽车学院落地圆了全区人民“大学梦”,四川能投全省首个天然气储气调峰项目开工建设。",
        "2022年遂宁市安居区政府工作报告")
    assert "四川能投" in orgs
    assert ("四川能投", "天然气储气调峰项目") in links


def test_a_province_and_trade_name_before_a_builders_verb(tmp_path):
    orgs, _ = review_orgs_and_links(
        tmp_path, "主导产业加速成势,四川裕能建成全球最大的磷酸铁锂正极材料生产基地。", "2022年遂宁市安居区政府工作报告")
    assert "四川裕能" in orgs


@pytest.mark.parametrize("sentence", [
    "四川加快建设天府新区。",  # 加快: a verb, no trade name
    "湖北全力打造光谷科创大走廊。",  # 全力: a common word
    "广东率先建成全国首个5G网络。",
    "四川成都建成国际铁路港。",  # a city after the province
])
def test_a_province_before_its_own_verb_is_no_company(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, "2022年遂宁市安居区政府工作报告")
    assert not {o for o in orgs if o.startswith(("四川", "湖北", "广东"))}


def test_an_adverb_and_a_lead_verb_stay_out_of_a_company_name(tmp_path):
    # 十堰市张湾区 2023: "全力|服务|东风公司"
    orgs, _ = review_orgs_and_links(tmp_path, "全力服务东风公司,力保产业链供应链安全畅通。", "2023年十堰市张湾区政府工作报告")
    assert "东风公司" in orgs
    assert "全力服务东风公司" not in orgs


def test_a_groups_plant_in_the_name_of_the_unit_built(tmp_path):
    # 江西省 2017: the group (大唐) and its plant at 抚州 both take part in the plant's second unit
    _, orgs, links = review_graph(tmp_path, "大唐抚州电厂第二台机组、西气东输三线江西段等项目建成投运。", "2017年江西省政府工作报告")
    assert {"大唐", "大唐抚州电厂"} <= orgs
    assert {("大唐", "大唐抚州电厂第二台机组"), ("大唐抚州电厂", "大唐抚州电厂第二台机组")} <= links


def test_a_plant_named_for_works_still_to_be_built_is_no_body(tmp_path):
    # a plant's name and 项目 alone are the plant being built (ANNOTATION rule 2), not an existing body
    _, orgs, _ = review_graph(tmp_path, "国电北仑电厂工程建成投产。", "2017年江西省政府工作报告")
    assert "国电北仑电厂" not in orgs


def test_no_link_from_the_name_a_supporting_facility_serves(qianjiang):
    # qianjiang: "开工恒大和启迪科技城配套学校": the school goes with the estate and the science city
    report = qianjiang.report
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "participatesIn"}
    assert not {(o, p) for o, p in links if "配套" in p}
    assert ("启迪", "启迪科技城") in links


def test_works_listed_first_pair_with_their_respective_builders(tmp_path):
    # the works first, then 分别由 and as many builders in the same clause: each its own, in order
    # (the genre's phrasing, as "开工建设A、B2个项目，分别由X、Y承建" in a clause of its own)
    _, _, links = review_graph(tmp_path, "冷链物流中心、粮食产业园分别由鑫达集团、华润集团投资建设。", "2023年青川县人民政府工作报告")
    assert {("鑫达集团", "冷链物流中心"), ("华润集团", "粮食产业园")} <= links
    assert not {("鑫达集团", "粮食产业园"), ("华润集团", "冷链物流中心")} & links


def test_a_carmakers_joint_venture_settling_in_a_park(tmp_path):
    # hailar-2012: 一汽大众 is one company (companies.txt, the joint ventures), jieba's one word, whose
    # dealership settles in the park (participation.txt 入驻)
    orgs, links = review_orgs_and_links(
        tmp_path, "现代服务业快速发展，一汽大众4S店入驻中俄蒙国际汽车产业园，时利物流二期等工程按期实施。", "2012年海拉尔区政府工作报告")
    assert "一汽大众" in orgs
    assert ("一汽大众", "中俄蒙国际汽车产业园") in links


def test_listed_builders_each_at_its_site_pair_with_their_works(tmp_path):
    # "X、Y分别在Z建设P、Q" (the genre's phrasing, as "在X、Y分别建设A、B" pairs places): past 分别 and the
    # site each builder has its own works, in order; before, the site after 分别 hid the verb
    _, _, links = review_graph(tmp_path, "鑫达集团、华润集团分别在城东工业园建设冷链物流中心、粮食产业园。", "2023年青川县人民政府工作报告")
    assert {("鑫达集团", "冷链物流中心"), ("华润集团", "粮食产业园")} <= links
    assert not {("鑫达集团", "粮食产业园"), ("华润集团", "冷链物流中心")} & links
