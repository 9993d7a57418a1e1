"""Place and organization rules (issue 9) on real sentences of the genre; each sentence
is put in a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

import pytest

from tests.conftest import names_of, report_mentions, report_names as found



@pytest.mark.parametrize("kind, head, lines, wrong", [
    # 高峰 (a peak, jieba tags it nr) is a common word: its 峰 ends no mountain's name
    ("Place", "宜章县人民政府工作报告", ("提出了打造“天下莽山、氟化高峰、脐橙之乡、好人之城”的目标。",), {"氟化高峰"}),
    # an industry community (产业社区) is a kind of development, no community's name
    ("Place", "瓜沥镇人民政府工作报告", ("数字创新产业园、400亩群益智能家装产业社区进展顺利。",), {"家装产业社区", "智能家装产业社区"}),
    # ANNOTATION rule 8: a place inside an event's name (an expo's, a promotion meeting's) is none
    ("Place", "甘肃省人民政府工作报告",
     ("敦煌文博会荣获“十大政府主导型展览会”称号。", "作为唯一县区在全市深圳招商会上专题推介。"), {"敦煌", "深圳"}),
    # 中小 (中小型) and 轻纺 (轻工纺织): abbreviations the dictionary counts often, no trade names
    ("Organization", "某县人民政府工作报告",
     ("加快实施病险水库除险加固、中小河流综合治理等重点水利工程。", "智能机械与轻纺小园区配套工程全部完工。"), {"中小", "轻纺"}),
    # a common word ending in 局 is no office
    ("Organization", "永康市人民政府工作报告", ("一年来,面对外部环境的百年未有之大变局,面对艰巨繁重的改革发展任务。",), {"大变局"}),
    # sectors listed as works are kinds of development, not the companies the works are called by
    ("Organization", "怀安县人民政府工作报告", ("加快特色农牧、文化旅游、农村电商等13个重大项目前期手续办理。",),
     {"特色农牧", "农村电商"}),
    # a kind of works by its type (…型) is no company's trade name
    ("Organization", "济南市槐荫区人民政府工作报告", ("中德住房储蓄银行济南分行等一批总部型、创新型项目落户。",),
     {"创新型", "总部型"}),
])
def test_words_that_name_no_such_thing(tmp_path, kind, head, lines, wrong):
    assert not wrong & found(tmp_path, kind, head, *lines)


def test_a_place_beside_an_expo_it_does_not_open_is_still_a_place(tmp_path):
    places = found(tmp_path, "Place", "甘肃省人民政府工作报告", "在敦煌成功举办文博会,游客人数大幅增长。")
    assert "敦煌" in places


def test_a_port_inside_a_works_name_is_no_company(tmp_path):
    # 竹埠港 ends in a port's head: the place the works is named after, not its company
    orgs = found(tmp_path, "Organization", "湖南省人民政府工作报告",
                 "创造了长沙后湖综合治理、株洲清水塘和湘潭竹埠港工业污染治理等范本。")
    assert "竹埠港" not in orgs


def test_a_trade_name_inside_a_works_name_is_still_a_company(tmp_path):
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "咸和航天机械零部件项目建成投产。")
    assert "咸和" in orgs


def test_a_list_of_regions_before_their_companies_names_no_company(tmp_path):
    mentions = report_mentions(tmp_path, "明光市人民政府工作报告",
                               "密切关注并研判长三角、珠三角、京津冀等发达地区企业外迁动向。")
    orgs = names_of(mentions, "Organization")
    places = names_of(mentions, "Place")
    assert not {"京津冀", "珠三角", "长三角", "研判长三角"} & orgs
    assert {"京津冀", "珠三角", "长三角"} <= places


def test_a_list_of_companies_before_enterprises_is_still_companies(tmp_path):
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "新诚服饰、花神丝绸、联宝维美地毯等企业加快发展。")
    assert {"新诚服饰", "花神丝绸", "联宝维美地毯"} <= orgs


def test_a_feature_cut_in_two_replaces_its_word_another_rule_took(tmp_path):
    # jieba reads 东|龙山: word_toponyms took 龙山 before the nested rule could take 东龙山
    places = found(tmp_path, "Place", "商洛市人民政府工作报告",
                   "南秦河生态公园、东龙山公园、九鱼公园等一批休闲健身公园建成开放。")
    assert "东龙山" in places and "龙山" not in places


def test_a_verb_before_a_known_region_is_no_part_of_its_name(tmp_path):
    places = found(tmp_path, "Place", "玉林市人民政府工作报告", "环北部湾广西水资源配置工程、龙云灌区加快建设。")
    assert "北部湾" in places and "环北部湾" not in places


def test_an_interchange_names_the_place_it_serves(tmp_path):
    # 排湖 and 木东 are words jieba puts together and does not know: the interchange names them
    places = found(tmp_path, "Place", "仙桃市人民政府工作报告", "仙桃港开港通航,沪渝高速排湖互通建成通车。",
                   "开工建设木东互通连接线。")
    assert {"排湖", "木东"} <= places


def test_a_common_word_before_an_interchange_names_no_place(tmp_path):
    places = found(tmp_path, "Place", "某县人民政府工作报告", "推进基础设施互联互通,完善枢纽互通立交。")
    assert not {"互联", "枢纽"} & places


def test_a_region_after_a_companys_name_marks_its_branch(tmp_path):
    # 中国化学 (a known company) + 长三角 + 科创中心: the region is where the centre is
    places = found(tmp_path, "Place", "宁波市人民政府工作报告", "加快建设中国化学长三角科创中心、甬江实验室。")
    assert "长三角" in places



def test_a_rare_abbreviation_opening_a_works_is_still_its_company(tmp_path):
    orgs = found(tmp_path, "Organization", "海拉尔区人民政府工作报告", "西航大元文化城、西航悦海酒店等项目投入使用。")
    assert "西航" in orgs


def test_short_bare_names_of_a_works_list_are_still_its_companies(tmp_path):
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "国碳纳米、恒一锂能等新能源项目19个加快建设。")
    assert {"国碳纳米", "恒一锂能"} <= orgs
