"""Indicator names of session 40, from the Hailar precision reading (session 39) and the pools: a count
before a works noun closed by its verb of works counts the work ("58万平方米棚户区改造" → 棚户区改造,
not 棚户区); the last place of a list of places glued to a measure is no part of its name
("奋斗镇、建设办建成蔬菜大棚700亩" → 建成蔬菜大棚; a pool passage's "涧西区、西工区、老城区老旧小区
改造200个" is the same grammar); a bare utility counted in length before a list item that names the
network counts the network ("26公里供水、117公里供热、20公里燃气管网铺设" → 供水管网, 供热管网); how
many meetings were held and documents issued is no value (ANNOTATION 5); the population a list of
rates opens with is the scope of every rate ("城乡居民参加养老保险和基本医疗保险参保率" → 城乡居民基本医疗
保险参保率; qianjiang-2019's gold writes 城乡医疗保险参保率 for "城乡养老、医疗保险参保率"). Hailar's own sentences read
from ../shared; a list of things one verb of building opens, counted by one value, is one name
("新建中小学、幼儿园25所": six pool passages of u42 and u44 write it so)."""

from tests.conftest import report_mentions
from tests.test_indicator_plan_shares_and_acronyms import review, shared_sentence


def hailar(tmp_path, marker, year):
    """(indicator, value, unit, measure) of the observations of the Hailar sentence holding `marker`,
    read in the review part of a report titled as Hailar's (its street offices are its places)."""
    lines = (f"{year}年呼伦贝尔市海拉尔区政府工作报告", "一、工作回顾",
             shared_sentence(marker, "corpus", "hailar", f"hailar-{year}.txt"))
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"])
            for m in report_mentions(tmp_path, *lines) if m.type == "Observation"]


def names(found):
    return {o[0] for o in found}


def test_a_works_noun_closed_by_its_verb_of_works_keeps_it(tmp_path):
    found = hailar(tmp_path, "58万平方米棚户区改造", 2013)
    assert ("棚户区改造", "3800", "户", "level") in found
    assert ("棚户区改造", "58", "万平方米", "level") in found
    assert "棚户区" not in names(found)
    found = hailar(tmp_path, "30栋老旧楼房维修改造", 2016)
    assert ("老旧楼房维修改造", "30", "栋", "level") in found
    # closing a list item before the 等 that ends the list, as at the clause's end
    found = hailar(tmp_path, "6000平方米老旧小区改造", 2012)
    assert {"老旧小区改造", "背街巷道改造"} <= names(found)
    assert "老旧小区" not in names(found)


def test_a_verb_of_works_with_more_after_it_still_cuts_the_noun(tmp_path):
    # "7条主干道路进行综合改造": the verb of the clause, not the head of the noun counted
    found = review(tmp_path, "集中对胜利大街等7条主干道路进行综合改造,完成16条背街巷道的综合改造。")
    assert ("主干道路", "7", "条", "level") in found


def test_the_last_place_of_a_list_is_no_part_of_the_measure(tmp_path):
    found = hailar(tmp_path, "建设办建成蔬菜大棚700亩", 2015)
    assert ("建成蔬菜大棚", "700", "亩", "level") in found
    assert "建设办建成蔬菜大棚" not in names(found)
    # the reach of a river after the last place goes with it (Shaanxi's report of 2016)
    found = review(tmp_path, "推进汉江综合整治工程，开工建设陕南汉江、丹江沿线污水处理厂20座。")
    assert not [n for n in names(found) if "丹江" in n or n.startswith("沿线")]
    # a place joined to the next by 和 is in the name ("主城区、两河圣山景区和东山组团绿化工程")
    found = hailar(tmp_path, "东山组团绿化工程新增绿化面积", 2016)
    assert not [n for n in names(found) if n.startswith("和")]


def test_a_bare_utility_before_a_listed_network_counts_the_network(tmp_path):
    found = hailar(tmp_path, "117公里供热", 2015)
    assert ("供水管网", "26", "公里", "level") in found
    assert ("供热管网", "117", "公里", "level") in found
    assert not {"供水", "供热"} & names(found)
    found = hailar(tmp_path, "68公里供水", 2014)
    assert ("供水管网", "68", "公里", "level") in found


def test_counts_of_meetings_and_documents_issued_are_no_values(tmp_path):
    found = hailar(tmp_path, "政府会议和发文数量", 2015)
    assert not [n for n in names(found) if "会议" in n or "发文" in n]


def test_the_scope_a_list_of_rates_opens_with_is_every_rates(tmp_path):
    found = hailar(tmp_path, "基本医疗保险参保率保持在", 2013)
    assert ("城乡居民基本医疗保险参保率", "98", "%", "level") in found
    assert "基本医疗保险参保率" not in names(found)
    # measures of other endings keep their own names ("一般公共预算收入" is no 城乡 measure)
    found = review(tmp_path, "城乡居民人均可支配收入、一般公共预算收入分别增长8%和9%。")
    assert ("一般公共预算收入", "9", "%", "change") in found


def test_things_one_verb_builds_counted_by_one_value_are_one_name(tmp_path):
    # real report sentences (Tianjin Binhai 2013, Sanya 2023, Hefei 2018): the 、 between the things
    # built, or between two verbs of building, is inside the name
    found = review(tmp_path, "新建中小学、幼儿园25所，塘沽一中新校区建成使用。")
    assert ("新建中小学、幼儿园", "25", "所", "level") in found
    found = review(tmp_path, "新建改扩建中小学、幼儿园20所，北京师范大学三亚附属学校二期建成。")
    assert ("新建改扩建中小学、幼儿园", "20", "所", "level") in found
    # (session 42: the 、 before a verb of three characters stays, as written: ANNOTATION, and the
    # gold of the design pools writes 新建、改扩建中小学和幼儿园)
    found = review(tmp_path, "新建、改扩建中小学和幼儿园50所，推进合肥一中滨湖校区二期建设。")
    assert ("新建、改扩建中小学和幼儿园", "50", "所", "level") in found
    assert not {"幼儿园", "改扩建中小学和幼儿园"} & names(found)
    # a longer list, its verbs joined too (Hailar's own sentence)
    found = hailar(tmp_path, "排污管网279.2公里", 2016)
    assert ("新建改造供热、供水、燃气、排污管网", "279.2", "公里", "level") in found
    # a list item with a verb of its own is a clause of its own, and each value counts its item
    found = review(tmp_path, "建成农村公路、改造危桥30座。完成老旧小区改造3个、新建公厕10座。")
    assert ("改造危桥", "30", "座", "level") in found and ("新建公厕", "10", "座", "level") in found
