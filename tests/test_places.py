"""Place rules on real sentences of the sample reports (the report is named in each test): what is
found and what is not. Each sentence is put in a small report of the same area, so the rule under
test is the one that decides."""
from __future__ import annotations

from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source
from kg.pipeline import build, predictions
from kg.resolve.entities import build_graph, place_key
from tests.conftest import names_of, report_names

QIANJIANG = "2019年重庆市黔江区政府工作报告"
YIXIAN = "易县人民政府县长在易县第十六届人民代表大会第四次会议上的政府工作报告"
GUANGDONG = "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上"
HAILAR = "2013年呼伦贝尔市海拉尔区政府工作报告"
NATIONAL = "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上"


def places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2018年工作回顾", *sentences)


def test_report_area_from_a_title_broken_over_lines(tmp_path):
    # guangdong-2026: the area is split between two lines of the title block
    path = tmp_path / "r.txt"
    path.write_text(GUANGDONG + "\n广东省省长 孟凡利\n各位代表：\n一、2025年工作回顾\n地区生产总值增长3.9%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).area == "广东省"


def test_world_regions_and_countries(tmp_path):
    # guangdong-2026 and national-2017
    found = places(tmp_path, GUANGDONG, "全力巩固欧美日韩等传统市场，加大力度开拓东盟、中东、非洲、中亚等新兴市场。")
    assert {"东盟", "中东", "非洲", "中亚"} <= found
    found = places(tmp_path, NATIONAL, "中国作为负责任大国，在国际和地区事务中发挥了建设性作用。",
                   "习近平主席出访多国，同俄罗斯、哈萨克斯坦深化合作。")
    assert {"中国", "俄罗斯", "哈萨克斯坦"} <= found


def test_places_inside_events_titles_and_slogans_are_not_places(tmp_path):
    # national-2017, qianjiang-2019 (ANNOTATION rules 1 and 8)
    found = places(tmp_path, NATIONAL, "推动《巴黎协定》生效。", "成功举办澜沧江-湄公河合作首次领导人会议。",
                   "深化平安中国建设。", "坚持一个中国原则，维护“九二共识”共同政治基础。")
    assert not {"巴黎", "澜沧江", "湄公河", "中国"} & found
    found = places(tmp_path, QIANJIANG, "争取亚洲国际青少年电影展映活动落户黔江。",
                   "荣膺“中国最美休闲度假胜地”称号。", "持续打造中国“最美山马赛道”。")
    assert "黔江" in found
    assert not {"亚洲", "中国", "马赛"} & found


def test_macro_regions_and_landforms(tmp_path):
    # national-2017, guangdong-2026, qianjiang-2019
    found = places(tmp_path, NATIONAL, "实施新一轮东北振兴战略，推动中部地区崛起，支持东部地区率先发展。",
                   "去年部分地区特别是长江流域发生严重洪涝等灾害。", "要推动内地与港澳深化合作。")
    assert {"东北", "中部地区", "东部地区", "长江", "内地", "港澳"} <= found
    found = places(tmp_path, GUANGDONG, "推动粤东粤西粤北地区深度融湾发展。", "推进岭南文化创造性转化。")
    assert {"粤东", "粤西", "粤北", "岭南"} <= found
    assert "粤北地区" not in found  # the region is named; 地区 adds nothing
    # "建成渝东南…": a region is a word of the sentence, not "成渝" across 建成/渝东南
    found = places(tmp_path, QIANJIANG, "建成渝东南气象防灾减灾中心，提升防灾救灾减灾能力。")
    assert "渝东南" in found and "成渝" not in found


def test_place_names_that_open_facility_names(tmp_path):
    # ANNOTATION rule 8 — qianjiang-2019
    found = places(tmp_path, QIANJIANG, "罗家堡水库、瓦窑堡水库加快建设。",
                   "投用官坝人行天桥，完成阳光花园至官坝公园至马石角道路改造。", "整体搬迁白家湾市场。")
    assert {"罗家堡", "瓦窑堡", "官坝", "白家湾", "阳光花园", "马石角"} <= found
    # guangdong-2026: reservoirs, a bay before a plaza, rivers listed side by side
    found = places(tmp_path, GUANGDONG, "推进环北部湾广东水资源配置一期、二期和黄茅峡水库、长潭水库扩建等工程建设。",
                   "建成珠三角水资源配置工程、韩江榕江练江水系连通工程。", "建成深圳湾文化广场。")
    assert {"北部湾", "黄茅峡", "长潭", "珠三角", "韩江", "榕江", "练江", "深圳湾"} <= found
    assert not {"韩江榕江", "榕江练江"} & found
    # yixian-2019: a town's short form inside a facility name is the town
    found = places(tmp_path, YIXIAN, "实施商贸综合体、易州酒店、西关110千伏变电站项目。",
                   "生物质热电联产、良岗风电场等重点项目顺利推进。")
    assert {"易州", "西关", "良岗"} <= found


def test_a_place_after_another_is_cut_from_it(tmp_path):
    # qianjiang-2019: 正阳 (a sub-district) then 桐坪; a river then a monitoring section
    found = places(tmp_path, QIANJIANG, "投用正阳桐坪综合农贸市场。", "保持黔江河舟白渡断面Ⅳ类水质。")
    assert {"正阳", "桐坪", "黔江河", "舟白渡", "黔江河舟白渡断面"} <= found
    assert "正阳桐坪" not in found


def test_common_words_are_not_places(tmp_path):
    # national-2017, guangdong-2026
    found = places(tmp_path, NATIONAL, "确保零就业家庭至少有一人稳定就业。", "我们要咬定青山不放松。",
                   "中华民族大家庭必将更加幸福安康。", "构建亲清政商关系和和谐医患关系。")
    assert not found & {"家庭", "咬定青山", "安康", "政商关", "医患关"}
    found = places(tmp_path, GUANGDONG, "营造宾至如归的国际化环境。", "第一产业增加值提升至全国第二。",
                   "推动战略性新兴产业发展。", "推动综合保税区高质量发展。")
    assert not found & {"营造宾", "全国第二", "新兴", "保税区"}


def test_a_head_or_a_far_county_glued_to_another_word(tmp_path):
    # ../shared/corpus/hailar 2013 and 2012: 海 opens 海拉尔河; 平房 is part of 和平 + 房区
    found = places(tmp_path, HAILAR, "配合做好城北海拉尔河湿地项目。", "房地产开发项目和平房区改造开工面积达到400万平方米。",
                   "实施南沟河水体污染整治。")
    assert "海拉尔河" in found and "南沟河" in found
    assert not {"城北海", "平房区"} & found


def test_a_place_inside_an_organization_name_and_a_river_reach(tmp_path):
    # qianjiang-2019: 北京 after "·" in an organization's name; yixian-2019: a river's upper reach
    found = places(tmp_path, QIANJIANG, "充分利用两江新区、黔江·北京智库、东方龙商务等平台资源，强化以商招商。")
    assert {"两江新区", "北京"} <= found
    found = places(tmp_path, YIXIAN, "深入实施白洋淀上游流域综合整治。")
    assert {"白洋淀", "白洋淀上游流域"} <= found


def test_villages_of_the_county_by_short_name(tmp_path):
    # yixian-2019 (荆轲山村), qianjiang-2019 (两河社区): a village's short name opening a facility's
    # or a section's name is the village; alone, a village name that is a common word is not
    found = places(tmp_path, YIXIAN, "荆轲山小学主体完工。")
    assert "荆轲山" in found
    found = places(tmp_path, QIANJIANG, "阿蓬江两河断面水质保持在Ⅱ类以上。", "我们一心一意谋发展，互助合作。")
    assert {"阿蓬江", "两河", "阿蓬江两河断面"} <= found
    assert not {"一心", "互助"} & found


def test_around_and_route_ends_before_a_numbered_line(tmp_path):
    # guangdong-2026: 环 (around) is not part of the mountain's name; "五六线" ends a route's end
    found = places(tmp_path, GUANGDONG, "持续推进环南昆山—罗浮山县镇村高质量发展引领区建设。",
                   "推进佛穗莞城际、广州东至新塘五六线、狮子洋通道等建设。")
    assert {"南昆山", "罗浮山", "新塘"} <= found
    assert not {"环南昆山", "罗浮山县镇", "新塘五六"} & found


def test_zones_named_by_a_place_and_places_inside_region_names(tmp_path):
    # guangdong-2026 and national-2017 (ANNOTATION rules 8 and 11)
    found = places(tmp_path, GUANGDONG, "广东自贸试验区43项改革创新成果在全国推广。", "加强与海南自由贸易港联动。")
    assert {"广东自贸试验区", "海南", "海南自由贸易港"} <= found
    found = places(tmp_path, NATIONAL, "推广上海等自贸试验区改革创新成果，新设7个自贸试验区。")
    assert "上海" in found and not any(n.endswith("自贸试验区") for n in found)
    # a county far from home does not open a region's name: 武陵山区 is not 武陵区 of Changde
    found = places(tmp_path, QIANJIANG, "探索建立渝东南地区、武陵山片区联动融合发展体制机制。")
    assert "武陵山片区" in found and "武陵" not in found


def test_transport_hubs_named_after_places_and_heritage_sites(tmp_path):
    # qianjiang-2019 and guangdong-2026
    found = places(tmp_path, QIANJIANG, "启动建设正阳火车站临时散堆货场。", "全面完工三台书院、草圭堂维修保护工程。")
    assert {"正阳", "正阳火车站", "三台书院"} <= found
    found = places(tmp_path, GUANGDONG, "推进佛肇云高速、南沙港五期等建设。")
    assert {"南沙", "南沙港"} <= found
    # a hub not named after a known place is not a place by this rule
    found = places(tmp_path, NATIONAL, "新建改建农村公路和机场，建设一批港口。")
    assert not found


def test_a_park_is_a_place_where_the_sentence_locates_something_in_it(tmp_path):
    # qianjiang-2019 (ANNOTATION rule 3): located in → Place; built or developed → not
    found = places(tmp_path, QIANJIANG, "食品产业园入驻企业37家，农产品加工企业运行良好。", "打造百亿级材料产业园。")
    assert "食品产业园" in found
    assert not {"材料产业园", "百亿级材料产业园"} & found


def test_streets_that_hold_institutions_and_listed_areas(tmp_path):
    # hailar-2013: a street opens a school's name or counted squares (ANNOTATION rule 8), and the
    # items of a list closed by a kind of urban area are places
    found = places(tmp_path, HAILAR, "确保新建的学府路中学、呼伦小学、第二幼儿园投入使用，推进南开路中学等项目，完成沿山路小学等8所风雨馆建设。",
                   "建成哈萨尔和东升路两个市民广场。")
    assert {"学府路", "南开路", "沿山路", "东升路", "哈萨尔"} <= found
    # hailar-2014: malls counted after their names are no public spaces: their names are no places
    assert not {"华汇", "地壹街"} & places(tmp_path, HAILAR, "华汇、地壹街两个地下商城投入使用。")
    found = places(tmp_path, HAILAR, "对东出口、西出口、北出口、立交桥、哈萨尔桥等区域进行环境综合整治。",
                   "改造三角地、西大街等街道的人行步道板。", "做好中央街、满洲里路等主要街路亮化和沿河水系的夜景景观工作。")
    assert {"东出口", "西出口", "北出口", "哈萨尔桥", "三角地", "西大街", "中央街", "满洲里路"} <= found
    assert "立交桥" not in found  # a common noun in the list
    assert "满洲里" not in found  # the street is named after the city, it is not in it


def test_common_nouns_ending_like_streets_are_not_streets(tmp_path):
    # national-2017, yixian-2019, hailar-2014: roads that are works, lists of other things, figures of speech
    found = places(tmp_path, NATIONAL, "坚定不移走中国特色社会主义道路，推进“一带一路”建设。")
    assert not {"社会主义道路", "一带一路", "道路"} & found
    found = places(tmp_path, HAILAR, "要抓好市场周边、背街巷道等区域的环境卫生。", "推进西南外环、易水湖环湖路、百兴路等重点道路建设。")
    assert not {"市场周边", "背街巷道", "百兴路", "易水湖环湖路"} & found


def test_waterways_and_streets_named_after_other_places(tmp_path):
    # guangdong-2026: a river's waterway is a place; a head opening a word of position is no head
    found = places(tmp_path, GUANGDONG, "发挥西江黄金水道和北江航道作用，大力发展内河航运。",
                   "推动跨境电商加海外仓模式扩容升级。")
    assert {"西江黄金水道", "北江航道"} <= found
    assert not any(p.endswith("加海") for p in found)
    # hailar-2015, hailar-2016: streets named after other cities are not those cities
    found = places(tmp_path, HAILAR, "集中对加格达奇路、尼尔基路、巴彦托海路和胜利大街进行综合改造。",
                   "重点打造胜利大街—阿里河路—扎兰屯路—新北出口路一线的精品示范大街。")
    assert not {"巴彦托海", "扎兰屯", "阿里河", "加格达奇"} & found


def test_route_abbreviations_and_tails_of_longer_names(tmp_path):
    # guangdong-2026, hailar-2013: an expressway named by its ends' abbreviations names no place
    found = places(tmp_path, GUANGDONG, "开工建设广州新机场、兰海高速廉徐段、惠肇高速三封段等项目。")
    assert "兰海" not in found
    found = places(tmp_path, HAILAR, "配合完成机场快速路、牙海高速等市级重点道路工程。",
                   "确保新建的海拉尔客运总站和呼伦贝尔中心城汽车公司调度中心投入使用。",
                   "开通中心城新区河东部分、经济技术开发区等公交线路。")
    assert not {"牙海", "客运总站", "城新区河"} & found  # a route; the tail of a station's name; 河东 is a position
    assert {"海拉尔", "呼伦贝尔"} <= found


def test_hubs_known_as_one_word_with_their_city(tmp_path):
    # guangdong-2026: jieba reads "广州白云机场" as one word; the hub and its city are places
    found = places(tmp_path, GUANGDONG, "广州白云机场三期、深圳宝安机场第三跑道建成投用。")
    assert {"广州白云机场", "广州", "深圳宝安机场"} <= found
    found = places(tmp_path, NATIONAL, "扩建重庆江北机场和成都双流机场。")
    assert {"重庆江北机场", "重庆", "成都双流机场", "成都"} <= found


def test_protected_areas_and_scenic_areas_by_their_designation(tmp_path):
    # the genre (no sample names one): a named national forest, wetland or geological park and a
    # scenic area are places where they are visited or managed; the designation alone is a kind
    found = places(tmp_path, YIXIAN, "神农谷国家森林公园、酒埠江风景名胜区游客大幅增长。", "洣水国家湿地公园通过验收。",
                   "新建城市湿地公园3个，新增国家湿地公园2处。", "加强风景名胜区和自然保护地管理。")
    assert {"神农谷国家森林公园", "酒埠江风景名胜区", "洣水国家湿地公园"} <= found
    assert not {"城市湿地公园", "国家湿地公园", "风景名胜区"} & found


def test_central_business_districts_by_their_name(tmp_path):
    # the genre: a named central business district is one place, like a city's cluster (组团)
    found = places(tmp_path, GUANGDONG, "浦东新区、临港新片区、虹桥国际中央商务区建设加快。")
    assert "虹桥国际中央商务区" in found


def test_stations_named_by_their_city_and_a_direction(tmp_path):
    # the genre: "深圳北站" is the city's north station, a hub named after the city; the interchange
    # built at both names them inside its name (pools u42/u44: "贵阳北站综合交通枢纽", "长春西站综合交通
    # 枢纽配套工程" annotate the cities only), so the cities are the places there
    found = places(tmp_path, GUANGDONG, "深圳北站、湛江西站客流增长。", "建成深圳北站、湛江西站综合交通枢纽。")
    assert {"深圳北站", "湛江西站", "深圳", "湛江"} <= found
    found = places(tmp_path, GUANGDONG, "建成深圳北站、湛江西站综合交通枢纽。")
    assert {"深圳", "湛江"} <= found and not {"深圳北站", "湛江西站"} & found


def test_new_quarters_named_by_place_direction_or_hub(tmp_path):
    # the genre: a city's new quarter is named by what stands before 新城; the bare 新城 is not
    found = places(tmp_path, GUANGDONG, "河西新城、高铁新城、空港新城功能加快完善。", "老城区有机更新和东部新城建设同步推进。",
                   "打造产业新城。")
    assert {"河西新城", "高铁新城", "空港新城", "东部新城", "老城区"} <= found
    assert not {"新城", "产业新城"} & found


def test_partner_countries_by_one_character_after_yu_or_dui(tmp_path):
    # hailar-2015: 俄 and 蒙 are Russia and Mongolia; "与日俱增" names no country
    found = places(tmp_path, HAILAR, "不断深化与俄蒙毗邻地区的交流与合作。启动对俄航空货运业务。",
                   "群众收入与日俱增，对非公经济的扶持不断加大。")
    assert {"俄", "蒙"} <= found
    assert not {"日", "非"} & found


def test_city_core_as_a_quarter_not_as_a_rank(tmp_path):
    # hailar-2013: 中心城 and its new quarter are places; a 区域中心城市 is a rank, not a place
    found = places(tmp_path, HAILAR, "围绕服务中心城，制定蔬菜产业发展规划。开通中心城新区河东部分公交线路。",
                   "打造区域中心城市。")
    assert {"中心城", "中心城新区"} <= found
    assert not {"中心城市", "区域中心城"} & found


def test_small_waters_named_by_a_number(tmp_path):
    # hailar-2013 and hailar-2015: 626小河 is a river's name; a year or a count is not
    found = places(tmp_path, HAILAR, "实施626小河改造，加快推进626小河沿岸环境整治。",
                   "2013年新建3.50河段护岸，治理第12河段。")
    assert "626小河" in found
    assert not any(any(c.isdigit() for c in name) and name != "626小河" for name in found)


def test_a_province_and_its_city_written_as_one_word_are_two_places(tmp_path):
    # jieba takes "广西北海" as one word; the suffix rule then read it as one name ending in 海
    found = places(tmp_path, HAILAR, "与广西北海、江西南昌等地开展旅游合作。")
    assert {"广西", "北海", "江西", "南昌"} <= found
    assert not {"广西北海", "江西南昌"} & found


def test_regional_foreign_cities_and_not_a_typhoon_name(tmp_path):
    # hailar-2016: 赤塔 (CLDR's exemplar cities); guangdong-2026: "桦加沙" is a typhoon, not Gaza
    found = places(tmp_path, HAILAR, "开通海拉尔至乌兰巴托、赤塔、伊尔库茨克的航线。")
    assert {"乌兰巴托", "赤塔", "伊尔库茨克"} <= found
    found = places(tmp_path, GUANGDONG, "有效应对22轮强降水和“桦加沙”等15个台风。")
    assert "加沙" not in found


def test_compounds_and_communities_named_with_common_words(tmp_path):
    # hailar-2015: a workers' quarter in a list; a compound named by common words in a list of works
    # sites (the genre's phrasing); hailar-2012: a 社区卫生服务中心 is its sub-district's, no
    # community's (place_town_institution_heads.txt): 靠山 is 靠山街道, no community 靠山社区
    found = places(tmp_path, HAILAR, "靠山社区卫生服务中心获得“全国示范社区卫生服务中心”称号。",
                   "完成工人新村、幸福村等条件较差区域的供水、垃圾中转、路灯等基础设施工程。",
                   "完成阳光小区、金色港湾小区等老旧小区改造。")
    assert {"靠山", "工人新村", "阳光小区", "金色港湾小区"} <= found and "靠山社区" not in found
    # kinds, counts and works are no compound's name: qianjiang-2019, national-2017, hailar-2013,
    # hailar-2015 (a compound being built is a project, ANNOTATION rule 3)
    found = places(tmp_path, HAILAR, "整治噪声污染，建成一批安静小区。", "加强城乡社区治理，推进老旧小区改造。",
                   "完成729万元的旧有小区供热改造，开工建设10万平方米职工住宅小区。",
                   "远山红郡住宅小区一期建设顺利推进。", "积极创建平安小区、和谐社区。")
    assert not {"安静小区", "城乡社区", "旧有小区", "职工住宅小区", "远山红郡住宅小区", "平安小区", "和谐社区"} & found


def test_items_of_a_counted_list_of_settlements(tmp_path):
    # hailar-2016: "友联、友好两个新村" → each village as written, not "友好两个新村"
    found = places(tmp_path, HAILAR, "加大新农村示范村建设力度，重点做好友联、友好两个新村的二期工程建设。")
    assert {"友联", "友好"} <= found
    found = places(tmp_path, HAILAR, "白沙、青山两镇列入全国重点镇。")
    assert {"白沙", "青山"} <= found and not {"青山两镇", "青山镇"} & found
    # the count must be the number of items, and the head must end a word ("两个市民广场")
    assert not {"东升路两个市"} & places(tmp_path, HAILAR, "建成哈萨尔和东升路两个市民广场。")


def test_report_area_is_a_division_not_the_salutation_or_an_ordinal(tmp_path):
    # devtext yangzhong-2022, mouding-2024: "代表…人民政府" catches the salutation or the session's
    # ordinal before it; the area is the tail of division names, or the next line's
    path = tmp_path / "r.txt"
    path.write_text("2022年句容市政府工作报告\n各位代表: 现在,我代表句容市人民政府向大会作工作报告。\n一、2021年工作回顾\n"
                    "地区生产总值增长9%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).area == "句容市"
    path.write_text("政 府 工 作 报 告\n——2024年1月12日在姚安县第十八届\n人民代表大会第三次会议上\n各位代表:\n"
                    "现在,我代表十八届县人民政府,向大会报告工作。\n一、2023年工作回顾\n全县地区生产总值增长2%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).area == "姚安县"


def test_towns_of_any_county_by_full_name_and_kinds_of_villages(tmp_path):
    # devtext nayong-2019 (an excerpt whose title names no area): towns by their full names in the
    # national table, an ethnic township without its peoples (化作苗族彝族乡), the right start
    # after 和; "富美宜居新村" is a kind of village
    found = places(tmp_path, "政府工作报告",
                   "支持龙场镇、乐治镇创建省级示范镇和维新镇、化作乡、张家湾镇创建市级示范镇,配套项目逐项落地。",
                   "建成玉龙坝镇千亩花海综合体和寨乐镇美丽乡村示范点。", "打造一批富美宜居新村。")
    assert {"龙场镇", "乐治镇", "维新镇", "化作乡", "张家湾镇", "玉龙坝镇", "寨乐镇"} <= found
    assert not {"和寨乐镇", "张家湾", "宜居新村"} & found
    # a town's name whose head ends a common word is not read: guangdong-2026 "占城镇低保标准"
    assert "占城镇" not in places(tmp_path, GUANGDONG, "农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。")
    # nor one whose head's last character opens a word running past it (session 28, ql28): "解放街道路"
    # is cut 解放街/道路, a street and its road, not a subdistrict 解放街道 of some other county
    assert "解放街道" not in places(tmp_path, "政府工作报告", "解放街道路、滨河路延伸段等市政道路项目建成通车。")
    assert "解放街道" in places(tmp_path, "政府工作报告", "推进解放街道、建设街道老旧小区改造。")  # the subdistrict


def test_province_of_a_report_that_names_no_area(tmp_path):
    # devtext jiangxi-2023 (a news copy whose title names no province): the places it names make it
    # Jiangxi's, so its counties' short forms inside works are read (ANNOTATION rule 8); the State
    # Council's report names many provinces and gets none
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n各位代表:\n一、2022年工作回顾\n"
                    "宜春、赣州等地抗旱保供,江西全省上下齐心协力。\n"
                    "信丰电厂、宜春至遂川高速公路、共青城通用机场、奉新抽水蓄能电站开工建设。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.area is None and doc.own.province == "36"
    assert {"信丰", "遂川", "共青城", "奉新"} <= names_of(extract_mentions(doc), "Place")
    path.write_text(NATIONAL + "\n各位代表:\n一、2016年工作回顾\n支持香港、澳门发展,推进京津冀协同发展,"
                    "上海、北京、重庆、杭州、衡水、安康等地试点。\n", encoding="utf-8")
    assert parse_document(read_source(path)).own.province is None


def test_heads_that_end_common_words_figures_or_other_names_name_no_place(tmp_path):
    # devtext anju-2022, jiangxi-2023, yangzhong-2022: an idiom or a common word holds the head
    # (湖光山色, 调峰), a figure before it (千亿大关), a province glued to a trade name (四川江淮), the
    # head ends a city's name inside an event (大上海保卫战), a lake named like a county (鄱阳湖)
    found = places(tmp_path, "2022年遂宁市安居区政府工作报告",
                   "为建设“成渝之星”安居极核和湖光山色中的安逸安居奠定了坚实基础。",
                   "四川能投全省首个天然气储气调峰项目开工建设。", "四川江淮成为成渝地区轻卡销量领跑者。",
                   "地区生产总值突破千亿大关。")
    assert not {"湖光山", "储气调峰", "四川江", "千亿大关"} & found
    assert {"成渝地区", "四川"} <= found
    found = places(tmp_path, "2023年江西省政府工作报告", "驰援大上海保卫战和吉林、新疆等地疫情防控工作。",
                   "开展鄱阳湖流域水库群联合调度,保障抗旱用水。")
    assert {"吉林", "新疆", "鄱阳湖"} <= found and not {"大上海", "鄱阳"} & found


def test_a_river_or_town_named_in_a_company_trade_name_is_no_place(tmp_path):
    # devtext hulin-2025: pharmaceutical companies named after the rivers and the town of the area
    found = places(tmp_path, "2025年虎林市政府工作报告", "珍宝岛药业、乌苏里江制药等骨干企业扩能项目6个。",
                   "松花江医药生产许可证由B转A,实现自主生产。")
    assert not {"珍宝岛", "乌苏里江", "松花江"} & found
    # the river and the town themselves are still places (the genre's phrasing)
    assert {"乌苏里江", "珍宝岛"} <= places(tmp_path, "2025年虎林市政府工作报告", "开展乌苏里江沿岸和珍宝岛湿地保护。")


def test_zones_managed_or_ranked_are_places(tmp_path):
    # devtext anju-2022, mouding-2024: a zone that obtains a designation or whose managing committee
    # is set up is a place (ANNOTATION rule 3), and holds the place it is named after
    found = places(tmp_path, "2022年遂宁市安居区政府工作报告",
                   "安居经开区成功创建省级循环化改造试点示范园区,汽摩装备特色产业园获评首批四川省“5 1”重点特色园区。")
    assert {"安居经开区", "汽摩装备特色产业园"} <= found
    found = places(tmp_path, "2024年牟定县政府工作报告", "云南牟定产业园区管委会正式挂牌,园区水电路配套加快完善。")
    assert {"云南牟定产业园区", "云南"} <= found
    # a zone being built is a works, not a place: qianjiang-2019
    assert "市级高新技术产业开发区" not in places(tmp_path, QIANJIANG, "加快建设市级高新技术产业开发区。")


def test_a_one_word_place_after_other_places_in_a_works_name(tmp_path):
    # devtext tianjin-2025: 宝坻, 京津 and 中关村 are three places, not 京津中关村
    found = places(tmp_path, "2025年天津市政府工作报告", "中关村发展集团增资宝坻京津中关村科技城,市场化引进疏解功能资源。")
    assert {"宝坻", "京津", "中关村"} <= found and "京津中关村" not in found


def test_foreign_cities_at_a_route_end_and_in_a_list_of_cities(tmp_path):
    # the genre's phrasing (no sample has it): a world city ending a route glued to the service's
    # name, and a list of foreign cities closed by 等城市 (not a city "洛杉矶等城市")
    found = places(tmp_path, QIANJIANG, "开通长沙至莫斯科、长沙至法兰克福国际货运班列。",
                   "与德国汉堡、日本大阪、美国洛杉矶等城市建立友好合作关系。")
    assert {"莫斯科", "法兰克福", "汉堡", "大阪", "洛杉矶"} <= found and "洛杉矶等城市" not in found
    # hailar-2016: a bridge at a route's end keeps its head
    assert "红星桥" in places(tmp_path, HAILAR, "呼达罕桥至红星桥连接线公路建成通车。")


def test_rivers_and_lakes_the_dictionary_knows_whatever_their_stem(tmp_path):
    # the genre's phrasing: a river jieba lists as a place, glued to the works on it, with a stem of
    # common words ("捞刀")
    assert "捞刀河" in places(tmp_path, QIANJIANG, "实施圭塘河、龙王港、捞刀河水环境治理。")
    # qianjiang-2019, national-2017: a slogan's words and an event's name are no rivers
    found = places(tmp_path, QIANJIANG, "实施“路平桥安、整墙修面、灯明景靓、江清水畅、城美山青”七大工程。")
    assert "城美山" not in found
    found = places(tmp_path, NATIONAL, "成功举办澜沧江－湄公河合作首次领导人会议。")
    assert not {"澜沧江", "湄公河"} & found


def test_a_county_renamed_since_the_gb_t_2260_table_finds_its_area_and_towns(tmp_path):
    # 宁乡县 became 宁乡市 (430182) in 2017: the title names the area by its new name, the
    # town table is keyed by the new code; the genre's phrasing ("X、Y、Z等乡镇")
    path = tmp_path / "r.txt"
    path.write_text("2021年宁乡市人民政府工作报告\n各位代表：\n一、2020年工作回顾\n"
                    "实施大成桥、双凫铺、回龙铺等乡镇污水处理设施建设。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.area == "宁乡市" and doc.own.code == "430182"
    assert {"大成桥", "双凫铺", "回龙铺"} <= names_of(extract_mentions(doc), "Place")


def test_a_renamed_county_keeps_its_former_name_for_older_reports(tmp_path):
    # a 2016 report of 长沙市 still says 宁乡县 (宁乡市 since 2017) and 望城县's neighbour 浏阳市
    found = places(tmp_path, "2016年长沙市人民政府工作报告", "支持宁乡县、浏阳市加快发展。")
    assert {"宁乡县", "浏阳市"} <= found
    found = places(tmp_path, "2021年长沙市人民政府工作报告", "支持宁乡市、浏阳市加快发展。")
    assert {"宁乡市", "浏阳市"} <= found


def test_border_regions_named_by_the_countries_they_join(tmp_path):
    # hailar-2013: China and its neighbours one character each, then the kind of border region
    found = places(tmp_path, HAILAR, "围绕打造蒙东和中俄蒙毗邻地区重要的旅游文化名城这一目标。",
                   "不断深化与俄蒙毗邻地区的交流与合作。")
    assert {"中俄蒙毗邻地区", "俄", "蒙"} <= found
    assert "俄蒙毗邻地区" not in found  # after 与 the partners are the places


def test_a_village_after_its_town_and_a_city_glued_to_its_country(tmp_path):
    # the genre's phrasing: "X镇Y村" where jieba cuts across the town's name (横/村镇/阳/山村), and a
    # foreign city jieba reads as one word with its country
    found = places(tmp_path, "2022年桐庐县人民政府工作报告", "城南街道阳山畈村、横村镇阳山村完成农房改造。",
                   "与新加坡、马来西亚吉隆坡、英国伦敦等地开展经贸交流。")
    assert {"横村镇", "阳山村", "英国", "伦敦"} <= found
    assert not {"村镇阳山村", "阳山", "英国伦敦"} & found
    # hailar-2013: "哈克镇滨河" stays no village or river of its own
    assert "滨河" not in places(tmp_path, HAILAR, "实施哈克镇滨河景观带建设。")


def test_scenic_areas_and_parks_visited_or_ranked_are_places(tmp_path):
    # the genre's phrasing: a scenic area that receives visitors, a park that obtains a designation
    found = places(tmp_path, QIANJIANG, "密印寺景区接待游客300万人次。", "南湖公园接待游客50万人次。")
    assert {"密印寺景区", "南湖公园"} <= found
    # qianjiang-2019: a park being built is a works (ANNOTATION rule 3)
    assert "官坝公园" not in places(tmp_path, QIANJIANG, "建成官坝公园、武陵水岸体育公园等一批公园广场。")


def test_stops_of_a_line_written_with_dashes(tmp_path):
    # hailar-2016 and devtext nayong-2019: streets of an avenue line, scenic stops of a tourist line
    found = places(tmp_path, HAILAR, "重点打造胜利大街—阿里河路—扎兰屯路—新北出口路一线的精品示范大街。")
    assert {"胜利大街", "阿里河路", "扎兰屯路", "新北出口路"} <= found
    found = places(tmp_path, "政府工作报告", "继续谋划打造“九洞天—金蟾大山”旅游黄金线路和“总溪河片区—化作枪杆岩—董地”风情小镇景区。")
    assert {"九洞天", "金蟾大山", "化作枪杆岩", "董地"} <= found
    # a slogan and an event joined by dashes are no lines: qianjiang-2019, national-2017
    found = places(tmp_path, QIANJIANG, "持续提升“神秘芭拉胡·魅力阿蓬江—清新黔江”知名度和美誉度。")
    assert not {"魅力阿蓬江", "清新黔江"} & found
    assert "湄公河合作" not in places(tmp_path, NATIONAL, "成功举办澜沧江－湄公河合作首次领导人会议。")


def test_rivers_opening_works_on_them(tmp_path):
    # devtext jiangxi-2023: a river opens the name of a works on it, listed with others
    found = places(tmp_path, "2023年江西省政府工作报告",
                   "信丰电厂、共青城通用机场、信江八字嘴航电枢纽、吉利新能源城市商用车开工建设。",
                   "沪昆高速改扩建、瑞梅铁路、梅江灌区、武汉至南昌特高压工程建成投运。")
    assert {"信江", "梅江"} <= found


def test_regions_in_quoted_titles_or_naming_a_route_are_no_places(tmp_path):
    # devtext anju-2022, hulin-2025, sichuan-2025: a quoted title that a region or a short form
    # opens; a route named by its ends' abbreviations
    found = places(tmp_path, "2022年遂宁市安居区政府工作报告", "为建设“成渝之星”安居极核奠定了坚实基础。",
                   "四川江淮成为成渝地区轻卡销量领跑者。")
    assert "成渝" not in found and "成渝地区" in found
    assert "龙江" not in places(tmp_path, "2025年虎林市政府工作报告", "新增“龙江老字号”企业5家。")
    found = places(tmp_path, "2025年四川省政府工作报告", "推进成渝高速公路扩容、成雅高速公路扩容。")
    assert "成渝" not in found
    # a quoted region alone is still the region: guangdong-2026's phrasing
    assert "京津冀" in places(tmp_path, GUANGDONG, "主动对接“京津冀”、长三角等区域。")


def test_rivers_listed_with_marks_and_more_world_cities(tmp_path):
    # the genre's phrasing: rivers listed with 、 before the basin they share; the terminals of the
    # China–Europe trains; 安居小区 is a kind of compound (安居工程), not a name
    found = places(tmp_path, QIANJIANG, "章江、贡江、桃江流域综合治理有序推进。",
                   "开通至莫斯科、明斯克、汉堡、杜伊斯堡的中欧班列。", "建成安居小区、文明小区。")
    assert {"章江", "贡江", "汉堡", "杜伊斯堡", "明斯克"} <= found
    assert not {"安居小区", "文明小区"} & found


def test_zones_listed_before_the_one_a_designation_follows(tmp_path):
    # the genre's phrasing: the zones of a list share the designation that follows the last one
    found = places(tmp_path, "2020年赣州市人民政府工作报告", "赣州经开区、龙南经开区、瑞金经开区入选国家级开发区。")
    assert {"赣州经开区", "龙南经开区", "瑞金经开区"} <= found


def test_counties_created_since_the_gb_t_2260_table(tmp_path):
    # 临平区 (2021) and 赣县区 (赣县 until 2016): a report of the new county finds its area
    path = tmp_path / "r.txt"
    for area in ("临平区", "赣县区"):
        path.write_text(f"2022年{area}人民政府工作报告\n各位代表：\n一、2021年工作回顾\n地区生产总值增长8%。\n", encoding="utf-8")
        doc = parse_document(read_source(path))
        assert doc.area == area and doc.own.division is not None and doc.own.towns


def test_towns_named_like_cities_seas_and_reduplicated_words(tmp_path):
    # the genre's phrasing: towns of the area named like far cities (三沙镇 is no 三沙市), named sea
    # areas (洋) whose waters (海域) are no part of the name
    found = places(tmp_path, "2021年霞浦县人民政府工作报告", "三沙镇、长春镇、溪南镇入选全省乡村振兴重点镇。",
                   "实施东吾洋、官井洋海域综合整治。")
    assert {"三沙镇", "长春镇", "东吾洋", "官井洋"} <= found and not {"三沙", "长春", "官井洋海"} & found
    # the area's own town by its short form before a port, not the far city of the same short name
    path = tmp_path / "r.txt"
    path.write_text("2021年霞浦县人民政府工作报告\n各位代表：\n一、2020年工作回顾\n三沙港、牙城湾渔港完成扩建。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert [m.attrs.get("source") for m in extract_mentions(doc) if m.text == "三沙"] == ["town"]
    # guangdong-2026: a mascot's reduplicated name is no sea
    assert "喜洋洋" not in places(tmp_path, GUANGDONG, "火爆出圈的吉祥物“喜洋洋”、“乐融融”，独特的岭南文化元素。")


def test_list_items_sharing_a_known_place_head_or_a_counted_kind(tmp_path):
    # the genre's phrasing (Inner Mongolia): the next village of a list, whatever its words; a
    # counted list whose head has a kind before it (两个中心镇, 三个村屯)
    found = places(tmp_path, HAILAR, "中和嘎查、新立嘎查完成草原确权。",
                   "加强哈拉苏、成吉思汗两个中心镇建设，推进高台子、大河湾、关门山三个村屯环境整治。")
    assert {"中和嘎查", "新立嘎查", "哈拉苏", "成吉思汗", "关门山"} <= found
    # kinds stay kinds
    assert not {"重点村", "示范社区"} & places(tmp_path, HAILAR, "翠苑社区、示范社区和贫困村、重点村结对帮扶。")


def test_a_short_form_naming_a_route_is_no_place(tmp_path):
    # guangdong-2026: an expressway named by a district's short form (潮南高速潮饶段)
    found = places(tmp_path, GUANGDONG, "开工建设广州新机场、广清永高铁、潮南高速潮饶段、兰海高速廉徐段等项目。")
    assert not {"潮南", "兰海"} & found


def test_trains_named_after_places_and_mongolian_lakes(tmp_path):
    # the genre's phrasing: a train service named after a district (长安号), lakes named 淖/淖尔; a
    # region before a noun that is no trade (陕北能源化工基地) stays a place
    found = places(tmp_path, "政府工作报告", "中欧班列长安号开行量居全国前列。", "红碱淖、查干淖尔生态修复完成。",
                   "陕北能源化工基地、陕南绿色循环发展带建设取得重要进展。")
    assert "长安" not in found and {"红碱淖", "查干淖尔", "陕北", "陕南"} <= found


def test_a_settlement_named_by_a_common_place_word_opening_a_works(tmp_path):
    # devtext jintai-2024: 福临 (a frequent word jieba tags as a place) + 堡 opens the utility tunnel
    assert "福临堡" in places(tmp_path, "2024年金台区政府工作报告", "投资2.6亿元的福临堡地下管廊竣工。")
    # qianjiang-2019: a settlement head opening no works is still no name ("医患关系", "公益性岗位")
    assert not {"医患关", "公益性岗"} & places(tmp_path, QIANJIANG, "构建和谐医患关系，开发公益性岗位2000个。")


ANYUE = "政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n刘建华"


def test_a_speaker_line_and_a_plan_title_hold_no_place(tmp_path):
    # devtext2 (anyue-2022): the speaker's name ends like a town of the county (建华乡);
    # a place inside a 《…》 plan's name is no place of its own (ANNOTATION: 《巴黎协定》)
    assert "建华" not in places(tmp_path, ANYUE, "安岳连续3年入围县域经济百强县。")
    found = places(tmp_path, YIXIAN, "易县纳入《河北省推进京津冀协同发展行动方案》，建成白沙河治理工程。")
    assert "河北省" not in found and "京津冀" not in found and "白沙河" in found


def test_route_ends_before_a_list_close_and_toponyms_after_a_describing_word(tmp_path):
    # devtext2 (nanning-2021, huoqiu-2024): "X至Y等高速公路" ends at Y; a two-character adjective
    # or a verb before a one-word toponym is no part of its name (a one-character one may be: 白沙河)
    found = places(tmp_path, YIXIAN, "建成沙井至吴圩等高速公路。")
    assert "吴圩" in found and "吴圩等" not in found
    found = places(tmp_path, YIXIAN, "推动百里秀美邕江创建景区，大桥跨越城东湖，“长龙卧东湖”。")
    assert "秀美邕江" not in found and "卧东湖" not in found and "城东湖" in found


def test_rivers_by_kind_and_numbered_waters_in_figures(tmp_path):
    # hailar-2012: "中小河流" is a kind of river; "六二六小河" a water named by a number read digit by digit
    found = places(tmp_path, HAILAR, "继续实施国家中小河流治理，实施六二六小河治理工程。")
    assert "中小河" not in found and "六二六小河" in found and "二六小河" not in found


def test_the_tail_of_a_route_name_is_not_a_coordinated_place(tmp_path):
    # devtext2 (zhuji-2021): "绍诸高速延伸线、杭州都市高速…"
    found = places(tmp_path, YIXIAN, "绍诸高速延伸线、杭州都市高速诸暨段建成通车。")
    assert "延伸线" not in found and "杭州" in found


def test_a_lake_listed_beside_a_river_and_countries_before_trade_or_a_rank(tmp_path):
    # devtext2 (anhui-2018, heilongjiang-2023, pingyin-2019): "淮河、巢湖水质" lists two waters
    # (not "伊敏河沿河景观", a word glued to the river); "对俄外贸"; "位居亚洲第一"
    found = places(tmp_path, NATIONAL, "淮河、巢湖水质持续改善。", "对俄外贸总额增长12.3%。",
                   "乳制品产能位居亚洲第一。")
    assert {"淮河", "巢湖", "俄", "亚洲"} <= found
    assert "沿河" not in places(tmp_path, HAILAR, "伊敏河沿河景观改造全面展开。")


def test_the_proper_word_before_a_hub_head_is_a_place(tmp_path):
    # devtext2 (anhui-2018, guancheng-2019); hailar-2013: "黑羊站水厂" is named after the place 黑羊站
    found = places(tmp_path, NATIONAL, "新桥国际机场先后建成。", "规划建设郑州新火车站（小李庄站），布局管城。")
    assert {"新桥", "小李庄"} <= found
    assert "黑羊" not in places(tmp_path, HAILAR, "推进黑羊站水厂二期工程。")


def test_a_zone_sub_area_keeps_its_designation(tmp_path):
    # devtext2 (fuzhou-2020): the sub-area of a zone is named with the zone's designation
    found = places(tmp_path, NATIONAL, "自贸区福州片区推出创新举措92项。", "国家自主创新示范区厦门片区推出创新举措6项。")
    assert {"自贸区福州片区", "国家自主创新示范区厦门片区"} <= found and "福州片区" not in found


def test_a_development_area_named_by_a_town(tmp_path):
    # devtext2 (anyue-2022): "X发展区" after a known place is a zone named by it; not a kind of area
    found = places(tmp_path, ANYUE, "龙台发展区升级为省级经济开发区。", "加快联动发展区建设。")
    assert "龙台发展区" in found and "联动发展区" not in found


def test_a_zone_that_changes_its_designation_is_a_place(tmp_path):
    # devtext2 (liaoyuan-2022): a zone whose designation changes is managed (ANNOTATION rule 3)
    assert "白山经开区" in places(tmp_path, NATIONAL, "白山经开区转型为省级高新区。")


def test_a_province_before_the_era_of_a_kind_of_route(tmp_path):
    # devtext2 (anhui-2018): "开启了安徽高铁时代" names the province; "成渝高速公路" is a route's name
    assert "安徽" in places(tmp_path, NATIONAL, "高铁运营里程达1330公里，开启了安徽高铁时代。")


def test_an_international_airport_named_after_known_places(tmp_path):
    # devtext2 (henan-2020): like "X机场", "X国际机场" after known places is a hub named by them;
    # a bare phase of it leaves the hub a place (guangdong-2026 gold: "广州白云机场三期…建成投用")
    found = places(tmp_path, "2020年河南省政府工作报告", "郑州新郑国际机场三期建成投用。")
    assert {"郑州新郑国际机场", "郑州", "新郑"} <= found


# ---- third round (issue 9): classes read on fresh excerpts of other provinces (devtext3)

XIAPU = "(福建省)2020年霞浦县人民政府工作报告"
YUNYANG = "2018年郧阳区政府工作报告"
YUNCHENG = "(山西省)运城市人民政府工作报告"
BANNER = "2024年政府工作报告\n——在科右前旗第十八届人民代表大会第三次会议上"


def test_an_area_named_as_the_ring_around_a_feature(tmp_path):
    found = places(tmp_path, XIAPU, "融入环三都澳大湾区发展,福宁湾、溪南半岛和东冲半岛开发提速。")
    assert {"环三都澳大湾区", "福宁湾", "溪南半岛", "东冲半岛"} <= found
    assert not {"大湾区", "和东冲半岛"} & found  # the ring's head alone; a conjunction opening a name
    found = places(tmp_path, YUNYANG, "环郧阳湖中心城区建设提速,沧浪洲汉江大桥建成通车。")
    assert {"环郧阳湖中心城区", "郧阳湖", "沧浪洲", "汉江"} <= found
    assert "洲汉江" not in found
    # 环境, 环节: no feature after 环
    assert not any(p.startswith("环") for p in places(tmp_path, XIAPU, "持续改善城区环境,优化营商环境。"))


def test_a_banner_named_by_its_customary_short_form(tmp_path):
    # keyouqianqi-2024: 科尔沁右翼前旗 is written 科右前旗, also in the title that names the area
    path = tmp_path / "r.txt"
    path.write_text(BANNER + "\n各位代表:\n一、2023年工作回顾\n全旗地区生产总值增长6%。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.division is not None and doc.own.division.name == "科尔沁右翼前旗"
    assert "科右前旗" in places(tmp_path, BANNER, "科右前旗坚持生态优先。")


def test_a_toponym_cut_by_a_one_character_adjective_opening_a_works(tmp_path):
    found = places(tmp_path, BANNER, "中核宸宇源网荷储、黑羊山人防宣教基地等47个重大项目储备入库。")
    assert "黑羊山" in found


def test_a_head_opening_a_common_word_is_no_head(tmp_path):
    found = places(tmp_path, "沧州市人民政府工作报告", "中科院微电子产业园、巴安水务海水淡化等187个重点项目扎实推进。")
    assert not any(p.endswith("海") for p in found)


def test_initials_of_the_areas_divisions_before_joint_development(tmp_path):
    found = places(tmp_path, YUNCHENG, "“盐临夏”一体化发展驶入快车道。")
    assert "盐临夏" in found
    assert "临夏" not in found  # not 临夏州 of Gansu
    # characters that are not the initials of the city's counties are no such abbreviation
    assert "大中小" not in places(tmp_path, YUNCHENG, "推进“大中小”一体化发展。")


def test_areas_designated_as_scenic_areas(tmp_path):
    found = places(tmp_path, "宝鸡市人民政府工作报告", "扶眉战役纪念馆创建为4A级景区,关山草原、大水川创建为省级旅游度假区。")
    assert {"关山草原", "大水川"} <= found
    assert "扶眉战役纪念馆" not in found  # an institution, an organization


def test_a_short_form_after_a_predicate_adverb_is_a_verb(tmp_path):
    found = places(tmp_path, "2025年东洲区政府工作报告", "紧紧围绕全面振兴新突破三年行动部署要求,推动抚顺振兴发展。")
    assert "振兴" not in found


def test_the_settlement_a_reservoir_is_named_after(tmp_path):
    found = places(tmp_path, "2020年内蒙古自治区人民政府工作报告", "东台子水库、“引黄入淀”等工程加快推进。")
    assert "东台子" in found
    assert not {"小型", "病险"} & places(tmp_path, QIANJIANG, "完成小型水库、病险水库除险加固。")


def test_a_reservoir_that_works_repair_draw_on_or_start_from_is_a_place(tmp_path):
    # made up: works done at reservoirs there already (repair, diversion, a line from it) are at
    # each reservoir, a place named whole, and at the place it is named after
    found = places(tmp_path, "2019年青禾县政府工作报告", "青禾水库除险加固工程完成主体建设。",
                   "开工建设澄江水库灌区续建配套工程。", "白鹭水库引水工程、青岚拦河闸重建工程竣工。",
                   "推进石岭水库至城南段景观带建设。")
    assert {"青禾水库", "白鹭水库", "石岭水库"} <= found
    assert {"青禾", "澄江", "白鹭", "石岭"} <= found
    assert "澄江水库" not in found  # 某水库灌区 names the irrigation district: the stem is the place
    # a reservoir being built is works, not a place there already
    assert "白沙水库" not in places(tmp_path, "2019年青禾县政府工作报告", "推进白沙水库建设。")


def test_a_reservoir_whose_water_works_protect_or_draw_on_is_a_place(tmp_path):
    # made up: works protecting a reservoir as a drinking-water source, or supplying drinking water
    # from it, are at the reservoir there already (as 水源保护 and 引水 works are) and at its stem
    found = places(tmp_path, "2019年青禾县政府工作报告", "实施澄岭水库饮用水源保护工程。",
                   "白鹭水库饮水工程二期完工。", "推进石岭水库饮用水水源保护工程建设。")
    assert {"澄岭水库", "白鹭水库", "石岭水库"} <= found
    assert {"澄岭", "白鹭", "石岭"} <= found


def test_the_site_a_reservoir_is_named_after_right_after_its_county(tmp_path):
    # made up sites after real counties: a county written in full opens the reservoir's name, so the
    # words between name a settlement of it (ANNOTATION rule 8), even a common noun or a name jieba
    # cuts apart; not a reservoir's kind, nor a word too common to be a site's name
    found = places(tmp_path, "2019年商洛市政府工作报告", "丹凤县青石板水库、商南县鸿岭水库完工蓄水。",
                   "开工建设丹凤县中心水库。", "推进商南县小型水库除险加固。")
    assert {"丹凤县", "商南县", "青石板", "鸿岭"} <= found
    assert not {"中心", "小型"} & found


def test_a_place_only_inside_a_companys_name_is_no_place(tmp_path):
    # made up: companies from elsewhere named after their city take part in works; the sentence
    # speaks of the company and the works, not of the company's city (named elsewhere, it stays)
    found = places(tmp_path, "2019年青禾县政府工作报告", "引进沈阳澄岭汽车集团在青禾经济开发区投资建设整车项目。",
                   "与中国铁路兰州局集团公司合作建设青禾物流园。")
    assert not {"沈阳", "兰州"} & found
    # a company inside the name of works keeps its place (ANNOTATION rule 8)
    found = places(tmp_path, "2019年青禾县政府工作报告", "加快推进伊春森工集团棚户区改造二期工程建设。")
    assert "伊春" in found
    # not inside other bodies: a park's committee, a school being built
    found = places(tmp_path, "2019年青禾县政府工作报告", "优化澄江工业园区管委会运行管理机制。")
    assert "澄江工业园区" in found


def test_a_county_written_with_its_level_before_a_place_in_it_is_a_place_apart(tmp_path):
    # made up: a county with its level opens each water listed: the county and the water in it are
    # two places, never one name
    found = places(tmp_path, "2022年柳州市政府工作报告", "推进柳江区澄溪河、融安县青禾河综合治理。")
    assert {"柳江区", "融安县", "澄溪河", "青禾河"} <= found
    assert not {"柳江区澄溪河", "融安县青禾河"} & found


def test_a_route_linked_to_a_line_named_by_initials(tmp_path):
    found = places(tmp_path, "2020年内蒙古自治区人民政府工作报告", "赤峰至京沈高铁连接线年内通车。")
    assert "赤峰" in found
    assert "京沈" not in found


def test_a_city_excerpts_towns_opening_works_and_highway_facilities(tmp_path):
    # maoming-2017: an excerpt without a title; 我市 and 茂名 named most make it Maoming's report
    path = tmp_path / "r.txt"
    path.write_text("各位代表:\n一、本届政府工作回顾\n我市经济稳步增长,茂名港、茂名滨海新区加快建设,茂名石化扩能。"
                    "沈海高速鳌头出口开通。博贺疏港铁路进入招标阶段。潘州大道开工建设。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.division is not None and doc.own.division.name == "茂名市"
    found = names_of(extract_mentions(doc), "Place")
    assert {"鳌头", "博贺", "潘州"} <= found


def test_a_city_excerpt_in_a_province_of_the_same_short_name(tmp_path):
    # 吉林 is 吉林市's short form and 吉林省's too: "吉林省" says nothing of the city
    path = tmp_path / "r.txt"
    path.write_text("各位代表:\n一、本届政府工作回顾\n我市经济稳步增长,长春新区、长春港加快建设,长春汽车城扩能。"
                    "吉林省委、吉林省政府大力支持。吉林省重点项目落地。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.division is not None and doc.own.division.name == "长春市"


def test_a_county_town_ending_like_a_mountain_opening_a_works(tmp_path):
    # pingyin-2019 (devtext2): 榆山街道's short form opens a park's name; a brand is no works
    found = places(tmp_path, "平阴县人民政府工作报告", "绿色建材产业园、榆山中小企业孵化园5大园区同步推进。")
    assert "榆山" in found
    found = places(tmp_path, "2019年益阳市政府工作报告", "南洲稻虾米进入香港市场。")
    assert "南洲" not in found  # a brand: a verb stands between it and 港


def test_a_shoal_heads_a_place_opening_a_works(tmp_path):
    found = places(tmp_path, "2023年黑龙江省人民政府工作报告", "首台机组在白鹤滩水电站并网发电。", "加强河滩地和滩涂治理。")
    assert "白鹤滩" in found
    assert not any(p.endswith("滩") and p != "白鹤滩" for p in found)


def test_a_hub_the_sentence_builds_is_no_place(tmp_path):
    # nanning-2021 (devtext2) and maoming-2017 (devtext3): the hub is the works;
    # henan-2020 (devtext2): the airport's enlargement works are built, the airport is inside their
    # name and its city the place (pools u42/u44 gold: "合肥新桥国际机场二期工程", "包头机场改扩建工程")
    found = places(tmp_path, "南宁市人民政府工作报告", "加快建设南宁北站,推进市郊铁路机场线前期工作。")
    assert "南宁北站" not in found and "南宁" in found
    found = places(tmp_path, "2020年河南省人民政府工作报告", "启动郑州新郑国际机场三期工程。")
    assert "郑州新郑国际机场" not in found and {"郑州", "新郑"} <= found
    # (an airport in service under 迁建 is a place in its works' name: tests/test_place_airports_under_works.py)


def test_initials_before_a_second_line_name_a_route(tmp_path):
    # nanning-2021 (devtext2): 柳南二高 is the second 柳州—南宁 expressway, not 柳南区
    found = places(tmp_path, "南宁市人民政府工作报告", "建成柳南二高、吴圩机场至隆安等高速公路。")
    assert "柳南" not in found and "隆安" in found


def test_a_visit_names_the_province_by_its_one_character_form(tmp_path):
    # the set phrase of a leader's visit; not where the form only qualifies investors or bodies
    found = places(tmp_path, "2022年渭南市政府工作报告", "认真落实总书记来陕考察重要指示。",
                   "吸引社会资本来粤投资。", "向中央驻粤单位致以崇高的敬意。")
    assert "陕" in found
    assert "粤" not in found


def test_a_province_by_its_one_character_form_is_the_province_with_the_form_as_alias(tmp_path):
    # ANNOTATION rule 13: 陕 of "来陕考察" is 陕西省 (place_abbreviations.txt), one entity with the
    # province's full name where the report writes it too, and the province still where it does not
    # (a city's report); 川 of "来川视察" is 四川省
    def province_places(name: str, text: str) -> dict[str, list[str]]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return {p["name"]: p["aliases"] for p in predictions(build(path).rdf) if p.get("type") == "Place"}

    province = province_places("p.txt", "陕西省人民政府工作报告\n——2024年1月20日在陕西省第十四届人民代表大会第二次会议上\n"
                               "各位代表：\n一、2023年工作回顾\n总书记来陕考察时的嘱托，我们牢记在心。\n")
    assert "陕" in province["陕西省"] and "陕" not in province
    city = province_places("c.txt", "汉阳市人民政府工作报告\n各位代表：\n一、2023年工作回顾\n"
                           "总书记来陕考察时的要求，我们逐项落实，推动宝鸡、汉中协同发展。\n"
                           "深入贯彻总书记来川视察重要指示。\n")
    assert "陕" in city["陕西省"] and "川" in city["四川省"] and not {"陕", "川"} & set(city)
    # in a report of another province whose divisions hold the character, the form may be its own
    # place (宁 of 江宁 in Jiangsu): never 宁夏 there
    jiangsu = province_places("j.txt", "南京市人民政府工作报告\n各位代表：\n一、2023年工作回顾\n"
                              "我们认真落实总书记来宁考察重要讲话精神。\n")
    assert "宁夏回族自治区" not in jiangsu
    # only in a visit: with 俄 the form is Mongolia's, not 内蒙古's (hailar-2012)
    border = province_places("h.txt", "海拉尔区人民政府工作报告\n——在呼伦贝尔市海拉尔区人民代表大会上\n各位代表：\n"
                             "一、2011年工作回顾\n进一步加强与俄蒙的交流与合作。\n")
    assert "蒙" not in border.get("内蒙古自治区", [])


def test_renamed_counties_open_works_names_by_their_short_form(tmp_path):
    # 2020: 桥西区 → 信都区, 任县 → 任泽区 (邢台): their short forms open a works' name as others do
    found = places(tmp_path, "2024年邢台市政府工作报告", "信都恒达新能源车量产下线。",
                   "任泽瑞通合金材料等京津转移项目签约落地，隆尧博安智能装备等项目开工。")
    assert {"信都", "任泽", "隆尧"} <= found


def test_a_named_zone_after_a_verb_that_locates_something_in_it(tmp_path):
    found = places(tmp_path, "2022年珠海市斗门区政府工作报告",
                   "恒光光伏组件、瑞达光电智能制造产业园落户白沙工业园。", "推动企业落户省级开发区。")
    assert "白沙工业园" in found
    assert "省级开发区" not in found


def test_the_city_that_holds_the_report_area_is_a_place(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n——2023年3月29日在梧州市万秀区第三届人民代表大会第四次会议上\n各位代表：\n"
                    "一、2022年工作回顾\n地区生产总值增长3.9%。\n", encoding="utf-8")
    names = {p["name"] for p in predictions(build(path).rdf) if p.get("type") == "Place"}
    assert {"梧州市", "万秀区"} <= names


def test_a_local_report_names_its_own_zone_by_its_kind(tmp_path):
    found = places(tmp_path, "2024年邢台市政府工作报告", "内丘华晟化工、市高新区储能电池等10亿元以上项目加快建设。",
                   "经济开发区改革创新成效明显。", "推动国家级高新区提质增效。")
    assert {"市高新区", "经济开发区"} <= found
    assert "高新区" not in found  # "国家级高新区": a designation, not the city's own zone
    # in the State Council's report the kind stands for every such zone
    assert "经济开发区" not in places(tmp_path, NATIONAL, "经济开发区转型升级创新发展。")


def test_the_own_zone_with_or_without_its_level_is_one_place(tmp_path):
    # "市高新区" and "高新区" in one city's report: one zone, and its works located in it once
    path = tmp_path / "r.txt"
    path.write_text("2024年邢台市政府工作报告\n各位代表：\n一、2023年工作回顾\n"
                    "市高新区锂电池等10亿元以上项目加快建设。\n高新区新落地项目35个。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    g = build_graph(doc, extract_mentions(doc))
    zones = [e for e in g.entities.values() if e.type == "Place" and {e.name, *e.aliases} & {"市高新区", "高新区"}]
    assert len(zones) == 1 and {zones[0].name, *zones[0].aliases} == {"市高新区", "高新区"}
    located = [r for r in g.relations if r.kind == "locatedIn" and g.entities[r.subject].name == "市高新区锂电池"]
    assert [g.entities[r.object].name for r in located] == [zones[0].name]


def test_the_holding_city_of_a_title_broken_over_lines(tmp_path):
    # the area is read from "我代表海陵区人民政府"; the title's first line still names 泰州市
    path = tmp_path / "r.txt"
    path.write_text("—2024年1月10日在泰州市海陵区第十七届\n\n人民代表大会第三次会议上\n各位代表：\n"
                    "现在，我代表海陵区人民政府向大会作工作报告。\n一、2023年工作回顾\n地区生产总值增长7%。\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.names == ("泰州市", "海陵区")
    # of the four 鼓楼区, the one of the city the title names, with that county's towns
    path.write_text("—2024年1月10日在福州市鼓楼区第十七届\n\n人民代表大会第三次会议上\n各位代表：\n"
                    "现在，我代表鼓楼区人民政府向大会作工作报告。\n一、2023年工作回顾\n地区生产总值增长7%。\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.names == ("福州市", "鼓楼区")
    assert doc.own.division.code[:4] == "3501" and doc.own.province == "35"
    assert "五凤街道" in doc.own.towns


def test_of_homonymous_districts_the_one_whose_city_the_report_names(tmp_path):
    # the title names no city ("政府工作报告", then a subtitle the title does not hold): of the four
    # 鼓楼区, the one whose city and province the report names; the first of the table (南京's) before
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n——2024年1月在第十七届人民代表大会第三次会议上\n各位代表：\n"
                    "现在，我代表鼓楼区人民政府向大会作工作报告。\n一、2023年工作回顾\n"
                    "全区地区生产总值增长7%，占福州全市的比重提高。福州地铁延伸段开工。\n"
                    "我们主动融入福建省发展大局，福州都市圈建设加快。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.own.division.code[:4] == "3501" and doc.own.province == "35"
    # a report that names no city of any 鼓楼区 keeps the table's first, as before
    path.write_text("政府工作报告\n各位代表：\n现在，我代表鼓楼区人民政府向大会作工作报告。\n"
                    "一、2023年工作回顾\n地区生产总值增长7%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).own.division.code == "320106"


def test_a_region_that_opens_an_honour_title_is_not_a_place(tmp_path):
    found = places(tmp_path, "2023年梧州市万秀区政府工作报告", "万秀区荣获广西高质量发展先进城区。",
                   "安岳连续3年入围西部地区县域经济百强县。", "产品远销云南等地。")
    assert not {"广西", "西部地区"} & found
    assert "云南" in found


def test_a_dictionary_toponym_inside_a_plan_title_is_not_a_place(tmp_path):
    # 北部湾 is the dictionary's place word; inside 《…》 it names the plan, as for lexicon places
    found = places(tmp_path, "2018年湛江市政府工作报告", "国务院批复《北部湾城市群发展规划》，湛江被列为城市群之一。")
    assert "北部湾" not in found
    assert "湛江" in found


WUHAN_QINGSHAN = "武汉市青山区人民政府工作报告"
LUOHE = "漯河市政府工作报告"


def test_a_numbered_street_is_the_route_end_and_no_city(tmp_path):
    # fresh text (武汉市青山区 2014, not in the samples): "建设二路" is a street, the end of the works'
    # stretch; "中山三路" a street named after 中山, not the city
    found = places(tmp_path, WUHAN_QINGSHAN, "完成工程一期罗家港至建设二路堤防、江滩及亲水平台等基础建设。",
                   "道路拓宽工程施工至建设四路。", "加快完成解放街至中山三路改造。")
    assert {"罗家港", "建设二路", "建设四路", "中山三路"} <= found
    assert not found & {"建设二", "建设四", "中山"}
    # "一路" before a verb is "all the way", no street
    assert "广东" in places(tmp_path, GUANGDONG, "广东一路领跑全国。")


def test_a_town_head_that_opens_a_common_word_ends_no_town(tmp_path):
    # fresh text (应城市 2019): 乡 of "湖北乡村旅游" is 乡村, not the township 湖北乡
    found = places(tmp_path, QIANJIANG, "支持大唐田园参与湖北乡村旅游后备箱示范工程。")
    assert "湖北乡" not in found


def test_a_count_of_kinds_names_no_lake(tmp_path):
    # fresh text (余家桥乡 2016): the lakes are the items, "五大湖泊" their count and kind
    found = places(tmp_path, QIANJIANG, "以长海湖、神塘湖、张家湖等五大湖泊为龙头的水产养殖红红火火。")
    assert {"长海湖", "神塘湖", "张家湖"} <= found
    assert "五大湖" not in found


def test_a_kind_of_new_community_is_no_place(tmp_path):
    # fresh text (沙洋县 2019): "农民新社区" is a kind, like 安置小区
    assert "农民新社区" not in places(tmp_path, QIANJIANG, "新建和改建一批集镇和农民新社区。")


def test_a_place_inside_an_event_name_whose_head_jieba_splits(tmp_path):
    # fresh text (迪庆州 2016): "…体育运动/会" is an event's name (ANNOTATION rule 8)
    found = places(tmp_path, "迪庆藏族自治州政府工作报告", "承办了云南省第十届少数民族体育运动会,香格里拉成功撤县设市。")
    assert "云南省" not in found and "香格里拉" in found
    # national-2017: the summit's city is no place, nor is 杭州峰
    assert not places(tmp_path, NATIONAL, "我国成功主办二十国集团领导人杭州峰会，推动取得一系列成果。") & {"杭州", "杭州峰"}


def test_a_street_head_closes_the_name_before_a_river(tmp_path):
    # fresh text (漯河市 2020): 路 ends 白云山路; no place "路沙河"; a word named street is not a place
    found = places(tmp_path, LUOHE, "建成白云山路沙河桥、龙江路上跨京广铁路立交桥等7项桥梁工程。")
    assert "路沙河" not in found
    assert "临江" not in places(tmp_path, WUHAN_QINGSHAN, "基本建成临江大道二七长江大桥。")


def test_a_dictionary_compound_noun_is_no_toponym_stem(tmp_path):
    # fresh text (南通 2021): "生态旅游" (a rare dictionary noun) before 风景区 names no scenic area
    found = places(tmp_path, "南通市政府工作报告", "境内的渔湾生态旅游风景区现为国家2A级旅游景区。")
    assert "生态旅游风景区" not in found


def test_ends_abbreviated_before_a_passenger_line_are_no_region(tmp_path):
    # fresh text (成都 2015): "成渝客专" is the 成都–重庆 passenger line, jieba splits 客/专
    found = places(tmp_path, "成都市政府工作报告", "力争成渝客专、成安渝高速、五环路建成投用。",
                   "一路串起彭州、广汉、青白江、金堂共7个区县市。")
    assert "成渝" not in found
    assert {"彭州", "广汉", "青白江", "金堂"} <= found


def test_a_development_zone_named_after_a_place_is_a_place_unless_it_is_built(tmp_path):
    # devtext3 xiapu-2020, devtext jintai-2024 and a fresh Guangzhou page: a zone of an administrative
    # kind opened by a place, spoken of as the subject of the clause, is a place (ANNOTATION rules 3, 11)
    found = places(tmp_path, "2020年霞浦县政府工作报告", "霞浦经济开发区完成一区多园整合。")
    assert "霞浦经济开发区" in found
    found = places(tmp_path, "2017年广州市政府工作报告", "广州开发区持续位居全国国家级开发区前列。")
    assert "广州开发区" in found
    # the same kind of zone being built or applied for is a works (rule 3), and a trade-named park too
    found = places(tmp_path, "2020年霞浦县政府工作报告", "加快霞浦经济开发区建设。", "民爆产业园项目成功试生产。")
    assert not {"霞浦经济开发区", "民爆产业园"} & found


def test_zones_named_after_a_place_that_no_works_rule_took(tmp_path):
    # a fresh Changsha County page: zones of a listed honour, by the place and the zone's short kind
    found = places(tmp_path, "2023年长沙县政府工作报告",
                   "长沙县、长沙经开区、黄花综保区获评全省打造内陆地区改革开放高地先进单位。")
    assert {"长沙经开区", "黄花综保区"} <= found
    # a province's zones are a kind of zone, not one zone
    assert "广东省开发区" not in places(tmp_path, "2020年广州市政府工作报告", "广东省开发区改革取得新进展。")


def test_a_far_county_spelt_like_a_development_slogan_is_not_meant(tmp_path):
    # fresh Chaoyang County and Zhongjiang pages: "开放兴县", "聚力兴城市" are slogans, not 兴县 (Shanxi)
    # or 兴城市 (Liaoning)
    found = places(tmp_path, "2023年朝阳县政府工作报告", "坚持“开放兴县”战略，聚焦京津冀抓招商。")
    assert "京津冀" in found and "兴县" not in found
    assert "兴城市" not in places(tmp_path, "2022年中江县政府工作报告", "一年来，我们聚力兴城市，城市功能加快完善。")


def test_honour_ranks_and_counts_before_a_settlement_head_are_not_names(tmp_path):
    # fresh Changsha County and Wangniudun pages: "中国百强镇", "三湘第一镇" are honours; "7条村内河涌"
    # is a count of village streams, not a place "条村内河"
    found = places(tmp_path, "2023年长沙县政府工作报告", "黄花镇入列中国百强镇，系“三湘第一镇”。")
    assert "黄花镇" in found and not {"中国百强镇", "三湘第一镇"} & found
    found = places(tmp_path, "2018年东莞市政府工作报告", "望牛墩镇已完成洲湾、石排等7条村内河涌综合整治。")
    assert "望牛墩镇" in found and "条村内河" not in found


def test_a_town_head_written_short_opens_no_stem_after_it(tmp_path):
    # a fresh Huangpi (Wuhan) page: "滠口街湖景佳园二期" is 滠口街 + a housing estate, not a lake "街湖"
    found = places(tmp_path, "2021年黄陂区政府工作报告", "开工建设滠口街湖景佳园二期，武湖街滨湖苑二期等还建项目。")
    assert not {"街湖", "街滨湖"} & found


def test_the_county_short_form_is_the_county_not_its_eponymous_town(tmp_path):
    # fresh Caidian page; QP7's Shayang and Wuxue pages: "蔡甸速度" is 蔡甸区's, not 蔡甸街道's
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n——2017年12月27日在蔡甸区第六届人民代表大会第二次会议上\n各位代表：\n"
                    "一、2017年工作回顾\n“蔡甸速度”广受称道，蔡甸正在成为武汉对外交流的新窗口。\n",
                    encoding="utf-8")
    names = {p["name"] for p in predictions(build(path).rdf) if p.get("type") == "Place"}
    assert "蔡甸区" in names and "蔡甸街道" not in names


def test_headlands_and_rare_waters_before_water_works(tmp_path):
    # fresh Zhongjiang and Luohe pages, QP7's Shayang page: 嘴 ends a toponym (猫儿嘴, like 尖沙咀); a
    # river or lake jieba reads as one rare word opens an intake or an embankment being reinforced
    found = places(tmp_path, "2022年中江县政府工作报告", "猫儿嘴污水处理厂配套管网开工建设。")
    assert "猫儿嘴" in found
    found = places(tmp_path, "2020年漯河市政府工作报告", "完成澧河取水口上移工程竣工验收。")
    assert "澧河" in found
    found = places(tmp_path, "2019年沙洋县政府工作报告", "完成东巨野河治理和柳湖湖堤加固。")
    assert {"东巨野河", "柳湖"} <= found


def test_the_county_s_own_short_form_is_the_county_not_its_seat_town(tmp_path):
    # devtext anju-2022, hulin-2025: a town shares the county's short form (安居镇 of 安居区); the short
    # form in the county's report is the county itself, found and keyed by the county's code
    for head, sentence, short, full in (
            ("2022年遂宁市安居区政府工作报告", "这一年,我们埋头苦干、对标竞进,展现了经济发展“安居速度”。", "安居", "安居区"),
            ("2025年虎林市政府工作报告", "锚定“生态活力城、美丽新虎林”建设目标。", "虎林", "虎林市")):
        path = tmp_path / "r.txt"
        path.write_text(head + "\n各位代表：\n一、2024年工作回顾\n" + sentence + "\n", encoding="utf-8")
        doc = parse_document(read_source(path))
        assert short in names_of(extract_mentions(doc), "Place")
        assert doc.own.towns[short][0] == full
        key, attrs = place_key(short, doc.own.province, doc.own.towns)
        assert key == f"place/{doc.own.division.code}" and attrs["level"] == "county"


def test_yi_lu_before_a_preposition_or_direction_is_all_the_way_not_a_street_number(tmp_path):
    # "一路" (all the way) before a preposition or a direction word: the river before it stays a place
    for sentence in ("滨江大道沿长江一路向东延伸。", "游船沿长江一路往北航行。"):
        assert "长江" in places(tmp_path, QIANJIANG, sentence)
    # a numbered street keeps its number before a particle ("中山一路的改造")
    path = tmp_path / "r.txt"
    path.write_text(QIANJIANG + "\n各位代表：\n一、2018年工作回顾\n完成中山一路的改造。\n", encoding="utf-8")
    assert "中山一路" in {m.text for m in extract_mentions(parse_document(read_source(path)))}


def test_a_far_county_after_its_province_is_no_slogan(tmp_path):
    # a slogan's verb opens a far county's name after a two-character word ("开放兴城市"), but not
    # after a division's name: "辽宁兴城市" is 兴城市 of 辽宁
    assert "兴城市" in places(tmp_path, GUANGDONG, "支持辽宁兴城市发展文旅产业。")
    assert "兴城市" not in places(tmp_path, GUANGDONG, "坚持开放兴城市、产业强城市。")


def test_a_zone_named_after_a_place_has_a_kind_not_a_clause_between(tmp_path):
    # words between the place and the zone's head that join two places are no kind: 长沙和株洲高新区
    # is 长沙 and 株洲高新区; a kind of nouns or verbal nouns stays ("黄花综合保税区", "霞浦经济开发区")
    found = places(tmp_path, "2023年湖南省政府工作报告", "长沙和株洲高新区获评国家级先进园区。")
    assert "株洲高新区" in found and "长沙和株洲高新区" not in found
    assert "黄花综合保税区" in places(tmp_path, "2023年湖南省政府工作报告", "黄花综合保税区获评先进。")
    assert "霞浦经济开发区" in places(tmp_path, "2023年宁德市霞浦县政府工作报告", "霞浦经济开发区完成一区多园整合。")


def test_a_park_built_as_a_whole_before_the_works_put_in_it_is_a_place(tmp_path):
    # "加快推进X物流园区建设,确保A、B投入使用": the park the first clause builds is where the later
    # clauses' works are (ANNOTATION rule 3: a place there, as well as the works being built)
    path = tmp_path / "r.txt"
    path.write_text("2023年某某县政府工作报告\n各位代表：\n一、2022年工作回顾\n"
                    "加快推进中韩文化创意产业园建设，确保冷链仓储中心、跨境电商监管中心投入使用。\n", encoding="utf-8")
    b = build(path)
    E = b.report.entities
    got = {(r.kind, E[r.subject].name, E[r.object].name) for r in b.report.relations}
    assert ("locatedIn", "冷链仓储中心", "中韩文化创意产业园") in got
    # a park built with no works named after it is no place there
    assert "中韩文化创意产业园" not in places(tmp_path, "2023年某某县政府工作报告", "加快推进中韩文化创意产业园建设，全面提升园区管理水平。")
    # nor one whose next clause goes on to other work: that work is not said to be in the park
    assert "中韩文化创意产业园" not in places(tmp_path, "2023年某某县政府工作报告",
                                         "继续实施中韩文化创意产业园建设，加快推进奶牛养殖基地建设。")
    # a park no works rule took, a proper name before its head: the place all the same
    path.write_text("2023年某某县政府工作报告\n各位代表：\n一、2022年工作回顾\n"
                    "加快金山国际物流园区建设，确保冷链仓储中心投入使用，粮食储备库等项目开工建设。\n", encoding="utf-8")
    b = build(path)
    E = b.report.entities
    got = {(r.kind, E[r.subject].name, E[r.object].name) for r in b.report.relations}
    assert {("locatedIn", "冷链仓储中心", "金山国际物流园区"), ("locatedIn", "粮食储备库", "金山国际物流园区")} <= got


def test_the_village_or_park_a_metro_station_is_named_after_is_a_place(tmp_path):
    """武汉市蔡甸区 2018 政府工作报告: a station or a section's end named after a village or park
    (ANNOTATION: each end of a route is a place of it), also where a shorter place inside it is found (后官湖)."""
    found = places(tmp_path, "蔡甸区政府工作报告",
                   "凤凰山站、集贤村站等5个地下站点主体结构完工,凤凰山站至后官湖公园站区间正式铺轨。")
    assert {"集贤村", "后官湖公园"} <= found


def test_a_province_opening_a_partner_university_or_company_is_no_place(tmp_path):
    # pools u44 (changxing-2012, sanya-2023) and u38 (mouding-2024): the province opens the name of a
    # university or company that takes part ("与浙江大学合作", "引进…浙江大学…等高校");
    # the name is the body's own, not a place the report speaks of. Inside a works' name (ANNOTATION
    # rule 8: u42 luoyang-2020 "河南科技大学开元校区") and a foreign country (rule 1) stay places.
    found = places(tmp_path, "长兴县2012年政府工作报告", "与浙江大学合作建设长兴新能源技术研究院。",
                   "引进中国农业大学、浙江大学、华中农业大学等高校设立研究院。")
    assert "浙江" not in found
    found = places(tmp_path, "洛阳市2020年政府工作报告", "支持河南科技大学开元校区建设。",
                   "引进韩国现代汽车集团，力争到位资金100亿元。")
    assert {"河南", "韩国"} <= found


def test_a_province_opening_a_company_that_opens_its_works_is_no_place(tmp_path):
    # design pools u62-u79 (102 of 107 reports): the report's province written only as the registered
    # title of a company ("某省某某集团", "某省某某有限公司") is no place, even where the company opens a
    # works' name; a university's campus keeps its province (test above, ANNOTATION rule 8).
    found = places(tmp_path, "柳州市2021年政府工作报告",
                   "青禾冶炼厂技术改造项目竣工，广西澄禾焦化实业有限公司焦化转型升级项目开工。",
                   "农业示范园建成，广西青禾火腿集团年产200万只火腿加工厂投产。")
    assert "广西" not in found
