"""Companies and participatesIn on reports the rules have not seen (session 35, issue 10): a company by
its short name and trade alone (a province's abbreviated builder, "某省交建", "某省六建"; a brand and a
short trade, "某晟新能") opening its clause as who builds the works after "承建的"/"投资建设的"
(extract_builder_subjects); the site between a company and its verb ("支持X集团在Y园区建设P"); a
hospital's new site and its buildings; a branch's works (the branch builds, not its group); a data
centre of a brand built in phases (a facility, no institution); an engineering company whose name holds
工程 (no works); the lead verbs of pushing works and of a visit (推动, 加快, 调研); "X承建了多个…工程"
(no works). Sentences written in the genre's phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    ("湖北交建承建的青溪至竹山一级公路建成通车。", "湖北交建", "青溪至竹山一级公路"),
    ("陕西六建承建的县城市民中心主体完工。", "陕西六建", "县城市民中心"),
    ("瑞晟新能在我县投资建设的80兆瓦农光互补项目并网发电。", "瑞晟新能", "80兆瓦农光互补项目"),
    ("昆仑化工在青溪工业园投资建设的年产5万吨聚氨酯项目投产。", "昆仑化工", "年产5万吨聚氨酯项目"),
])
def test_a_short_named_builder_opening_its_clause_is_a_company_that_builds(tmp_path, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert (company, works) in links


@pytest.mark.parametrize("sentence", ["政府投资建设的县城停车场投入使用。", "社会资本投资建设的养老中心建成。",
                                      "村集体投资建设的冷库投入运营。", "城区水务承建的供水管网改造工程完工。",
                                      "本地物流投资建设的冷链仓储中心投入运营。"])
def test_who_pays_for_works_by_a_common_word_is_no_company(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not {"政府", "社会资本", "村集体", "城区水务", "本地物流"} & orgs


def test_the_site_between_a_supported_group_and_its_verb_is_no_works_of_it(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "支持金鼎化工集团在青溪化工园区建设年产10万吨环氧树脂项目。", HEAD)
    assert ("金鼎化工集团", "年产10万吨环氧树脂项目") in links
    assert "青溪化工" not in orgs and not any(org == "青溪化工" for org, _ in links)


def test_a_hospital_takes_part_in_its_new_site_and_the_building_there(tmp_path):
    projects, _, links = review_graph(tmp_path, "县人民医院新院区住院楼主体封顶，县妇幼保健院感染楼投入使用。", HEAD)
    assert {"县人民医院新院区住院楼", "县妇幼保健院感染楼"} <= projects
    assert ("县人民医院", "县人民医院新院区住院楼") in links
    assert ("县妇幼保健院", "县妇幼保健院感染楼") in links


def test_a_branch_builds_its_works_not_the_group_its_name_holds(tmp_path):
    _, orgs, links = review_graph(tmp_path, "推动华泰水泥集团青溪分公司年产150万吨熟料生产线技改项目竣工投产。", HEAD)
    assert "华泰水泥集团青溪分公司" in orgs
    assert not any(org == "华泰水泥集团" for org, _ in links)
    assert any(org == "华泰水泥集团青溪分公司" for org, _ in links)


def test_a_brands_data_centre_built_in_phases_is_no_institution(tmp_path):
    _, orgs, links = review_graph(tmp_path, "华为云青溪数据中心二期开工建设，青溪保税物流中心封关运行。", HEAD)
    assert "华为云青溪数据中心" not in orgs
    assert "青溪保税物流" not in orgs
    assert not any(org in ("华为云青溪数据中心", "青溪保税物流") for org, _ in links)


def test_an_engineering_company_holds_no_works_in_its_name(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "中石化江汉油建工程公司完成县城燃气管网改造。", HEAD)
    assert "中石化江汉油建工程公司" in orgs
    assert "中石化江汉油建工程" not in projects
    assert not any(works == "中石化江汉油建工程" for _, works in links)


@pytest.mark.parametrize("sentence, company", [
    ("推动湖南路桥集团承建的青溪大桥开工建设。", "湖南路桥集团"),
    ("加快江西交控集团承建的青溪至平利高速公路建设。", "江西交控集团"),
])
def test_a_verb_of_pushing_works_opens_no_builders_name(tmp_path, sentence, company):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert company in orgs
    assert not any(o.startswith(("推动", "加快")) for o in orgs)


def test_a_visit_opens_no_companys_name(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "县长在河口镇调研金穗米业项目，要求加快建设进度。", HEAD)
    assert not any(o.startswith("调研") for o in orgs)


def test_a_builder_of_many_works_names_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "中交二航局承建了多个重点工程，全年完成投资8亿元。", HEAD)
    assert not any(p.startswith("了") for p in projects)


def test_a_registered_names_trade_name_read_as_a_verb_before_two_trades_stays(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "湖北启航农牧科技有限公司投资建设的50万头生猪养殖项目竣工。", HEAD)
    assert "湖北启航农牧科技有限公司" in orgs and "农牧科技有限公司" not in orgs
    assert ("湖北启航农牧科技有限公司", "50万头生猪养殖项目") in links


def test_a_company_signed_to_settle_takes_part_in_the_works_of_the_clause_before(tmp_path):
    _, links = review_orgs_and_links(tmp_path, "开工建设智能装备产业园，签约华鼎机械有限公司入驻。", HEAD)
    assert ("华鼎机械有限公司", "智能装备产业园") in links


def test_a_company_signed_in_a_clause_of_its_own_with_more_after_it_takes_no_part_there(tmp_path):
    _, links = review_orgs_and_links(tmp_path, "开工建设智能装备产业园，签约华鼎机械有限公司等企业开展技术合作。", HEAD)
    assert ("华鼎机械有限公司", "智能装备产业园") not in links
