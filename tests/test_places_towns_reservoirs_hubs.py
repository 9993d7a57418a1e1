"""Places named inside the names of institutions and facilities: a town before its health centre, a reservoir
before works that draw on it, a hub's site between its city and its head."""
from __future__ import annotations

from tests.conftest import report_names, shared_file
from kg.pipeline import build


def _places(name: str) -> dict[str, set[str]]:
    """Each place of a Hailar report, by its name, with the texts of its mentions."""
    g = build(shared_file("corpus", "hailar", name)).report
    return {e.name: {m.text for m in e.mentions} for e in g.entities.values() if e.type == "Place"}


def test_a_community_health_centre_is_named_after_its_sub_district():
    # hailar-2012: "新建的区人民医院、呼伦、靠山、建设社区卫生服务中心相继投入使用,靠山社区卫生服务中心获得…"
    # hailar-2014: "哈克卫生院综合门诊部、健康社区卫生服务中心投入使用,胜利社区卫生服务中心被授予…":
    # a 社区卫生服务中心 serves a sub-district (街道), whose short form may be a common word
    y2012, y2014 = _places("hailar-2012.txt"), _places("hailar-2014.txt")
    assert {"靠山街道", "建设街道"} <= y2012.keys() and "靠山" in y2012["靠山街道"]
    assert {"健康街道", "胜利街道"} <= y2014.keys() and "健康" in y2014["健康街道"]
    assert "靠山社区" not in y2012 and "健康社区" not in y2014  # no community of that name is meant


def test_works_a_reservoir_draws_on_are_at_the_place_it_is_named_after(tmp_path):
    # a Xinhua report on 2024's water works: "开工建设了江西峡江灌区、湖南梅山灌区、河南故县水库灌区等大型
    # 灌区工程": the irrigation district is the works, at the place the reservoir it draws on is named
    # after (故县; place_reservoir_use_works.txt: the design reports annotate the stem, 9 of 13, as
    # guangdong-2026 does 长潭 in "长潭水库扩建"); qianjiang-2019: a reservoir being built is the works itself
    found = report_names(tmp_path, "Place", "2024年洛阳市政府工作报告",
                         "开工建设了江西峡江灌区、湖南梅山灌区、河南故县水库灌区等大型灌区工程。",
                         "罗家堡水库、瓦窑堡水库加快建设，阿蓬江防洪治理二期工程开工。")
    assert "故县" in found
    assert not {"故县水库", "罗家堡水库", "瓦窑堡水库"} & found


def test_the_name_of_a_hub_after_its_city_is_a_place(tmp_path):
    # a 2022 news report: "济南遥墙机场二期改扩建工程建设推进会在遥墙国际机场举行": 遥墙 (a common noun to
    # jieba) names the airport's own site between the city and the head (ANNOTATION rule 8), inside
    # the hub the report names as a place too
    found = report_names(tmp_path, "Place", "2022年山东省政府工作报告", "推进济南遥墙机场二期改扩建工程。")
    assert {"济南", "遥墙"} <= found


def test_a_national_parks_name_is_the_place_before_its_grade(tmp_path):
    # a 2019 news report from Dunhuang: "雅丹国家地质公园开放及售检票时间由6:30—19:00调整为7:00—18:00":
    # 国家 is the park's grade (place_area_levels.txt), 雅丹 the place it is named after; a county
    # before the name makes no place of both ("合川三江国家湿地公园", a 2023 report from Chongqing)
    found = report_names(tmp_path, "Place", "2019年敦煌市政府工作报告", "雅丹国家地质公园开放及售检票时间调整。")
    assert "雅丹" in found and "雅丹国家" not in found
    found = report_names(tmp_path, "Place", "2023年重庆市政府工作报告", "合川三江国家湿地公园、綦江通惠河国家湿地公园正式挂牌。")
    assert "合川" in found and "合川三江" not in found


def test_a_banners_customary_contraction_names_it_in_its_region():
    # division_customary_names.tsv: Inner Mongolia's banners by the contractions its documents use;
    # a county's short form, it is the banner in a report of the region only (find_division)
    from kg import lexicons

    assert lexicons.find_division("土右旗", "15").name == "土默特右旗"
    assert lexicons.find_division("达茂旗", "15").name == "达尔罕茂明安联合旗"
    assert lexicons.find_division("达茂旗", "11") is None


def test_an_airport_or_port_built_is_the_works_not_a_place(tmp_path):
    # 2017年贵州省政府工作报告 and 2021年山东省政府工作报告 (pool u42; so also chifeng-2021's "林西机场、宁城机场建成
    # 通航" in u47): the hub the sentence builds is the project alone, its place the one it is named
    # after (威宁, 日照: ANNOTATION rule 8; place_hub_works_heads.txt)
    found = report_names(tmp_path, "Place", "2021年山东省人民政府工作报告",
                         "开工建设威宁机场、仁怀机场、盘州机场，加快乌江航道扩能和都柳江航电枢纽建设。",
                         "建成青岛胶东国际机场并顺利转场运营，加快日照港、烟台港、青岛港董家口港区建设。")
    assert {"威宁", "仁怀", "日照"} <= found
    assert not {"威宁机场", "仁怀机场", "盘州机场", "青岛胶东国际机场", "日照港", "烟台港"} & found
    # guangdong-2026: a hub whose phase or runway is the works stands there, a place
    found = report_names(tmp_path, "Place", "2026年广东省政府工作报告", "广州白云机场三期、深圳宝安机场第三跑道建成投用。")
    assert {"广州白云机场", "深圳宝安机场"} <= found


def test_a_quarter_by_its_kind_after_a_place_is_that_places_not_one_of_its_own(tmp_path):
    # 2013年天津市滨海新区政府工作报告 and 2020年余杭区政府工作报告 (pool u44; so 2020年德清县's "完成武康老城区、
    # 千秋街区改造" in u47): the old quarter of the place before it is no place by the kind alone
    found = report_names(tmp_path, "Place", "2013年天津市滨海新区人民政府工作报告",
                         "实施塘沽、汉沽、大港老城区改造提升，完成新港地区、北塘地区棚户区改造。")
    assert {"塘沽", "汉沽", "大港"} <= found and "老城区" not in found
    found = report_names(tmp_path, "Place", "2020年杭州市余杭区人民政府工作报告", "完成临平老城区有机更新和塘栖古镇二期改造。")
    assert "临平" in found and "老城区" not in found
    # changxing-2012 (pool u44): the report's own old quarter, named alone, is one
    assert "老城区" in report_names(tmp_path, "Place", "2012年长兴县人民政府工作报告", "完成老城区雨污分流改造30公里。")


def test_a_named_piece_of_a_historic_sites_name_is_no_place_of_its_own(tmp_path):
    # 2020年余杭区政府工作报告 and 2020年洛阳市政府工作报告 (pools u44, u42): the site is named whole
    # (良渚古城遗址, 汉魏洛阳故城遗址), not also by the shorter name a head closes inside it
    found = report_names(tmp_path, "Place", "2020年杭州市余杭区人民政府工作报告", "推进良渚古城遗址保护和良渚遗址公园建设。")
    assert "良渚古城遗址" in found and "良渚古城" not in found
    found = report_names(tmp_path, "Place", "2020年洛阳市人民政府工作报告",
                         "加快隋唐洛阳城国家遗址公园、二里头夏都遗址博物馆、汉魏洛阳故城遗址保护展示工程建设。")
    assert "洛阳故城遗址" not in found
