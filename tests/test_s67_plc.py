"""Session 67, places missed and places wrongly taken in city, district and county reports: 受/遭 before a
place are verbs of their own (place_front_not_characters.txt), no first character of its name; a division
of three characters or more is no piece of a set phrase with the lone character after it ("考察内蒙古|时",
not 古时); a place right before a hosting verb (event_venue_verbs.txt: 召开, 举行) is the event's venue, not a
word of its name; Henan's county platforms named by their kind (产业集聚区, 商务中心区, 特色商业区) opening a
clause of a local report are its own zones (place_own_zone_kinds.txt, ANNOTATION rule 11); a town's short
form opening the name of an old walled quarter or a peninsula found whole is a piece of that name
(place_fragment_quarter_heads.txt: 古城, 半岛). Sentences written in the genre's wording."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_mentions, review_names

CITY = "某市人民政府工作报告"
COUNTY = "某县人民政府工作报告"


def places(tmp_path: Path, sentence: str, title: str = COUNTY) -> set[str]:
    return review_names(tmp_path, "Place", sentence, title)


def test_a_place_after_a_verb_of_being_affected_keeps_its_own_name(tmp_path: Path):
    found = places(tmp_path, "受河西走廊多地新能源集中并网影响,全市电力外送受限。", CITY)
    assert "河西走廊" in found and "受河西走廊" not in found


def test_a_basin_after_a_verb_of_being_affected_is_the_basin(tmp_path: Path):
    found = places(tmp_path, "受长江流域持续干旱影响,全市水电发电量下降。", CITY)
    assert "长江流域" in found and "受长江流域" not in found


def test_a_province_before_a_lone_character_of_time_is_still_the_place(tmp_path: Path):
    assert "内蒙古" in places(tmp_path, "认真贯彻习近平总书记考察内蒙古时的重要讲话精神。")


def test_a_two_character_short_form_cut_from_a_set_phrase_is_still_no_place(tmp_path: Path):
    # near-miss: 惠民 (惠民县) is the verb of the set phrase 惠民生
    assert "惠民" not in places(tmp_path, "坚持稳增长、惠民生、防风险,经济运行总体平稳。")


def test_cities_before_a_hosting_verb_are_the_venues_of_the_event(tmp_path: Path):
    assert {"广州", "深圳"} <= places(tmp_path, "先后在广州、深圳召开招商推介会,签约项目20个。")
    assert "杭州" in places(tmp_path, "在杭州举行文旅推介会。")


def test_a_city_opening_an_events_name_is_still_no_place(tmp_path: Path):
    # near-miss: no hosting verb between the city and the event's head
    assert "深圳" not in places(tmp_path, "深圳招商推介会签约项目20个。")


def test_henan_county_platforms_named_by_their_kind_are_the_reports_own_zones(tmp_path: Path):
    found = places(tmp_path, "特色商业区晋升为省级二星级服务业“两区”,产业集聚区实现主营业务收入300亿元。",
                   "滑县人民政府工作报告")
    assert {"特色商业区", "产业集聚区"} <= found


def test_a_platform_kind_not_opening_a_clause_or_in_a_province_report_is_no_place(tmp_path: Path):
    # near-misses: the kinds as objects of a verb, and a province's report, where the kind is every such zone
    assert not {"特色商业区", "商务中心区"} & places(tmp_path, "加快建设特色商业区和商务中心区。", "滑县人民政府工作报告")
    assert "产业集聚区" not in places(tmp_path, "产业集聚区实现主营业务收入3000亿元。", "某省人民政府工作报告")


def test_a_towns_short_form_opening_a_peninsulas_name_is_a_piece_of_the_name(tmp_path: Path):
    found = places(tmp_path, "加快溪南半岛旅游开发,溪南镇集镇改造完成。", "霞浦县人民政府工作报告")
    assert "溪南半岛" in found and "溪南" not in found
    # near-miss: the town written in full stays
    assert "溪南镇" in found


def test_a_conjunction_before_the_own_levels_congress_is_no_far_county(tmp_path: Path):
    # an excerpt titled without its county: no own province to tell the far county 和县 from a conjunction
    found = places(tmp_path, "在县委的坚强领导和县人大、县政协的监督支持下,全县经济平稳增长。", "政府工作报告")
    assert "和县" not in found


def test_a_far_county_named_with_its_city_is_still_the_place(tmp_path: Path):
    # near-miss: 县 opens no body after 和县 here
    assert "和县" in places(tmp_path, "与马鞍山市和县签订合作协议,共建产业园区。")


def test_the_stem_of_a_renewed_area_is_a_piece_of_its_name(tmp_path: Path):
    found = places(tmp_path, "推进李家坝片区征收,完成城中村改造300户。", CITY)
    assert "李家坝片区" in found and "李家坝" not in found


def test_a_city_naming_a_free_trade_zones_area_stays_a_place(tmp_path: Path):
    # near-miss: a division before 片区 (liaoning-2026) stays a place of its own (ANNOTATION rule 8)
    assert "沈阳" in places(tmp_path, "支持沈阳片区扩大保税维修业务。", "某省人民政府工作报告")


def test_cities_naming_a_trade_week_are_inside_the_events_name(tmp_path: Path):
    found = places(tmp_path, "成功举办杭州宁波经贸周等活动,签约项目12个。", CITY)
    assert not {"杭州", "宁波"} & found


def test_cities_visited_for_promotion_are_places(tmp_path: Path):
    # near-miss: no event's head after them
    assert {"杭州", "宁波"} <= places(tmp_path, "赴杭州、宁波开展招商活动,签约项目12个。", CITY)


def test_a_visit_verb_is_no_part_of_the_zone_or_works_visited(tmp_path: Path):
    mentions = review_mentions(tmp_path, "省委书记到我县调研苏州工业园区合作项目。", CITY)
    assert ("Place", "苏州工业园区") in {(m.type, m.text) for m in mentions}
    assert not any("调研" in m.text for m in mentions)
    # near-miss: the province visited stays a place of its own, the port visited another
    found = places(tmp_path, "习近平总书记亲临浙江考察宁波舟山港。", CITY)
    assert {"浙江", "宁波舟山港"} <= found and not any("考察" in p for p in found)


def test_a_local_reports_own_zone_after_a_preposition_is_the_zone(tmp_path: Path):
    assert "高新区" in places(tmp_path, "项目建设提速,与高新区园区共建成功破题。", "滕州市人民政府工作报告")


def test_a_zone_kind_after_its_level_is_still_a_designation(tmp_path: Path):
    # near-miss: a level word, not a preposition, before the kind: the designation obtained
    assert "高新区" not in places(tmp_path, "项目建设提速,成功创建省级高新区。", "滕州市人民政府工作报告")


def test_places_naming_a_provinces_week_abroad_are_inside_the_events_name(tmp_path: Path):
    # shandong-2026: "办好…港澳山东周、鲁台经贸合作洽谈会、新加坡山东周等活动"
    found = places(tmp_path, "办好港澳山东周、鲁台经贸合作洽谈会、新加坡山东周等活动。", "某省人民政府工作报告")
    assert not {"港澳", "新加坡"} & found


def test_a_week_counted_after_a_place_is_no_event(tmp_path: Path):
    # near-miss: 一周, a week's time, after the places visited
    assert {"深圳", "东莞"} <= places(tmp_path, "赴深圳、东莞开展招商,历时一周。", CITY)


def test_a_build_verb_before_a_plant_is_no_part_of_its_sites_name(tmp_path: Path):
    found = places(tmp_path, "完成新宾镇园区新建污水处理厂主体工程。", "新宾满族自治县人民政府工作报告")
    assert "园区新建" not in found and "新宾镇" in found


def test_a_plants_site_named_before_its_head_is_still_a_place(tmp_path: Path):
    # near-miss: the site's own name before the plant's head, no verb in it
    assert "北山" in places(tmp_path, "完成新宾镇北山污水处理厂主体工程。", "新宾满族自治县人民政府工作报告")
