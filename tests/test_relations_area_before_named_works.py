"""A town or a park written before a works that has a proper name of its own is where the works is,
not part of its name (kg/extract/projects.py `_past_area_before_named_works`; ANNOTATION, Relations:
"河上镇凤凰坞生态旅游区" is linked to the town). Real sentences of the samples and Hailar."""
from __future__ import annotations

from tests.conftest import review_located, review_projects


def test_a_scenic_area_before_a_named_park_locates_it(tmp_path):
    # qianjiang-2019: the water park is named 毕兹卡水乐园; 濯水景区 is where it is
    # (in the district's report, where 濯水 is known as one of its towns)
    sentence, head = "濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统投用。", "重庆市黔江区政府工作报告"
    assert "毕兹卡水乐园" in review_projects(tmp_path, sentence, head)
    assert ("毕兹卡水乐园", "濯水景区") in review_located(tmp_path, sentence, head)


def test_an_area_named_by_its_direction_alone_stays_in_the_name(tmp_path):
    # a park called by the part of the county it lies in (no place found before it) keeps its works'
    # name whole (tests/test_orgs_trade_name_aliases.py: "城北园区湖南康泰源项目")
    assert "城北园区湖南康泰源项目" in review_projects(tmp_path, "城北园区湖南康泰源项目年内开工。", "临江县政府工作报告")


def test_a_zone_before_a_park_named_after_a_place_locates_it(tmp_path):
    # hailar-2016: the food park is in the economic and technological development zone
    sentence = "立足呼伦贝尔经济技术开发区海拉尔食品产业园建设，加大招商引资力度，年内实现5家以上企业入驻。"
    projects = review_projects(tmp_path, sentence)
    assert "海拉尔食品产业园" in projects and "呼伦贝尔经济技术开发区" not in projects
    assert ("海拉尔食品产业园", "呼伦贝尔经济技术开发区") in review_located(tmp_path, sentence, "海拉尔区政府工作报告")


def test_an_area_before_common_words_stays_in_the_name(tmp_path):
    # hailar-2012, hailar-2016: common words after the town or park are the works' own kind
    assert "哈克镇农村敬老院" in review_projects(tmp_path, "哈克镇农村敬老院投入使用。")
    assert "中俄蒙国际物流园区路网续建工程" in review_projects(
        tmp_path, "中俄蒙国际物流园区路网续建工程和配套设施工程基本完工。")


def test_a_divisions_zone_its_clause_develops_is_in_the_division(tmp_path):
    # lujiang-2022 (pool u37): the county's high-tech zone expanded westwards is works being developed
    # (ANNOTATION rule 3: built or developed → Project), so it is in the county it is named after
    sentence = "做大做强发展平台，高起点推动合庐产业新城建设，稳步推进庐江高新区西向扩容，庐江化工园成功获批省化工园区。"
    assert ("庐江高新区", "庐江县") in review_located(tmp_path, sentence, "庐江县政府工作报告")


def test_a_divisions_zone_only_supported_stays_a_place_of_it(tmp_path):
    # hailar-2013: a zone the district supports is no works it builds there (the division's own zone)
    sentence = "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区，协助做好招商引资和项目入驻。"
    assert not any(p == "呼伦贝尔经济技术开发区" for p, _ in review_located(tmp_path, sentence, "海拉尔区政府工作报告"))


def test_a_town_opening_a_list_of_works_holds_them_all(tmp_path):
    # hailar-2012: the town written with its kind opens the first works' name; the list is its works
    # (as an area's is: `_area_list_relations`), none of the later items naming a place of its own
    sentence = "大力推进哈克镇现代化养殖基地、和牛养殖基地等项目，实施建设办养殖园区、5万只现代化养鸡场等项目。"
    got = review_located(tmp_path, sentence, "海拉尔区政府工作报告")
    assert {("哈克镇现代化养殖基地", "哈克镇"), ("和牛养殖基地", "哈克镇")} <= got


def test_a_park_opening_as_a_whole_holds_the_works_opened_with_it(tmp_path):
    # hailar-2015: the park opens, then the works put in it open (location.txt `progress`: 正式运营);
    # the park's works found at one span by two rules is still the clause's one works
    sentence = "中俄蒙文化创意产业园正式运营，彼得国际酒店、国际皮草城投入使用。"
    got = review_located(tmp_path, sentence, "海拉尔区政府工作报告")
    assert {("彼得国际酒店", "中俄蒙文化创意产业园"), ("国际皮草城", "中俄蒙文化创意产业园")} <= got


def test_a_province_and_a_trade_name_alone_name_a_company_not_where_its_works_are(tmp_path):
    # lujiang-2022 (pool u37): "安徽佑顺" is a company listed as its works, registered in the province
    # (企业名称登记管理规定: 行政区划 + 字号), not works in 安徽
    sentence = "全年新签约项目69个，协议投资总额831亿元，赛纬电子、安徽佑顺等新签约项目扎实推进。"
    assert not any(p == "安徽佑顺" for p, _ in review_located(tmp_path, sentence, "庐江县政府工作报告"))


def test_the_zones_of_a_list_its_words_develop_are_in_their_divisions(tmp_path):
    # changchun-2019 and hefei-2018 (pool u42): a list of divisions' zones shares the words that
    # develop them all (place_zone_building_words.txt `developed`), so each is works in its division
    # (ANNOTATION rule 3); "九台经济" is no place of its own (the kind's 经济 left on the stem)
    got = review_located(tmp_path, "加快九台经济开发区、德惠经济开发区提档升级，支持皓月集团扩能改造。", "长春市政府工作报告")
    assert {("九台经济开发区", "九台区"), ("德惠经济开发区", "德惠市")} <= got
    got = review_located(tmp_path, "加快合肥高新区、合肥经开区、合肥新站高新区转型升级。", "合肥市政府工作报告")
    assert {("合肥高新区", "合肥市"), ("合肥经开区", "合肥市")} <= got


def test_works_named_after_a_divisions_zone_are_in_the_division_too(tmp_path):
    # kunshan-2013 (pool u42): the park opens with the city's development zone, which lies in the city:
    # the works are in the zone and in the city its name opens with (ANNOTATION rule 8)
    sentence = "推进昆山开发区光电产业园、昆山高新区小核酸产业基地、花桥经济开发区国际商务城、昆山综合保税区建设。"
    got = review_located(tmp_path, sentence, "昆山市政府工作报告")
    assert ("昆山开发区光电产业园", "昆山市") in got


def test_a_town_opening_a_later_item_of_a_list_holds_that_item_alone(tmp_path):
    # liuyang-2023 (pool u42): the town opens the list's second item; the third, a park of the city's
    # own, is not in the town (the first item's area holds the list: hailar-2012, test above)
    sentence = "加快湘赣边区域合作示范区浏阳片区、大围山镇生态旅游产业园、花炮产业园建设。"
    got = review_located(tmp_path, sentence, "浏阳市政府工作报告")
    assert ("大围山镇生态旅游产业园", "大围山镇") in got
    assert not any(p == "花炮产业园" for p, _ in got)
