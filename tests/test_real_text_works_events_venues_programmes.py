"""Projects on real text (session 57, pj): sentences of the Hailar 2017/2019 reports and the 2026 provincial
reports of Gansu and Shanxi (the design texts), as written.

- A works named by common words whose progress or completion the clause reports as its subject is one works
  (project_one_works_events.txt: 全面完工, 进展顺利, 主体封顶 …); a phase of it too ("智慧城市一期项目").
- A facility named with the works of building it anew is a project (built_anew_works.txt: "殡仪馆新建项目",
  ANNOTATION rule 10), with no organization read for a facility not there yet; a kind ("传统基础设施新建")
  is none.
- A games' venue keeps the games' ordinal and scope ("第十四届全国冬运会主场馆一期", "全国第十四届冬运会
  主场馆"), and a head glued to a bound morpheme ("工程大道|馆") ends no name.
- A facility a clause puts into use or trial run (list_predicates.txt: 投入试运行) is named by its head after
  the size that measures it ("奋斗镇4000平方米保鲜库投入使用" → 保鲜库, in 奋斗镇; ANNOTATION rule 7).
- A head that is a verb of action followed by the work or effort of doing it or by its quoted object is an
  activity (project_activity_after_action.txt: "巡河整治工作力度", "驰而不息整治“四风”").
- Culture, research, conduct and free health aid programmes ending in 工程 are no works (ANNOTATION rule 12).
"""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_located, review_projects

HAILAR19 = "2019年海拉尔区政府工作报告"
HAILAR17 = "2017年海拉尔区政府工作报告"


def test_works_of_common_words_completed_as_subject(tmp_path):
    found = review_projects(tmp_path, "医疗废物处理项目全面完工，东山组团社区卫生服务中心和妇幼保健计划生育服务中心合建项目、"
                                      "疾控中心基础设施项目主体封顶。", HAILAR19)
    assert "医疗废物处理项目" in found, found


def test_phase_of_works_of_common_words_in_progress(tmp_path):
    found = review_projects(tmp_path, "智慧城市一期项目进展顺利，数字城管平台搭建完成。", HAILAR19)
    assert "智慧城市一期项目" in found, found


def test_facility_built_anew(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "全力推进殡仪馆新建项目建设进度，不断提升殡葬服务管理水平。", HAILAR19)
    assert {"殡仪馆新建", "殡仪馆新建项目"} & projects, projects
    assert "殡仪馆" not in orgs, orgs  # a funeral home built anew is no institution there yet
    found = review_projects(tmp_path, "实施殡仪馆迁建、火化场迁建、公墓新建，提升殡葬服务水平。", HAILAR17)
    assert_found(found, {"殡仪馆迁建", "火化场迁建", "公墓新建"}, set())


def test_kind_of_facility_built_anew_is_none(tmp_path):
    found = review_projects(tmp_path, "积极推动传统基础设施新建、更新和数智化改造。", "2026年广东省政府工作报告")
    assert not any("基础设施" in p for p in found), found


def test_games_venue_keeps_ordinal_and_scope(tmp_path):
    found = review_projects(tmp_path, "第十四届全国冬运会主场馆一期已具备竞赛条件，成功承办了自治区第二届冬运会。", HAILAR19)
    assert_found(found, {"第十四届全国冬运会主场馆一期"}, {"冬运会主场馆一期"})
    found = review_projects(tmp_path, "加快全国第十四届冬运会主场馆、呼伦贝尔现代农牧业产业园等重点项目进度。", HAILAR19)
    assert_found(found, {"全国第十四届冬运会主场馆"}, {"第十四届冬运会主场馆"})


def test_head_glued_to_bound_morpheme_ends_no_name(tmp_path):
    found = review_projects(tmp_path, "完成第十四届全国冬运会主场馆一期工程大道馆、短道馆和设备用房建设，确保2018年投入使用；"
                                      "推进投资5.5亿元的第十四届全国冬运会主场馆二期工程建设。", HAILAR17)
    assert_found(found, {"第十四届全国冬运会主场馆一期工程", "第十四届全国冬运会主场馆二期工程"},
                 {"冬运会主场馆一期工程大道", "第十四届全国冬运会主场馆一期工程大道"})


def test_culture_research_and_aid_programmes_are_no_works(tmp_path):
    gansu = "2026年甘肃省政府工作报告"
    for sentence in ("实施甘肃文化研究工程，编纂《河西走廊通史》。", "加力实施“陇原文艺高峰攀登工程”，打造文艺陇军。",
                     "六是免费实施1万名老年人白内障复明工程。"):
        found = review_projects(tmp_path, sentence, gansu)
        assert not any(p.endswith("工程") for p in found), (sentence, found)
    found = review_projects(tmp_path, "群众文化惠民工程深入实施，免费送戏下乡超8万场。", "2026年山西省政府工作报告")
    assert "群众文化惠民工程" not in found, found
    found = review_projects(tmp_path, "开展“师德师风建设工程”，深化新时代教师队伍建设。", HAILAR19)
    assert "师德师风建设工程" not in found, found


def test_works_programme_for_the_people_stays(tmp_path):
    found = review_projects(tmp_path, "实施清洁能源惠民工程，完成农村煤改电2000户。", HAILAR19)
    assert "清洁能源惠民工程" in found, found


def test_facility_of_a_place_by_its_size_put_into_use(tmp_path):
    found = review_projects(tmp_path, "奋斗镇4000平方米保鲜库投入使用，哈克镇改扩建标准化奶牛养殖圈舍等基础设施17000平方米。", HAILAR19)
    assert_found(found, {"保鲜库"}, {"奋斗镇4000平方米保鲜库", "4000平方米保鲜库"})

    assert ("保鲜库", "奋斗镇") in review_located(tmp_path, "奋斗镇4000平方米保鲜库投入使用。", HAILAR19)


def test_care_home_put_into_trial_run(tmp_path):
    found = review_projects(tmp_path, "老年养护院投入试运行。", HAILAR19)
    assert "老年养护院" in found, found


def test_action_as_an_activity_is_no_works(tmp_path):
    found = review_projects(tmp_path, "加大海拉尔河流域巡河整治工作力度，以严格的标准和扎实的措施保护河湖生态环境。", HAILAR19)
    assert not any("整治" in p for p in found), found
    found = review_projects(tmp_path, "坚决落实中央八项规定及其实施细则精神，驰而不息整治“四风”，加强对重点领域的监督制约。", HAILAR19)
    assert not any("整治" in p for p in found), found
    found = review_projects(tmp_path, "加大工业园区雨污分流改造力度，实施南沟河水体污染整治。", "2019年黔江区政府工作报告")
    assert_found(found, {"南沟河水体污染整治"}, {"工业园区雨污分流改造"})
