"""Places of real district and province reports read with their bounds (session 57, plc): a town's
name does not open inside a verb ("提高城乡" holds no 高城乡, kg.extract.places _opens_inside_a_verb);
a compound's stem is no verb the tagger read as a noun (根治小区: place_stem_opening_verbs.txt), no
quarter's head before a community service (东山组团社区卫生服务中心: the quarter 东山组团), and takes
a landmark it is named after whole (东方明珠小区); a world city right after its country is a place
though a noun follows (蒙古国乌兰巴托定期航线); a village whose short name is a common word is a
place written with its head as one word (团结村), a locality named after a station before a works
(黑羊站水厂: kg.extract.genre extract_station_localities); a hill's name opening a works found is a place
(北山高寒蔬菜基地); a town's office (街道|办事处) opens no place after it, nor a kind of site inside
a named area (纪念园|抗战遗址: kg.extract.genre _named_area_before_a_kind). No places: the river
chiefs' patrol (巡河), a policy's kinds of area (资源型地区, 跨省流域, 嵌入式社区, 城郊村), a field of
flowers (花海), a rural road's 农村 after a line's stop (海—宝农村公路), a place naming an incident
(秦岭别墅事件) and listed directions (东北、西北、西南、东南四个片区). Sentences from the design
reports (海拉尔区 2017 and 2019, 山西省, 四川省, 甘肃省, 河南省 2026)."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import assert_found, review_names

HAILAR = "2019年呼伦贝尔市海拉尔区人民政府工作报告"
SHANXI = "2026年山西省人民政府工作报告"
SICHUAN = "2026年四川省人民政府工作报告"
GANSU = "2026年甘肃省人民政府工作报告"
HENAN = "2026年河南省人民政府工作报告"


def _places(tmp_path: Path, sentence: str, title: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, title)


def test_a_town_does_not_open_inside_a_verb(tmp_path):
    assert_found(_places(tmp_path, "加快农业农村现代化，提高城乡区域协调发展水平。", SHANXI), (), {"高城乡"})
    assert_found(_places(tmp_path, "强化县域产业集聚和县城功能提升，稳步提高城镇化水平。", SICHUAN), (), {"高城镇"})


def test_a_verb_read_as_a_noun_opens_no_compound(tmp_path):
    found = _places(tmp_path, "采取业主自管、社区帮管、托管等多种措施,根治小区物业弃管问题,实现小区物业管理全覆盖。", HAILAR)
    assert_found(found, (), {"根治小区"})


def test_a_quarters_community_service_is_the_quarters(tmp_path):
    found = _places(tmp_path, "加快疾控中心、东山组团社区卫生服务中心和妇幼保健计划生育服务中心合建项目进度。", HAILAR)
    assert_found(found, {"东山组团"}, {"东山组团社区"})


def test_a_compound_named_after_a_landmark_is_named_whole(tmp_path):
    found = _places(tmp_path, "龙运华府小区、东方明珠小区2条棚改配套道路完成投资2840万元。", HAILAR)
    assert_found(found, {"龙运华府小区", "东方明珠小区"}, {"东方明珠"})


def test_a_world_city_after_its_country_is_a_place(tmp_path):
    found = _places(tmp_path, "海拉尔至俄罗斯赤塔、蒙古国乌兰巴托定期航线运行稳定。", HAILAR)
    assert_found(found, {"赤塔", "蒙古国", "乌兰巴托"}, ())


def test_a_village_of_a_common_word_written_with_its_head(tmp_path):
    found = _places(tmp_path, "加快奋斗镇田园综合体建设,推进团结村肉牛养殖等项目建设。", HAILAR)
    assert_found(found, {"团结村"}, ())


def test_a_hill_opening_a_works_found_is_a_place(tmp_path):
    found = _places(tmp_path, "推进奋斗农业发展园区、北山高寒蔬菜基地提质增效。", HAILAR)
    assert_found(found, {"北山"}, ())


def test_a_towns_office_opens_no_place_after_it(tmp_path):
    found = _places(tmp_path, "扩大建设街道办事处北山农业园区发展规模。", HAILAR)
    assert_found(found, {"北山农业园区"}, {"办事处北山农业园区"})


def test_patrolling_a_river_and_kinds_of_area_are_no_places(tmp_path):
    assert_found(_places(tmp_path, "加大海拉尔河流域巡河整治工作力度。", HAILAR), {"海拉尔河"}, {"巡河"})
    found = _places(tmp_path, "推动革命老区振兴发展、资源型地区转型发展。加强跨省流域水污染联防联控。", GANSU)
    assert_found(found, (), {"资源型", "资源型地区", "跨省流域"})
    assert_found(_places(tmp_path, "发展嵌入式社区养老、农村居家养老。", HENAN), (), {"嵌入式社区"})


def test_a_rural_road_between_two_short_forms_makes_no_village(tmp_path):
    found = _places(tmp_path, "投资2599万元的海—宝农村公路通车,城乡路网结构进一步优化。", HAILAR)
    assert_found(found, (), {"宝农村"})


def test_a_place_naming_an_incident_is_no_place(tmp_path):
    found = _places(tmp_path, "要深刻汲取秦岭别墅事件教训,不折不扣抓好“大棚房”清理整治。", HAILAR)
    assert_found(found, (), {"秦岭"})


def test_listed_directions_are_no_regions(tmp_path):
    found = _places(tmp_path, "以交通互联、产业共兴为重点,推动东北、西北、西南、东南四个片区内城市共同发展。", HENAN)
    assert_found(found, (), {"东北", "西北", "西南", "东南"})
    found = _places(tmp_path, "我省成为全国第11个、东北首个获批的创新型省份。", "2026年吉林省人民政府工作报告")
    assert_found(found, {"东北"}, ())


def test_suburban_villages_and_a_field_of_flowers_are_no_places(tmp_path):
    found = _places(tmp_path, "发展旅游、物流、奶业、蔬菜等特色产业,提升城郊村服务城市发展功能。", HAILAR)
    assert_found(found, (), {"城郊村"})
    found = _places(tmp_path, "重点实施海拉尔西山保护区湿地保护、东山花海等工程。", HAILAR)
    assert_found(found, {"东山"}, {"花海"})


def test_a_named_area_before_a_kind_of_site_in_it_closes_the_name(tmp_path):
    found = _places(tmp_path, "世界反法西斯战争海拉尔纪念园抗战遗址设施工程进展顺利,呼伦贝尔副都统衙门景区实现公司化运营。", HAILAR)
    assert_found(found, {"世界反法西斯战争海拉尔纪念园"}, {"世界反法西斯战争海拉尔纪念园抗战遗址"})


def test_a_locality_named_after_a_station_opening_a_works(tmp_path):
    assert_found(_places(tmp_path, "完成红花尔基水源地一二级保护区工程建设,黑羊站水厂实现水源切换。", HAILAR), {"黑羊站"}, ())
    assert_found(_places(tmp_path, "黑羊站水厂扩建项目投入使用,供水水质进一步提高。", HAILAR), {"黑羊站"}, ())
