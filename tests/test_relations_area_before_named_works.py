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


def test_a_park_opening_as_a_whole_does_not_hold_the_works_opened_after_it(tmp_path):
    # hailar-2015: the park opens (location.txt `progress`: 正式运营), then other works open; the gold of
    # hailar-2015 and hailar-2016-review does not put them in the park: no clause builds it
    sentence = "中俄蒙文化创意产业园正式运营，彼得国际酒店、国际皮草城投入使用。"
    got = review_located(tmp_path, sentence, "海拉尔区政府工作报告")
    assert not {("彼得国际酒店", "中俄蒙文化创意产业园"), ("国际皮草城", "中俄蒙文化创意产业园")} & got


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


def test_a_county_before_a_works_with_a_proper_name_locates_it(tmp_path):
    # a division written in full (a county, a city, a district) before a reservoir or a new town of
    # its own name is where the works is, as a town is (`_past_divisions_before_named_works`)
    sentence = "开工建设安吉县枫岭水库、德清县雷甸新城污水处理厂。"
    projects = review_projects(tmp_path, sentence, "湖州市政府工作报告")
    assert {"枫岭水库", "雷甸新城污水处理厂"} <= projects
    assert not any(p.startswith(("安吉县", "德清县")) for p in projects)
    assert ("枫岭水库", "安吉县") in review_located(tmp_path, sentence, "湖州市政府工作报告")


def test_a_town_before_a_named_substation_past_its_voltage_locates_it(tmp_path):
    # the station is named 枫岭 after its voltage; the sub-district before it says where it is
    sentence = "澄溪街道220千伏枫岭变电站投入运行。"
    projects = review_projects(tmp_path, sentence)
    assert "220千伏枫岭变电站" in projects and not any(p.startswith("澄溪街道") for p in projects)


def test_a_division_before_common_words_or_a_route_stays_in_the_name(tmp_path):
    # a station named after the town alone, a county's own institution, a town's park of a kind, a
    # route between towns and a hill named by its direction keep the division as written
    assert "澄溪镇110千伏变电站" in review_projects(tmp_path, "澄溪镇110千伏变电站建成投运。")
    assert "安吉县定岙镇现代农业产业园" in review_projects(tmp_path, "加快安吉县定岙镇现代农业产业园建设。")
    assert "安吉县北山生态供水工程" in review_projects(tmp_path, "推进安吉县北山生态供水工程。")
    assert "安吉县石溪乡至岙口镇公路" in review_projects(tmp_path, "安吉县石溪乡至岙口镇公路建成通车。")


def test_a_city_before_a_common_word_jieba_tags_as_a_place_stays_in_the_name(tmp_path):
    # jieba tags 城市 ns: the city's own metro line keeps its name as written
    assert "湖州市城市轨道交通1号线一期工程" in review_projects(tmp_path, "建成湖州市城市轨道交通1号线一期工程并开通运营。")


def test_a_county_opening_the_clause_is_no_trade_name_of_the_works(tmp_path):
    # the county that opens the clause is where the works is, not a trade name the subject's walk
    # takes back into the name (`_clause_subject_start`)
    for county in ("磐安县", "武义县"):
        sentence = f"防洪工程竣工，{county}枫岭水库除险加固工程全面完成。"
        assert "枫岭水库除险加固工程" in review_projects(tmp_path, sentence, "金华市政府工作报告")


def test_a_county_before_its_part_of_town_or_its_school_stays_in_the_name(tmp_path):
    # 城东 (the county town's east) and a key middle school (重点中学/nt) are the county's own
    projects = review_projects(tmp_path, "建成武义县城东污水处理厂和武义县重点中学迁建工程。")
    assert {"武义县城东污水处理厂", "武义县重点中学迁建工程"} <= projects
