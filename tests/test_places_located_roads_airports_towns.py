"""Places that unseen reports named and the rules missed (session 37): roads named as locations, an
airport named by its city and its site, a town written with another level's suffix or cut across by
jieba, a lake opening a scenic area's kind. Each sentence is real text (its source named) put in a
small report of the area it comes from, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_pairs

XIAOSHAN = "政府工作报告\n——2020年1月在杭州市萧山区第十六届人民代表大会第五次会议上"
GANZHOU = "政府工作报告\n——2020年1月在赣州市第五届人民代表大会第五次会议上"
NEIHUANG = "政府工作报告\n——2023年1月在内黄县第十五届人民代表大会第二次会议上"
SIYANG = "政府工作报告\n——2019年1月在泗阳县第十七届人民代表大会第四次会议上"


def mentions(tmp_path, head: str, *sentences: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, head, "各位代表：", "一、工作回顾", *sentences)


def test_a_road_named_by_its_class_and_code_after_along_is_a_place(tmp_path):
    # a county paper (2023-03-03): the county head walks along the national road; no works ends at 国道
    found = mentions(tmp_path, NEIHUANG, "刘海亮一行沿国道207边走边看，详细了解路域环境综合整治进展情况。")
    assert ("Place", "国道207") in found
    assert not any(t == "Project" and n.endswith("沿国道") for t, n in found)


def test_a_street_after_along_is_a_place_not_a_works(tmp_path):
    # a district report (last session's unseen misses): "沿风情大道" puts the buildings along the avenue
    found = mentions(tmp_path, XIAOSHAN, "沿风情大道布局一批总部楼宇。")
    assert ("Place", "风情大道") in found
    assert not any(t == "Project" and "风情大道" in n for t, n in found)


def test_an_expressway_bounding_a_plot_is_a_place(tmp_path):
    # the same report: "杭甬高速以南" is where the plot lies, not the expressway being built
    found = mentions(tmp_path, XIAOSHAN, "杭甬高速以南区块完成征迁。")
    assert ("Place", "杭甬高速") in found
    assert ("Project", "杭甬高速") not in found


def test_an_airport_named_by_its_city_and_site_before_its_enlargement_names_the_works(tmp_path):
    # 赣南日报 (2019-09-25): 黄金 is the site's name, a common word; the enlargement is the works, its
    # city and site the places; the airport in service is a place in the works' name too (session 58:
    # the gold of the 2026 plans of 湖南, 吉林, 浙江, "长沙机场改扩建工程", ANNOTATION rules 2 and 8)
    found = mentions(tmp_path, GANZHOU, "市委书记李炳军来到赣州经开区，就赣州黄金机场改扩建工程进行实地调研。")
    assert ("Place", "赣州黄金机场") in found
    assert ("Place", "赣州") in found
    assert ("Project", "赣州黄金机场改扩建工程") in found


def test_an_airport_being_moved_is_a_place_in_the_works_name(tmp_path):
    # 茂名 report (bbs.gdmm.com): the relocation is the works; the airport in service a place in its name
    # (session 58: "延吉机场迁建", jilin-2026 gold)
    found = mentions(tmp_path, "政府工作报告\n——2017年在茂名市第十二届人民代表大会第一次会议上",
                     "支持湛江粤西机场迁建工程推进前期工作。")
    assert ("Place", "湛江粤西机场") in found and ("Project", "湛江粤西机场迁建工程") in found


def test_a_town_written_with_its_former_level_is_the_town(tmp_path):
    # a gazetteer's list of 萧山区's towns (oson.ca): 宁围镇 has since become 宁围街道, as the table has it
    found = mentions(tmp_path, XIAOSHAN, "萧山区辖城厢街道、北干街道、蜀山街道、新塘街道；楼塔镇、河上镇、闻堰镇、宁围镇、新街镇。")
    assert ("Place", "宁围镇") in found


def test_a_town_jieba_cuts_across_is_read_before_a_city_across_it(tmp_path):
    # a Xiaoshan district sentence: jieba cuts 浦阳/镇江/东村; the area's own town 浦阳镇 and its village
    found = mentions(tmp_path, XIAOSHAN, "启动浦阳镇江东村美丽乡村精品村建设。")
    assert ("Place", "浦阳镇") in found and ("Place", "江东村") in found
    assert ("Place", "镇江") not in found


def test_a_plot_is_no_district_of_another_province(tmp_path):
    # Zhejiang reports name plots 区块: "市北区块" is no 市北区 (Qingdao)
    found = mentions(tmp_path, XIAOSHAN, "推进宁围街道市北区块开发。")
    assert ("Place", "市北区") not in found


def test_a_lake_opening_a_scenic_areas_kind_is_a_place(tmp_path):
    # siyang-2019 (a county report): jieba reads 成子湖 as one word, then 旅游/度假区
    found = mentions(tmp_path, SIYANG, "成子河公路大桥获评“李春奖”，成子湖旅游度假区入选省旅游重大项目库。")
    assert ("Place", "成子湖") in found


def test_villages_counted_with_what_they_are_made_are_places(tmp_path):
    # 沙洋县 report (guanchang.qwyd.net): the items before "等6个省级美丽宜居乡村" are villages
    found = mentions(tmp_path, "政府工作报告\n——2019年1月在沙洋县第十八届人民代表大会第三次会议上",
                     "抓好金台、唐垴、荆南、借粮湖等6个省级美丽宜居乡村和20个市级美丽宜居乡村建设。")
    assert {("Place", "金台"), ("Place", "唐垴"), ("Place", "借粮湖")} <= found


def test_a_numeral_opening_a_listed_toponym_is_part_of_it(tmp_path):
    # 阳新县 report (荆楚网, 2021): jieba cuts 七/峰山; the scenic area is 七峰山's, not 峰山's
    found = mentions(tmp_path, "政府工作报告\n——2021年11月在阳新县第十九届人民代表大会第一次会议上",
                     "开发建设网湖、半壁山古战场、七峰山旅游景区，确保洋港百洞峡等一批新景区投入运营。")
    assert not any(n.startswith("峰山") for t, n in found)
    assert ("Place", "七峰山旅游景区") in found


def test_initials_of_cities_before_a_national_designation_are_a_place(tmp_path):
    # fujian-2018 (a provincial report): 福州, 厦门, 泉州 by their first characters name the zone's area
    found = mentions(tmp_path, "政府工作报告\n——2018年1月在福建省第十三届人民代表大会第一次会议上",
                     "中国(福建)自由贸易试验区、平潭综合实验区、福州新区、福厦泉国家自主创新示范区等，进一步凸显了福建在全国发展大局中的地位和作用。")
    assert ("Place", "福厦泉") in found


def test_villages_listed_before_etc_and_their_count_keep_their_names(tmp_path):
    # a Fuyang district news item (baogao.com, 2019): 等 closes the list before its count, no "双江等"
    found = mentions(tmp_path, "政府工作报告\n——2020年1月在杭州市富阳区第十六届人民代表大会第五次会议上",
                     "区委副书记、区长吴玉凤来到新登镇，先后走访了双庙、五里桥、九儿、半山、南津、塔山、双江等七个行政村，开展走乡入村深化“三服务”调研。")
    assert ("Place", "双江") in found and ("Place", "双江等") not in found


def test_a_village_jieba_reads_as_a_common_word_after_its_town_is_a_place(tmp_path):
    # 东山 is a village of 萧山区 (the village table); jieba cuts 河上/镇东/山村, and 山村 (a mountain
    # village) is a common word: right after its town it ends the village's name (sentence written
    # around the real names, in the genre's words)
    found = mentions(tmp_path, XIAOSHAN, "河上镇东山村入选省级未来乡村。")
    assert ("Place", "东山村") in found


def test_a_railway_bounding_an_area_is_a_place(tmp_path):
    # 杭州网 (2018-06-20) on 钱江世纪城: "浙赣铁路以东7平方公里" is where the building goes on
    found = mentions(tmp_path, XIAOSHAN, "钱江世纪城城市建设将从12平方公里基本建成区，向亚运村3平方公里和浙赣铁路以东7平方公里范围全域全方位推进。")
    assert ("Place", "浙赣铁路") in found


def test_an_airport_or_station_inside_the_name_of_its_enlargement_is_no_place(tmp_path):
    # pools u42/u44 (hefei-2018, shaanxi-2016, baotou-2016, guizhou-2017): the works that enlarge a hub,
    # after an optional phase, or the interchange built at a station, hold the hub in their name; the
    # places the hub is named after stay places (ANNOTATION rule 8), the hub is none of its own
    found = mentions(tmp_path, "2018年合肥市人民政府工作报告", "推进合肥新桥国际机场二期工程前期工作。",
                     "加快西安咸阳国际机场三期扩建工程前期工作。", "开工建设包头机场改扩建工程。",
                     "建成沪昆高铁贵州段配套站房和贵阳北站综合交通枢纽。")
    # (an airport in service under 改扩建, 扩建 or 迁建 is a place in the works' name: session 58,
    # tests/test_place_airports_under_works.py)
    assert not {("Place", n) for n in ("合肥新桥国际机场", "贵阳北站")} & found
    assert {("Place", n) for n in ("合肥", "新桥", "咸阳", "贵阳")} <= found


def test_an_airport_whose_bare_phase_is_spoken_of_stays_a_place(tmp_path):
    # guangdong-2026 (seeds): "广州白云机场三期、深圳宝安机场第三跑道建成投用" annotates both airports
    found = mentions(tmp_path, "广东省2026年政府工作报告", "广州白云机场三期、深圳宝安机场第三跑道建成投用。")
    assert {("Place", "广州白云机场"), ("Place", "深圳宝安机场")} <= found


def test_a_port_named_after_its_town_stays_a_place_in_its_works_name(tmp_path):
    # pool u46 (yongchuan-2022) and guangdong-2026 ("南沙港五期"): a port's phase of works leaves the
    # port a place, unlike an airport's enlargement
    found = mentions(tmp_path, "2022年重庆市永川区人民政府工作报告", "开工建设永川港区朱沱港二期工程。")
    assert ("Place", "朱沱港") in found
