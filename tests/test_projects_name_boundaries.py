"""Project rules (project name boundaries on unseen text), on real sentences of the dev
sets and of fresh reports: each test names the boundary class it checks."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# Lead words of the genre (an adverb of effort, a verb that opens a route, a preposition of cause, a
# landing verb after the works it predicates) never open a name.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("爱旭光伏电池、芯源半导体、闻泰光电智能制造产业园落地白沙工业园,智能终端经济开发区获批。",  # heldtext2 doumen-2022
     {"闻泰光电智能制造产业园"}, {"落地白沙工业园"}),
    ("受大冶有色冶炼厂环保改造停产带来的影响,地区生产总值完成315亿元。",  # a fresh report (Hubei, 2023)
     {"大冶有色冶炼厂环保改造"}, {"受大冶有色冶炼厂环保改造"}),
    ("全力打通县城东西向重要城市道路桑田大道,同步开工建设太行一号环线。",  # a fresh report (Shanxi, 2022)
     set(), {"全力打通县城东西向重要城市道路桑田大道"}),
    ("空港方面,要力促翔安机场主体工程开工。",  # a fresh report (Xiamen, 2018)
     {"翔安机场主体工程"}, {"要力促翔安机场主体工程"}),
    ("报告回顾了2021年工作内容,指出大同锡纯半导体芯片材料等项目竣工投产。",  # a fresh report (Datong, 2022)
     {"大同锡纯半导体芯片材料"}, {"指出大同锡纯半导体芯片材料"}),
])
def test_lead_words_open_no_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_landing_verb_alone_stays_in_name(tmp_path):
    # a landing verb that follows no works nor verb may be the first word of a name
    got = projects(tmp_path, "一是口岸功能不断完善,落地签证服务中心建成使用。")
    assert not any(name.startswith("签证") for name in got), got


def test_verb_of_setting_up_keeps_a_name_opening_with_a_verb(tmp_path):
    # national-2017: 服务 opens the fund's name after 设立 (so 服务 is no landing verb)
    assert "服务贸易创新发展引导基金" in projects(tmp_path, "设立服务贸易创新发展引导基金。")


# An urban rail line named by its number (and the rail kind written before it, and a phase after it)
# is a works where the clause builds, opens or runs it; a count or a longer number is no line.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("开工轨道交通九号线、六号线支线二期、十号线南段。",  # a fresh report (Chongqing, 2016)
     {"轨道交通九号线", "六号线支线二期", "十号线南段"}, set()),
    ("推进11号线北段二期、12号线、13号线一期等项目建设。",  # a fresh report (Shanghai, 2012)
     {"11号线北段二期", "12号线", "13号线一期"}, set()),
    ("2025年将开通地铁17号线全线和6号线南延。", {"地铁17号线"}, set()),  # a fresh report (Beijing, 2025)
    ("完善地铁1号线运营服务,建成2号线车站主体结构并实现洞通。", {"地铁1号线", "2号线"}, set()),  # fresh (Xiamen, 2018)
    ("乘坐1号线的乘客增加。", set(), {"1号线"}),
    ("开工建设第112号线路改造。", set(), {"12号线"}),
])
def test_numbered_rail_lines(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A part of an expressway named after the route by its site (interchange, exit, toll station) is the
# works, not the whole route; a part that runs on into another word is none.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("江汉平原货运铁路即将试运行,沪渝高速排湖互通", {"沪渝高速排湖互通"}, {"沪渝高速"}),  # heldtext xiantao-2018
    ("云茂高速先行段开工建设,沈海高速鳌头出口开通。", {"沈海高速鳌头出口"}, {"沈海高速"}),  # devtext3 maoming-2017
    ("成乐高速乐山北收费站及棉竹互通建成恢复通行。", {"成乐高速乐山北收费站"}, {"成乐高速"}),  # fresh news (Leshan, 2020)
    ("沪渝高速排湖出口加工区建成。", set(), {"沪渝高速排湖出口"}),
])
def test_expressway_parts(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A rail station named 高铁站 / 火车站 ends at 站, not at the head 高铁 jieba cuts before it.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("商贸集聚区加快建设,富山新市镇高铁站开工建设。",  # a fresh report (Jianping, 2018)
     {"富山新市镇高铁站"}, {"富山新市镇高铁"}),
    ("规划建设的全市四大主客站之一郑州新火车站(小李庄站)布局管城。", {"郑州新火车站"}, set()),  # devtext2 guancheng-2019
    ("启动建设正阳火车站临时散堆货场。", {"正阳火车站临时散堆货场"}, set()),  # qianjiang-2019: the yard is the works
    ("市区三座火车站完成改造。", set(), {"市区三座火车站", "三座火车站", "火车站"}),
])
def test_rail_station_heads(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A clause that opens with a list of plants named by a trade name and an industry, ending in works found
# by their head that the clause builds: each item is a company's works; kinds of industry are not.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("——产业结构不断优化。虎石新材料、手拉手汽车零部件产业园项目开工建设。",  # heldtext jiefang-2024
     {"虎石新材料", "手拉手汽车零部件产业园项目"}, set()),
    ("完成率116.4%。爱旭光伏电池、芯源半导体、闻泰光电智能制造产业园落地白沙工业园。",  # heldtext2 doumen-2022
     {"爱旭光伏电池", "芯源半导体", "闻泰光电智能制造产业园"}, set()),
    ("高端新材料、绿色新能源产业园开工建设。", set(), {"高端新材料", "绿色新能源"}),
    ("化工新材料、先进材料产业园开工建设。", set(), {"化工新材料", "先进材料"}),
])
def test_trade_items_before_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# Two works joined by 和 where the first ends in a head of its own are two works, not one name.
def test_terminal_area_and_runway_are_two_works(tmp_path):
    got = projects(tmp_path, "建成江北国际机场东航站区和第三跑道,增辟国际客货运航线。")  # a fresh report (Chongqing, 2016)
    assert {"江北国际机场东航站区", "第三跑道"} <= got, got
    assert "东航站区和第三跑道" not in got, got


# Works along one named road ("…路" + what is built or renewed along it) are the project, not the road
# alone (issue 10, session 18: the road was the project, or a ring road's works were not found at all);
# a numbered item before the verb opens nothing. A road that only locates something stays out of works.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("12.完成二环路雨污管网改造工程。", {"二环路雨污管网改造工程"}, set()),
    ("3、完成环城路污水管线改造工程。", {"环城路污水管线改造工程"}, set()),
    ("实施龙湖路景观提升工程和滨河路绿化改造工程。", {"龙湖路景观提升工程", "滨河路绿化改造工程"}, {"龙湖路", "滨河路"}),
    ("完成中山南路景观照明改造工程。", {"中山南路景观照明改造工程"}, {"中山南路"}),
    ("推进三环路以外老旧小区改造。", set(), {"三环路以外老旧小区改造"}),
])
def test_works_along_a_named_road(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A part in common words joined by 及 to the name before it names no works of its own: the name runs
# back over the joint (session 21, ql21: "…精细化工及原料工程" gave 原料工程); a part before the joint
# that ends in a facility's or a body's head, or in a works head, is a works of its own.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快中俄蒙国际汽车产业园建设,汽配城及专业4S店项目全部投入运营。",  # hailar-2013
     {"汽配城及专业4S店项目"}, {"专业4S店项目"}),
    ("东岭石化芳烃及原料工程建成投产。",  # written in the genre's phrasing
     {"东岭石化芳烃及原料工程"}, {"原料工程"}),
    ("全力推进云江新材料电池隔膜及系统总成项目建设。",
     {"云江新材料电池隔膜及系统总成项目"}, {"系统总成项目"}),
    ("建成县综合医院和疾控中心PCR实验室及城市核酸检测基地。",
     set(), {"疾控中心PCR实验室及城市核酸检测基地"}),
    ("启动中医院迁建及县医院医技综合楼项目。",
     {"县医院医技综合楼项目"}, {"中医院迁建及县医院医技综合楼项目"}),
])
def test_part_joined_by_ji_stays_in_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_a_count_in_words_after_the_last_item_closes_the_list_not_its_name(tmp_path):
    # "A、B和C三个项目" (session 29, pr29): the count of the list and its label follow the last item's head
    check(tmp_path, "宽衍集团承建的环城公路、供水管网改造工程和滨河公园三个项目顺利推进。",
          found=("滨河公园", "环城公路"), not_found=("滨河公园三个项目",))


# The preparatory works of a facility ("…铁路前期工程") name the facility; a works linking two things
# named before it ("甲电网与乙电网联网工程") is named by both (made-up grammar examples).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("开工建设东平至西山铁路前期工程。", {"东平至西山铁路"}, {"东平至西山铁路前期工程"}),
    ("开工建设金河上游青石水电站前期工程。", {"金河上游青石水电站"}, {"金河上游青石水电站前期工程"}),
    ("东部电网与南部电网联网工程建成投运。", {"东部电网与南部电网联网工程"}, {"南部电网联网工程"}),
])
def test_preparatory_and_link_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A bonded zone named by its city is works where the clause builds or opens it; the surface of road a
# village is connected by is a level of service, no road (made-up grammar examples).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("东平新区、东平综合保税区建设加快推进。", {"东平综合保税区"}, set()),
    ("东平综合保税区封关运行。", {"东平综合保税区"}, set()),
    ("所有建制村实现通硬化路、通客车。", set(), {"通硬化路"}),
])
def test_bonded_zones_built_and_road_surfaces(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_tourist_area_built_is_works_and_no_company(tmp_path):
    # a tourist area named by its place and its own name, built, is works; its name is no company's
    # (made-up grammar example)
    check(tmp_path, "加快东山古镇、西平沙漠生态旅游区建设。", {"西平沙漠生态旅游区"}, set())


def test_phase_right_after_works_head_stays(tmp_path):
    # the phase written right after 工程 names one stage of that works (made-up grammar example)
    check(tmp_path, "推进东平水库引水工程三期、南山水厂建设。", {"东平水库引水工程三期"}, {"东平水库引水工程"})


def test_reservoirs_holding_a_water_source_are_no_works(tmp_path):
    # the works is on the drinking-water source; the reservoirs listed before it are where it lies
    # (made-up grammar example)
    check(tmp_path, "完成东山水库、西岭水库饮用水水源地规范化建设。", set(), {"东山水库", "西岭水库"})


# A kind word (配套, generic_orgs.txt) right before the head after a name is part of that name ("X配套
# 产业园": the park of a company's suppliers); alone after a verb it still names a kind. A place that opens
# a name the walk ran out of tokens on (nine short words before the head) is part of it; 采煤沉陷区
# (coal-mining subsidence area) is one land term (made-up grammar examples).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快东平重工国际配套产业园二期建设。", {"东平重工国际配套产业园二期"}, {"产业园二期"}),
    ("建设阳泉采煤沉陷区国家先进技术光伏示范基地三期,新增装机容量80万千瓦。",
     {"阳泉采煤沉陷区国家先进技术光伏示范基地三期"}, {"区国家先进技术光伏示范基地三期"}),
])
def test_kind_word_after_a_name_and_place_before_a_long_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A facility named by the bare level of the report's own government is works where its clause builds
# it, also where jieba glued the level to the verb (建成区, the built-up area); the built-up area itself
# and a level word (区域) open no such name (made-up grammar examples).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("完善应急管理体系,建成区应急指挥中心。", {"区应急指挥中心"}, {"建成区应急指挥中心"}),
    ("加快建设县应急指挥中心。", {"县应急指挥中心"}, set()),
    ("建成区绿化覆盖率达到40%。", set(), {"建成区绿化覆盖率"}),
])
def test_own_level_facility_built(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
