"""Project name boundaries at a build verb between a builder (or a site) and the works it builds
("某某大学共建某某中试平台", "在某某开发区扩建某某基地"), and the park named by its finished first
phase after 项目 ("某某产业园项目一期竣工": ANNOTATION rule 3, the shared gold's precedent). Invented sentences in
the genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, names_of, review_graph, review_mentions, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence, "县政府工作报告"), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    ("支持省新材料创新中心与东湖理工大学共建锂电材料中试平台。",
     {"锂电材料中试平台"}, {"东湖理工大学共建锂电材料中试平台"}),
    ("支持宏远实业集团与青山经济开发区共建红色文化产业园。",
     {"红色文化产业园"}, {"青山经济开发区共建红色文化产业园", "青山经济开发区"}),
    ("支持鼎新科技在临江经济技术开发区扩建智能终端生产基地。",
     {"智能终端生产基地"}, {"临江经济技术开发区扩建智能终端生产基地", "临江经济技术开发区扩建"}),
    ("续建赣西理工学院北湖校区二期,新建城东污水处理厂。",
     {"赣西理工学院北湖校区二期"}, {"续建赣西理工学院北湖校区二期"}),
])
def test_build_verb_after_a_builder_opens_the_works_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found", [
    ("城北污水处理厂扩建工程开工建设。", {"城北污水处理厂扩建工程"}),  # the verb right before the head
    ("加快中医院迁建和县人民医院门诊综合楼建设。", {"县人民医院门诊综合楼"}),  # 迁建 is the item before 和
])
def test_build_verb_as_a_word_of_the_name_stays(tmp_path, sentence, found):
    got = projects(tmp_path, sentence, "县政府工作报告")
    assert set(found) <= got, got
    assert not any(name.startswith("迁建") or name.endswith("迁建和县人民医院门诊综合楼") for name in got), got


def test_site_before_a_build_verb_is_a_place(tmp_path):
    mentions = review_mentions(tmp_path, "支持鼎新科技在临江经济技术开发区扩建智能终端生产基地。", "县政府工作报告")
    places = names_of(mentions, "Place")
    assert "临江经济技术开发区" in places, places


def test_builder_takes_part_in_the_works(tmp_path):
    _, _, links = review_graph(tmp_path, "支持宏远实业集团与青山经济开发区共建红色文化产业园。", "县政府工作报告")
    assert ("宏远实业集团", "红色文化产业园") in links, links


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动华阳精密制造产业园项目一期投产,加快明泰新材料二期项目建设。",
     {"华阳精密制造产业园项目", "明泰新材料二期项目"}, {"华阳精密制造产业园项目一期"}),
    ("长丰机械在晋中投资建设的矿山装备产业园项目一期建成。", {"矿山装备产业园项目"}, {"矿山装备产业园项目一期"}),
    # the phase right after the park's head is named as written, finished or not (pools u34, u49-u51:
    # "某某云计算产业园一期建成", "某某航空物流园一期竣工投用"; the samples' precedent has 项目 before 一期)
    ("推动华阳精密制造产业园一期投产。", {"华阳精密制造产业园一期"}, set()),
    ("长丰机械在晋中投资建设的矿山装备产业园一期建成。", {"矿山装备产业园一期"}, set()),
    # a phase not finished, or a later phase, stays its own works
    ("推动华阳精密制造产业园二期竣工投产。", {"华阳精密制造产业园二期"}, {"华阳精密制造产业园"}),
    ("开工建设华阳精密制造产业园一期。", {"华阳精密制造产业园一期"}, set()),
    ("城东污水处理厂一期建成投用。", {"城东污水处理厂一期"}, set()),  # a plant, no park
])
def test_finished_first_phase_of_a_park_names_the_park(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_works_of_a_named_builder_at_a_named_site_are_one_project(tmp_path):
    # "新能源整车项目" alone is a kind of project; the builder's verb at its site says which one
    check(tmp_path, "推动远航新能源汽车在青山经济技术开发区扩建新能源整车项目。", {"新能源整车项目"}, set())


@pytest.mark.parametrize("sentence,found,not_found", [
    ("明芯半导体总部大楼结顶,远帆汽车总装厂房封顶。", {"明芯半导体总部大楼", "远帆汽车总装厂房"}, set()),
    ("青川机场维修机库投入使用。", {"青川机场维修机库"}, set()),
    # weak heads: a name must say which
    ("建成北湖万吨冷库。", {"北湖万吨冷库"}, set()),
    ("规范乡镇政务服务大厅运行。", set(), {"乡镇政务服务大厅"}),
])
def test_company_buildings_and_weak_service_heads(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_campus_after_a_listed_institution_is_named_with_it(tmp_path):
    # the institution listed right before its campus names the campus works, not a works of its own
    check(tmp_path, "南岭理工大学东湖校区二期、北江职业技术学院青溪新校区一期开工建设。",
          {"南岭理工大学东湖校区二期", "北江职业技术学院青溪新校区一期"}, {"青溪新校区一期", "北江职业技术学院"})


def test_works_package_before_a_joint_is_its_own(tmp_path):
    # a works named whole by 工程 before 及 does not run into the facility after the joint
    got = projects(tmp_path, "加快青川机场二期改扩建工程及综合交通中心建设。", "区政府工作报告")
    assert "青川机场二期改扩建工程" in got, got
    assert not any("及" in name for name in got), got


@pytest.mark.parametrize("sentence,found,not_found", [
    ("青溪河流域生态修复与保护工程治理河道80公里。", {"青溪河流域生态修复与保护工程"}, {"保护工程"}),
    ("北岭县废弃矿山综合治理与生态修复工程完工。", {"北岭县废弃矿山综合治理与生态修复工程"}, {"生态修复工程"}),
    # the walk stops before 修复 (read as a verb): the part after the joint is the action alone, or a few
    # characters ending in one; 恢复 and 修缮 are such actions; a phase may stand before the head
    ("实施青禾湖生态保护与修复工程。", {"青禾湖生态保护与修复工程"}, {"修复工程"}),
    ("实施青禾湖生态保护与修复二期工程。", {"青禾湖生态保护与修复二期工程"}, set()),
    ("实施澄江湿地保护与恢复工程。", {"澄江湿地保护与恢复工程"}, {"恢复工程"}),
    ("推进青禾古城保护与修缮工程。", {"青禾古城保护与修缮工程"}, set()),
    ("实施澄江青禾段岸线整治和生态修复工程。", {"澄江青禾段岸线整治和生态修复工程"}, {"澄江青禾段岸线整治"}),
    # a list summed up by a quoted label before the joint: not run back over
    ("实施甲河、乙河、丙河“三河”生态保护与修复工程。", set(),
     {"甲河、乙河、丙河“三河”生态保护与修复工程", "甲河、乙河、丙河三河生态保护与修复工程"}),
    # an object of its own after the joint: two works, as before
    ("推进青禾机场航站楼保护性改造和跑道生态化改造工程。", {"跑道生态化改造工程"},
     {"青禾机场航站楼保护性改造和跑道生态化改造工程"}),
])
def test_two_works_actions_joined_name_one_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_works_of_joined_actions_is_in_the_place_its_name_opens_with(tmp_path):
    """The whole package found is linked to the water its name opens with (ANNOTATION rule 8)."""
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text("青禾县政府工作报告\n\n一、2023年工作回顾\n\n实施澄江湖生态保护与修复工程。\n", encoding="utf-8")
    report = build(path).report
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "locatedIn"}
    assert ("澄江湖生态保护与修复工程", "澄江湖") in links, links


@pytest.mark.parametrize("sentence,found,not_found", [
    ("建成青川东站综合交通枢纽,启动北湖机场改扩建。", {"青川东站综合交通枢纽"}, {"青川东站"}),
    ("加快建设综合交通枢纽。", set(), {"综合交通枢纽"}),  # weak: a kind, with no name
])
def test_hub_named_by_its_station(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # the phase of a works named with 项目 is part of its name as written (the shandong-2021 passage of
    # pool u42; anhui-2019 and gongyi-2014 of pool u44; hailar-2015)
    ("加快裕龙岛炼化一体化项目一期建设，推进万华化学烟台产业园建设。", {"裕龙岛炼化一体化项目一期"}, {"裕龙岛炼化一体化项目"}),
    ("推进晶合集成12英寸晶圆制造项目二期建设。", {"晶合集成12英寸晶圆制造项目二期"}, set()),
    ("森工集团棚户区改造项目一期达到入住条件，二期工程开工建设。", {"森工集团棚户区改造项目一期"}, set()),
    # but a park's finished first phase still names the park (yixian-2019)
    ("其中，军民融合雷达产业园项目一期竣工投产。", {"军民融合雷达产业园项目"}, {"军民融合雷达产业园项目一期"}),
])
def test_a_projects_phase_stays_in_its_name(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a place before the build verb is its site or partner, a name of two characters after it the works
    ("推动黔江与酉阳共建渝东工业园区,新引进项目12个。", {"渝东工业园区"}, {"酉阳共建渝东工业园区"}),
    # a verb opening the span before a place's name is the clause's predicate and its object
    ("全力保障黔江国际机场如期投运。", {"黔江国际机场"}, {"保障黔江国际机场"}),
    ("全力服务西部陆海新通道建设。", {"西部陆海新通道"}, {"服务西部陆海新通道"}),
])
def test_verb_before_a_place_opens_no_works_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found", [
    ("加快引榆济蓼工程二期配套工程建设。", {"引榆济蓼工程二期配套工程"}),  # a diversion's name opens with its verb
    ("联想长沙产业基地建成投产。", {"联想长沙产业基地"}),  # a company's name jieba reads as a verb
    ("呼准蒙铁路建成通车。", {"呼准蒙铁路"}),  # a route's initials (made up), jieba's 呼准/v 蒙/ns
])
def test_verb_like_words_of_a_name_stay(tmp_path, sentence, found):
    got = projects(tmp_path, sentence, "县政府工作报告")
    assert set(found) <= got, got
