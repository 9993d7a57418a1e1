"""Indicator names of counts of projects by stage, of a kind named by its examples, of sums listed
after an investment, and counts that are honours, visits or campaigns (session 37, in37): sentences
of real reports (the Tianjin Hedong 2019, Dalian Lvshunkou 2023, Jiangsu Siyang 2019, Wenzhou 2021,
Anhui Lujiang 2022, Yunnan 2017 and Hailar 2014 government work reports; guangdong-2026)."""
from tests.test_indicator_basis_goal_and_listed_measures import observations as review


def test_projects_that_reached_a_stage_are_counted_by_the_stage(tmp_path):
    found = review(tmp_path, "重点项目加快推进,海河金茂府等4个项目实现开工建设,融科瀚棠等12个项目竣工。")
    assert ("开工建设项目", "4", "个") in found
    assert ("竣工项目", "12", "个") in found


def test_a_bare_stage_verb_after_a_count_of_projects_counts_those_projects(tmp_path):
    found = review(tmp_path, "深入开展“百日招商行动”,区级领导带头“走出去”“请进来”招商177次,累计洽谈项目235个,"
                             "签约落地101个,省外实际到位资金113.1亿元、增长14%。")
    assert ("洽谈项目", "235", "个") in found
    assert ("签约落地项目", "101", "个") in found
    assert not [o for o in found if o[0] == "签约落地"]


def test_a_kind_that_is_no_measure_is_named_with_all_its_examples(tmp_path):
    found = review(tmp_path, "推动心理健康服务进社区,提供心理、法律、维权、调解等个案服务超3000个,"
                             "让心理健康服务更加触手可及。")
    assert ("心理、法律、维权、调解等个案服务", "3000", "个") in found
    # examples of projects before 等 do not name the kind counted
    found = review(tmp_path, "建成投用城北水厂、滨河公园等12个项目。")
    assert not [o for o in found if "、" in o[0]]


def test_people_on_an_honour_list_are_no_value(tmp_path):
    found = review(tmp_path, "“泗阳鲜桃”创成国家地理标志产品;新上榜中国好人1名、江苏好人4名,被列为省新时代文明实践中心建设试点单位。")
    assert not [o for o in found if "好人" in o[0]]


def test_instructions_written_on_the_citys_work_are_no_value(tmp_path):
    found = review(tmp_path, "“十三五”时期,习近平总书记先后4次对温州工作作出重要指示批示,给全市干部群众以极大鼓舞和鞭策。")
    assert not [o for o in found if o[2] == "次"]


def test_main_rivers_keep_their_qualifier(tmp_path):
    # a monitoring term of water quality (Yunnan's 2017 report, as quoted by mnw.cn): 主要 is no lead word here
    found = review(tmp_path, "要实现16个州市政府所在地环境空气质量优良天数不低于98%,主要河流断面水质优良率不低于80%,"
                             "县级以上城市集中式饮用水水源地水质达标率达到100%。")
    assert ("主要河流断面水质优良率", "80", "%") in found
    # ...where it still leads a plan's list of goals
    found = review(tmp_path, "主要预期目标是:地区生产总值增长6%。")
    assert ("地区生产总值", "6", "%") in found


def test_an_adverb_of_degree_before_the_verb_is_no_part_of_the_name(tmp_path):
    # the phrasing of an unseen report whose name was read as "高速公路通车里程基本" (session 37's brief)
    found = review(tmp_path, "全省高速公路通车里程基本达到5000公里。")
    assert ("高速公路通车里程", "5000", "公里") in found
    found = review(tmp_path, "基本公共服务均等化水平达到90%。")
    assert ("基本公共服务均等化水平", "90", "%") in found


def test_a_sum_listed_after_an_investment_is_the_next_things_investment(tmp_path):
    # Anhui Lujiang 2022
    found = review(tmp_path, "聚焦聚力产业发展,博大精密、宇宙电子等16个项目建成投产,投资14亿元大众国轩三元正极材料、"
                             "15亿元南方水泥优化升级等32个项目开工建设。")
    assert ("大众国轩三元正极材料投资", "14", "亿元") in found
    assert ("南方水泥优化升级投资", "15", "亿元") in found
    assert ("开工建设项目", "32", "个") in found


def test_a_bare_set_listed_after_a_set_shares_its_qualifier_and_value(tmp_path):
    # Tianjin Hedong 2019
    found = review(tmp_path, "与世茂集团、宝能集团等实力企业深度对接,引进各类企业3639家,其中超亿元企业、项目10个,"
                             "实现国内招商引资到位额364亿元。")
    assert ("超亿元企业、项目", "10", "个") in found
    assert ("国内招商引资到位额", "364", "亿元") in found


def test_trips_made_to_draw_investment_are_no_value(tmp_path):
    # Dalian Lvshunkou 2023
    found = review(tmp_path, "深入开展“百日招商行动”,区级领导带头“走出去”“请进来”招商177次,累计洽谈项目235个。")
    assert not [o for o in found if o[2] == "次"]
    assert ("洽谈项目", "235", "个") in found


def test_on_schedule_after_a_counted_noun_is_no_part_of_its_name(tmp_path):
    # Hailar 2014 (shared/corpus/hailar)
    found = review(tmp_path, "三要不断完善供水、供热、排污等城市基础设施,确保中心城区68公里供水、15公里雨水管网二期工程按期竣工。")
    assert ("雨水管网二期工程", "15", "公里") in found
