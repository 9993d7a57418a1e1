"""Participation and company-name rules of session 20 (qg20, issue 10), on sentences written in
the genre's phrasing: the works an organization is said to build ("X投资建设的P") is one, and every
company of a listed builder takes part; words that are no company's name — a list of sectors, a
rate glued to a trade, a facility's or a plant's phase, a place's name or an industry's first
character before the industry. Each test fails without its rule."""
from __future__ import annotations

from tests.conftest import assert_found, report_names as found, review_graph

REPORT = "某县2023年政府工作报告"


def test_the_works_an_organization_builds_is_one_and_linked_to_it(tmp_path):
    # "X投资建设的P": the sentence says who builds that works, so even a name of common words is one
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设的海上风电项目开工建设。", REPORT)
    assert "海上风电项目" in projects
    assert ("宽衍集团", "海上风电项目") in links


def test_every_company_of_a_listed_builder_builds_the_works(tmp_path):
    # "A、B等央企投资建设的P": the verb comes after the list's last item, and the list builds P
    projects, _, links = review_graph(tmp_path, "中国电建、中国能建等央企投资建设的县域风电项目全部并网发电。", REPORT)
    assert "县域风电项目" in projects  # the name ends with its label, not with the predicate after it
    assert {("中国电建", "县域风电项目"), ("中国能建", "县域风电项目")} <= links


def test_no_works_without_a_builder_or_with_a_counted_set(tmp_path):
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设的3个项目全部开工。", REPORT)
    assert not any(p.startswith("3个") for p in projects) and not links


def test_a_list_of_sectors_before_its_companies_names_no_company(tmp_path):
    # "新型电子、生物医药等企业": the industries whose companies are meant (a modifier and trade words)
    orgs = found(tmp_path, "Organization", REPORT, "推动新型电子、生物医药等企业加快发展。",
                 "支持高端装备、新能源等企业做大做强。")
    assert not {"新型电子", "生物医药", "高端装备", "新能源"} & orgs
    # a trade name before the trade still names a company in such a list
    orgs = found(tmp_path, "Organization", REPORT, "宽衍电子、尤佳医药等企业加快发展。")
    assert {"宽衍电子", "尤佳医药"} <= orgs


def test_a_rate_glued_to_a_trade_is_no_company(tmp_path):
    # "富士特铝业年产10万吨…": 铝业年产 is a trade and a rate, no company's name
    orgs = found(tmp_path, "Organization", REPORT, "富士特铝业年产10万吨铝型材项目竣工投产。")
    assert "铝业年产" not in orgs


def test_the_phase_of_a_facility_or_a_plant_names_no_company(tmp_path):
    lines = ("米芾商业广场二期建成开业。", "天保二期工程顺利实施。", "景电二期提质增效工程加快推进。",
             "丰电三期开工建设。", "麦福劳二期扩建完成。")
    assert_found(found(tmp_path, "Organization", REPORT, *lines),
                 found=("麦福劳",), not_found=("米芾商业广场", "天保", "景电", "丰电"))


def test_a_place_or_an_industrys_first_character_opens_no_company(tmp_path):
    # 渝州 is a city's old name jieba knows as a place; 环|新材料, 环|新能源: the industry took 新
    orgs = found(tmp_path, "Organization", REPORT, "渝州新材料产业园项目开工。", "环新材料产业园一期投产。",
                 "环新能源汽车产业园建成。")
    assert not {"渝州", "渝州新", "渝州新材料", "环新"} & orgs


def test_an_industrys_short_form_a_rank_or_a_verb_opens_no_company(tmp_path):
    # 医美 (医疗美容), 煤电 (燃煤发电): industries' short forms; 首单: a rank claimed; 助力: a verb
    lines = ("加快医美产业园、新材料产业园建设。", "淘汰落后煤电机组20万千瓦。", "全省首单碳排放权质押贷款项目成功落地。",
             "助力城乡融合示范区建设。")
    orgs = found(tmp_path, "Organization", REPORT, *lines)
    assert not {"医美", "煤电", "煤电机组", "首单", "助力"} & orgs


def test_the_works_an_organization_builds_without_of_is_one_when_its_label_closes_it(tmp_path):
    # "X投资建设P项目" (session 29, pr29): the same builder's verb without 的; the name then has to
    # end in its label (项目, 工程) or (session 30) a facility's head the clause's end closes, and the
    # report's own area may stand between ("在我县")
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设乳制品加工项目。", REPORT)
    assert "乳制品加工项目" in projects and ("宽衍集团", "乳制品加工项目") in links
    projects, _, links = review_graph(tmp_path, "尤佳集团在我县投资建设水泥熟料生产线项目，年内开工。", REPORT)
    assert ("尤佳集团", "水泥熟料生产线项目") in links
    # a kind is no works
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设重点项目。", REPORT)
    assert not links


def test_the_verb_that_brings_a_company_in_opens_no_company_name(tmp_path):
    # "引进X集团投资建设P" (session 29, pr29): 引进 opens the clause; the company is X集团
    orgs = found(tmp_path, "Organization", REPORT, "引进宽衍集团投资建设生猪养殖项目。")
    assert "宽衍集团" in orgs and "引进宽衍集团" not in orgs


def test_more_builders_verbs_name_the_works_they_build(tmp_path):
    # "引进X建设P项目", "X中标P项目", "与X合作推进P项目" (session 29, pr29): the company builds or
    # carries out the works its verb names
    projects, _, links = review_graph(tmp_path, "引进宽衍集团建设乳制品加工项目。尤佳集团中标城市更新项目，已进场施工。"
                                                "与宽衍通信合作推进数字乡村建设项目。", REPORT)
    assert {("宽衍集团", "乳制品加工项目"), ("尤佳集团", "城市更新项目")} <= links


def test_the_works_an_investor_or_a_company_settling_in_builds(tmp_path):
    # "引进X投资的P", "X落户我县建设P项目" (session 29, pr29): the investor's works, the settled company's works
    projects, _, links = review_graph(tmp_path, "引进宽衍集团投资的储能电池项目落地。尤佳集团落户我县建设铝产业链项目。", REPORT)
    assert {("宽衍集团", "储能电池项目"), ("尤佳集团", "铝产业链项目")} <= links
