"""Genre rules (kg/extract/genre.py) on real sentences: from hailar-2015 (the development report
nobody tuned the other rules on) and the samples (named in each test). Each sentence is put in a
small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import assert_found, names_by_type, report_mentions

HAILAR = "2015年呼伦贝尔市海拉尔区政府工作报告"
QIANJIANG = "2019年重庆市黔江区政府工作报告"
YIXIAN = "易县人民政府县长在易县第十六届人民代表大会第四次会议上的政府工作报告"


def mentions(tmp_path, head: str, *sentences: str) -> dict[str, set[str]]:
    return names_by_type(report_mentions(tmp_path, head, "各位代表：", "一、2014年工作回顾", *sentences))


def test_facilities_listed_as_built_or_opened_are_projects(tmp_path):
    found = mentions(tmp_path, HAILAR,
                     "加快推进中俄蒙文化创意产业园建设，确保保税仓库、旅游集散中心投入使用。",
                     "启动维多利商城、大润发超市、发达广场项目建设，确保时代广场城市综合体开工、万家惠农贸市场投入运营。",
                     "确保桃李幼儿园完工，南开路中学、向阳幼儿园投入使用。",
                     "实施五金、伊敏等77个老旧小区排污管网，建华等7个小区的节能改造，完成29条背街巷道改造。")
    projects = found["Project"]
    assert {"保税仓库", "旅游集散中心", "维多利商城", "大润发超市", "时代广场城市综合体", "桃李幼儿园", "向阳幼儿园"} <= projects
    # counted sets and list pieces are not one facility
    assert not {"77个老旧小区", "7个小区", "老旧小区", "小区"} & projects


def test_a_trade_name_jieba_only_knows_as_a_prefix_is_unknown(tmp_path):
    # jieba's FREQ also holds every word's prefixes with 0 ("中路梆" of 中路梆子): no dictionary
    # word, so a trade name cut into pieces (中路/梆) before a market's head
    # (a 购物中心: an 农贸市场 keeps no trade name of its own, the Hailar gold has none there)
    found = mentions(tmp_path, HAILAR_2013, "中路梆购物中心建成投用。")
    assert "中路梆" in found.get("Organization", set())


def test_a_list_of_things_that_are_not_all_facilities_is_not_projects(tmp_path):
    # hailar-2015: a list of kinds of support, called projects, holds no name
    found = mentions(tmp_path, HAILAR, "充分利用国家和自治区优先支持产业结构调整、城市基础设施、民生和社会保障项目建设的发展机遇。")
    assert not {"产业结构调整", "城市基础设施"} & found.get("Project", set())


def test_a_bare_facility_of_a_sample_after_its_name(tmp_path):
    # yixian-2019: "确保易水初级中学和第三高中开工建设、荆轲山小学建成投用"; the review part's own sentence
    found = mentions(tmp_path, YIXIAN, "荆轲山小学主体完工，易水初级中学开工建设。")
    assert "荆轲山小学" in found["Project"]


def test_works_named_by_a_trade_name_and_capacity(tmp_path):
    found = mentions(tmp_path, HAILAR, "重点项目推进顺利，大唐700万吨露天矿完成项目核准；",
                     "加快推进大唐700万吨露天矿前期工作，力争年内开工建设；")
    assert "大唐700万吨露天矿" in found["Project"]
    assert "大唐" in found["Organization"]


def test_a_rate_is_not_a_trade_name(tmp_path):
    # qianjiang-2019 has "年产40万吨…项目": 年产 is a rate, not a company
    found = mentions(tmp_path, QIANJIANG, "引进年产40万吨无碱玻纤项目。")
    assert "年产" not in found.get("Organization", set())


def test_trade_names_opening_a_works_name(tmp_path):
    found = mentions(tmp_path, HAILAR, "华润雪花啤酒迁建、亘富200万吨褐煤提质项目主体完工。",
                     "启动维多利商城、大润发超市、发达广场项目建设。")
    orgs = found["Organization"]
    assert {"华润雪花啤酒", "亘富", "维多利", "大润发"} <= orgs
    assert "华润" not in orgs  # the longer trade name, not the group's short form alone


def test_a_relocated_factory_keeps_its_own_name(tmp_path):
    # qianjiang-2019: "黔江卷烟厂易地技改" — 易地 is how it moves, not part of the factory's name
    found = mentions(tmp_path, QIANJIANG, "推进黔江卷烟厂易地技改项目。")
    assert "黔江卷烟厂易地" not in found.get("Organization", set())


def test_city_quarters_clusters_wetlands_and_historic_sites_are_places(tmp_path):
    found = mentions(tmp_path, HAILAR,
                     "投资2.6亿元，实施了中心城区26公里供水工程。",
                     "旧城区改造成效显著。",
                     "加快实现产业和人口的集聚，推动东山组团产城融合、协调发展。",
                     "重点抓好海拉尔河流域生态环境、西山湿地和黑羊站水源地保护。",
                     "完成副都统衙门改造和布展工作。",
                     "实施世界反法西斯战争海拉尔纪念园二期工程。")
    places = found["Place"]
    assert {"中心城区", "旧城区", "东山组团", "西山湿地", "黑羊站水源地", "黑羊站", "副都统衙门",
            "世界反法西斯战争海拉尔纪念园"} <= places


def test_kinds_of_areas_are_not_places(tmp_path):
    # qianjiang-2019: "新老城区" is two quarters at once; guangdong-2026: "62个省级纵向支持组团"
    found = mentions(tmp_path, QIANJIANG, "加大新老城区和工业园区雨污分流改造。", "推进城市集中式饮用水源地保护。",
                     "62个省级纵向支持组团实施重点项目1000多个。")
    assert not {"老城区", "饮用水源地", "支持组团"} & found.get("Place", set())


def test_villages_and_compounds_in_lists_are_places(tmp_path):
    found = mentions(tmp_path, HAILAR,
                     "全面完成孙家屯、团结村等7个现代牧场建设任务。",
                     "实施五金、伊敏等77个老旧小区排污管网，建华等7个小区的节能改造。",
                     "实施友联、友好整村搬迁工程，年内完成基础设施建设。")
    places = found["Place"]
    assert {"孙家屯", "团结村", "五金", "伊敏", "建华", "友联", "友好"} <= places
    assert "友好整村" not in places


def test_kinds_of_villages_are_not_places(tmp_path):
    # qianjiang-2019 "贫困镇村"; guangdong-2026 "联县带村"
    found = mentions(tmp_path, QIANJIANG, "加大对贫困镇村、贫困户的帮扶。", "推进联县带村、以城带乡。")
    assert not {"贫困镇村", "联县带村"} & found.get("Place", set())


def test_a_list_item_runs_over_a_verb_inside_its_name(tmp_path):
    # hailar-2015: jieba reads 签证 and 采购 as verbs; the walk goes on to the clause's start
    found = mentions(tmp_path, HAILAR, "国际航空口岸地位不断巩固，落地签证服务中心投入使用，累计开通国内航线53条。",
                     "确保中网科技云计算数据中心建成并投入使用，工业品采购中心、五金机电建材城和二手车交易市场等项目开工建设。")
    projects = found["Project"]
    assert {"落地签证服务中心", "工业品采购中心", "五金机电建材城", "二手车交易市场"} <= projects
    assert not {"服务中心", "采购中心"} & projects


def test_a_park_opening_a_list_of_works_is_their_place(tmp_path):
    found = mentions(tmp_path, HAILAR, "中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目开工建设，入驻企业达到8家。")
    assert "中俄蒙国际物流园区" in found["Place"]
    assert "蒙拓牧机二期" in found["Project"]


def test_brands_counted_by_their_dealers_are_companies(tmp_path):
    found = mentions(tmp_path, HAILAR, "中俄蒙国际汽车园奥迪、大众等8家4S店建成运营。")
    assert {"奥迪", "大众"} <= found["Organization"]
    assert "园奥迪" not in found["Organization"]


def test_facilities_worked_on_are_projects(tmp_path):
    found = mentions(tmp_path, HAILAR, "投资4360万元，对城区雨水管网进行全面改造。",
                     "完成对胜利三路、学府路和贝尔大街3条主干道路的改造。",
                     "启动社区卫生服务中心、妇幼保健所等公共服务设施建设。",
                     "确保哈克镇客运站投入使用。")
    projects = found["Project"]
    assert {"城区雨水管网", "胜利三路", "学府路", "贝尔大街", "妇幼保健所", "哈克镇客运站"} <= projects
    assert not {"学府路和贝尔大街", "3条主干道路", "主干道路", "公共服务设施"} & projects


def test_an_item_inside_a_coordination_of_works_stays(tmp_path):
    # hailar-2015: the head rules join "中华天竺苑、西航大元文化城项目"; the first facility is named too
    found = mentions(tmp_path, HAILAR, "加快两河圣山旅游景区建设，重点抓好中华天竺苑、西航大元文化城项目的实施。")
    assert "中华天竺苑" in found["Project"]


def test_an_investment_phrase_is_not_part_of_a_route_section(tmp_path):
    # hailar-2015: "X至Y段工程" after "投资…万元的"
    found = mentions(tmp_path, HAILAR, "伊敏河沿河景观改造全面展开，投资4300万元的中央桥至哈萨尔桥段工程整体完工。")
    assert "中央桥至哈萨尔桥段工程" in found["Project"]
    assert not any(p.startswith("投资") for p in found["Project"])
    assert {"中央桥", "哈萨尔桥"} <= found["Place"]


def test_an_autonomous_regions_body_by_its_level(tmp_path):
    found = mentions(tmp_path, HAILAR, "全面贯彻中央经济工作会议、自治区党委九届十三次全委会暨经济工作会议、市委三届六次全委会精神。")
    assert {"自治区党委", "市委"} <= found["Organization"]


def test_an_autonomous_bodys_level_after_a_verb_or_preposition(tmp_path):
    # session 21 (qr21): the report's address and thanks name the body by its level after a verb
    found = mentions(tmp_path, "孟村回族自治县人民政府工作报告",
                     "现在,我代表自治县人民政府向大会报告工作,并请自治县政协委员提出意见。",
                     "在自治州党委的坚强领导下,全县经济平稳增长。")
    assert {"自治县人民政府", "自治县政协", "自治州党委"} <= found["Organization"]
    # after an ethnic group's name the level ends a longer name, not opens a body
    found = mentions(tmp_path, "孟村回族自治县人民政府工作报告", "回族自治县政府积极作为,办好民生实事。")
    assert "自治县政府" not in found.get("Organization", set())


def test_works_on_a_historic_site_is_a_project_and_the_site_a_place(tmp_path):
    found = mentions(tmp_path, HAILAR, "完成副都统衙门改造和布展工作。")
    assert "副都统衙门改造" in found["Project"]
    assert "副都统衙门" in found["Place"]


def test_a_subdistrict_by_its_offices_short_form(tmp_path):
    # hailar-2015: 建设办 is the office (办事处) of 建设街道 of 海拉尔区
    found = mentions(tmp_path, HAILAR, "奋斗镇、建设办建成蔬菜大棚700亩，仓储库3.2万平方米。")
    assert {"奋斗镇", "建设办"} <= found["Place"]
    found = mentions(tmp_path, HAILAR, "加快建设办公楼。", "全面推进依法行政，加快建设办事高效的服务型政府。")
    assert "建设办" not in found.get("Place", set())


def test_facilities_a_works_package_lists(tmp_path):
    # hailar-2015; the kinds and the clause's verbs are no names (sentences of hailar-2014/2016 checked for
    # false positives: "实施了标准化幼儿园、…", "标准化中学、幼儿园等公共公益项目")
    found = mentions(tmp_path, HAILAR, "实施火车站规划三路、滨河路等城区道路工程，东西外环道路开工建设。",
                     "投资4.5亿元实施了标准化幼儿园、呼伦小学新建、南开路中学等14个项目。",
                     "推进第三中学分校及标准化中学、幼儿园等公共公益项目。")
    projects = found["Project"]
    assert "滨河路" in projects
    assert not {"幼儿园", "标准化幼儿园", "了标准化幼儿园", "标准化中学"} & projects


def test_a_group_opening_a_works_name_and_the_park_of_dealers(tmp_path):
    found = mentions(tmp_path, HAILAR, "完成森工集团棚户区改造二期工程，启动社区卫生服务中心建设。",
                     "中俄蒙国际汽车园奥迪、大众等8家4S店建成运营。")
    assert {"森工集团", "奥迪", "大众"} <= found["Organization"]
    assert "中俄蒙国际汽车园" in found["Place"]


def test_an_industrial_park_opened_or_brought_in_is_a_project(tmp_path):
    found = mentions(tmp_path, HAILAR, "中俄蒙文化创意产业园正式运营，彼得国际酒店、国际皮草城投入使用。",
                     "推进通用航空产业园等社会投资项目落地。")
    assert {"中俄蒙文化创意产业园", "国际皮草城", "通用航空产业园"} <= found["Project"]
    assert "航空产业园" not in found["Project"]


def test_facilities_managed_and_operated_are_institutions(tmp_path):
    found = mentions(tmp_path, HAILAR, "推动社会公共文化事业发展,做好呼伦贝尔大剧院、图书馆、老少宫等公共文化体育设施的管理和运营。")
    assert {"呼伦贝尔大剧院", "图书馆", "老少宫"} <= found["Organization"]
    assert "公共文化体育设施" not in found["Organization"]


def test_a_zone_being_built_named_by_a_place_or_countries(tmp_path):
    found = mentions(tmp_path, HAILAR, "继续实施哈克镇滨河新区建设，加快推进生态奶源基地建设。",
                     "重点抓好奋斗镇新镇区建设，实施友联、友好整村搬迁工程。",
                     "进一步扩大向北开放，围绕中俄蒙合作先导区建设，充分发挥我区的口岸优势。")
    assert {"哈克镇滨河新区", "奋斗镇新镇区", "中俄蒙合作先导区"} <= found["Project"]
    # a zone named by its type alone is a designation (ANNOTATION rule 11); guangdong-2026 speaks of one
    found = mentions(tmp_path, HAILAR, "支持国家级新区建设。")
    assert not any(p.endswith("新区") for p in found.get("Project", set()))


def test_a_works_name_cut_inside_a_town_begins_with_the_town(tmp_path):
    found = mentions(tmp_path, HAILAR, "全年投资1.6亿元，重点实施“菜篮子”工程建设，完成建设办农业示范基地、奋斗镇蔬菜基地三期工程，新建大棚300个。")
    assert "奋斗镇蔬菜基地三期工程" in found["Project"]
    assert "镇蔬菜基地三期工程" not in found["Project"]


HAILAR_2013 = "2013年呼伦贝尔市海拉尔区政府工作报告"


def test_a_facility_with_the_works_of_moving_it(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "启动火化场搬迁新建和殡仪馆迁址新建的前期工作。")  # hailar-2013
    assert {"火化场搬迁新建", "殡仪馆迁址新建"} <= found["Project"]
    # the institutions moved exist: organizations (ANNOTATION rule 2)
    assert {"火化场", "殡仪馆"} <= found["Organization"]
    # so does a factory moved, an enterprise (hailar-2013)
    found = mentions(tmp_path, HAILAR_2013, "确保华润雪花迁建、冷饮厂迁建、玉佳禾面粉和方便面加工等项目开工建设。")
    assert "冷饮厂" in found["Organization"]
    # a moved school named as such is no works of moving (qianjiang-2019)
    found = mentions(tmp_path, QIANJIANG, "投用2所城区迁建小学，基本消除义务教育“超大班额”问题。")
    assert "城区迁建" not in found.get("Project", set())


def test_a_zone_the_report_supports_is_a_place(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区，协助做好招商引资和项目入驻。")
    assert "呼伦贝尔经济技术开发区" in found["Place"]
    assert not any(p.startswith(("全力", "支持")) for p in found.get("Project", set()))
    # a zone named by its type alone is no place (ANNOTATION rule 11)
    found = mentions(tmp_path, HAILAR_2013, "支持开发区加快发展。")
    assert "开发区" not in found.get("Place", set())


def test_works_named_by_a_place_and_a_size_in_a_list_called_projects(tmp_path):
    found = mentions(tmp_path, HAILAR_2013,
                     "实施奋斗镇1万亩节水灌溉、哈克镇7000平方米标准化奶牛养殖、建设办事处1万亩设施农业等项目。",
                     "鼓励农民建设蔬菜仓储设施，实施奋斗镇1.6万吨蔬菜仓储等项目，仓储能力达到7万吨。")
    assert {"奋斗镇1万亩节水灌溉", "哈克镇7000平方米标准化奶牛养殖", "建设办事处1万亩设施农业",
            "奋斗镇1.6万吨蔬菜仓储"} <= found["Project"]
    # a place without a size is left to the other rules; the clause's verb is not part of the name
    assert not any(p.startswith("实施") for p in found["Project"])


def test_names_listed_as_companies_or_hotels_are_organizations(tmp_path):
    found = mentions(tmp_path, HAILAR_2013,
                     "引导扶持三角地商厦、供销大楼、第二百货等企业引进合作伙伴或升级改造。",
                     "支持大唐区域总部入驻，鼓励蒙西、银亿等国内知名企业尽快实施项目。",
                     "抓好喜来登、锦江国际等酒店的开工，确保包商银行培训中心、呼伦贝尔大饭店、碧海云天等酒店投入运营。")
    orgs = found["Organization"]
    # list-mates of a company found are companies; trade names of hotels are the companies running them
    assert {"三角地商厦", "供销大楼", "第二百货", "银亿", "喜来登", "锦江国际"} <= orgs
    # an item cut inside a longer name, or named by a facility, is not a trade name
    assert not {"大饭店", "呼伦贝尔大饭店", "包商银行培训中心"} & orgs
    # kinds of enterprise listed as enterprises are no companies (guangdong-2026)
    found = mentions(tmp_path, "广东省2026年政府工作报告",
                     "建立完善世界500强、中国500强、制造业单项冠军企业、上市公司、独角兽企业、瞪羚企业、专精特新“小巨人”企业、"
                     "高新技术企业、科技型中小企业等优质企业梯度培育体系。")
    assert not {"独角兽企业", "瞪羚企业", "上市公司", "高新技术企业", "科技型中小企业"} & found.get("Organization", set())


def test_communities_counted_in_a_list_and_burial_sites_and_site_parks_are_places(tmp_path):
    found = mentions(tmp_path, HAILAR_2013,
                     "强化社区建设，解决芳园、天润等8个社区办公用房问题。",
                     "加强文物保护，做好谢尔塔拉墓地二次发掘，启动成德公故居修缮工程。",
                     "实施呼伦贝尔古城、哈克文化遗址公园提档升级工作。")
    places = found["Place"]
    assert {"芳园", "天润", "谢尔塔拉墓地", "哈克文化遗址公园"} <= places
    # the site park is one name: the site cut inside it is no place of its own
    assert "哈克文化遗址" not in places


def test_divisions_written_after_their_country_are_places(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "与蒙古国乌兰巴托市松根海尔汗区正式缔结国际友城关系，口岸落地签证业务获国务院批准。")
    assert {"蒙古国", "乌兰巴托市", "松根海尔汗区"} <= found["Place"]
    # a scope word after the country is no foreign division (national-2017)
    found = mentions(tmp_path, "2017年国务院政府工作报告", "中国全省域推进改革。")
    assert not any(p.startswith("全") for p in found.get("Place", set()))
    # a common word ending in the division's head is no division ("城市" in 建立友好城市关系; session 31)
    found = mentions(tmp_path, HAILAR_2013, "与马来西亚建立友好城市关系，与越南广宁省开展经贸交流。")
    assert "马来西亚" in found["Place"] and not any(p.endswith("城市") for p in found["Place"])
    assert "广宁省" in found["Place"]


def test_a_works_whose_preparation_the_clause_speaks_of(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "加快空港物流园前期工作，推进航空国际物流业务开展。",
                     "做好哈克文化遗址公园二期项目前期，深化景区文化内涵。")
    assert {"空港物流园", "哈克文化遗址公园二期"} <= found["Project"]
    # a list before 前期 is the list rules' ("…等项目前期工作"), and a kind is no works
    found = mentions(tmp_path, HAILAR_2013, "推进维多利等城市商贸综合体项目前期。")
    assert "城市商贸综合体" not in found.get("Project", set())


def test_facilities_listed_by_their_kind_are_projects(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "确保包商银行培训中心、呼伦贝尔大饭店、碧海云天等酒店投入运营。")
    assert {"包商银行培训中心", "呼伦贝尔大饭店", "碧海云天"} <= found["Project"]
    # the end of a facility's name is no place joined to the next
    assert "培训中心" not in found.get("Place", set())
    # halls counted after a list are the listed schools' halls, not the schools as works
    found = mentions(tmp_path, HAILAR_2013, "完成沿山路小学等8所风雨馆建设。")
    assert "沿山路小学" not in found.get("Project", set())


def test_a_trade_name_right_before_a_works_capacity_is_a_company(tmp_path):
    found = mentions(tmp_path, HAILAR_2013,
                     "加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产等重点项目前期工作。")
    assert {"麦多利", "东电"} <= found["Organization"]
    # the place before a capacity is no company
    assert "哈克" not in found["Organization"]
    # a rate before a capacity names no company (qianjiang-2019)
    found = mentions(tmp_path, QIANJIANG, "年产40万吨无碱玻纤项目有序推进。")
    assert not any(o.startswith("年产") for o in found.get("Organization", set()))


def test_a_trade_name_before_a_power_capacity_in_gigawatts_is_a_company(tmp_path):
    # solar and storage plants are sized in 吉瓦 or the unit symbols GW, MW as often as in 万千瓦
    found = mentions(tmp_path, HAILAR_2013, "加快推进睿晟20吉瓦光伏组件、拓峰5GW电池片、卓禾300MW储能等项目建设。")
    assert {"睿晟", "拓峰", "卓禾"} <= found["Organization"]
    assert {"睿晟20吉瓦光伏组件", "拓峰5GW电池片", "卓禾300MW储能"} <= found["Project"]
    # an installed total sized by a capacity is the area's figure: no works, no company
    found = mentions(tmp_path, HAILAR_2013, "全年新增光伏装机5GW，风电装机50万千瓦以上。")
    assert not any("装机" in p for p in found.get("Project", set()))
    assert not found.get("Organization")
    # a list of phases after the product closes the works' name, not its first numeral
    found = mentions(tmp_path, HAILAR_2013, "宏晟35GW直拉单晶一、二期建成投产。")
    assert "宏晟35GW直拉单晶一、二期" in found["Project"]
    assert "宏晟35GW直拉单晶一" not in found["Project"]


def test_zones_joined_by_and_share_the_works_word(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "实施奋斗镇新镇区和哈克镇滨河新区建设，真正将新农村建设和城市发展结合起来。")
    assert {"奋斗镇新镇区", "哈克镇滨河新区"} <= found["Project"]
    # the first zone's tail is no place joined to the second
    assert "新镇区" not in found.get("Place", set())


def test_a_zone_named_by_itself_joined_to_a_park_shares_the_works_word(tmp_path):
    # fengqiu-2025 (pool u39): the new area, a quarter found by its own name, and the park share 建设
    found = mentions(tmp_path, HAILAR, "深入践行“长封一体化”发展战略，协同推进城南新区和飞地产业园区建设，总投资166.25亿元的37个项目。")
    assert {"城南新区", "飞地产业园区"} <= found["Project"]
    # yixian-2019: a new area found as a place by the lexicon, planned and built
    found = mentions(tmp_path, YIXIAN, "抢抓京津冀协同发展和雄安新区规划建设的重大历史机遇。")
    assert "雄安新区" in found["Project"]
    # a zone named by its type alone is still none (ANNOTATION rule 11)
    found = mentions(tmp_path, HAILAR, "推进国家级新区和自贸试验区建设。")
    assert not any(p.endswith("新区") for p in found.get("Project", set()))


def test_zones_listed_after_the_works_word_are_built(tmp_path):
    # fujian-2018 (pool u37): 建设 opens the list; each zone named by a place is built (ANNOTATION rule 3)
    found = mentions(tmp_path, "2018年福建省政府工作报告",
                     "党中央、国务院高度重视福建加快发展,支持建设21世纪海上丝绸之路核心区、国家生态文明试验区、"
                     "中国(福建)自由贸易试验区、平潭综合实验区、福州新区、福厦泉国家自主创新示范区等。")
    assert {"平潭综合实验区", "福州新区"} <= found["Project"]
    # the city's own new area, built, is works in the city (ANNOTATION rule 3), not only a place of it
    g = build(tmp_path / "report.txt").report
    assert any(r.kind == "locatedIn" and g.entities[r.subject].name == "福州新区" and g.entities[r.object].name == "福州市"
               for r in g.relations)
    # (a variant of hailar-2015's sentence) a zone in a list whose works word closes another item is not built by it
    found = mentions(tmp_path, HAILAR, "加快推进生态奶源基地建设、哈克镇滨河新区招商。")
    assert "哈克镇滨河新区" not in found.get("Project", set())


def test_each_item_of_a_list_may_open_with_its_own_investment(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "投资836万元的建新养老院、550万元呼伦社区文体馆项目基本完工。",
                     "投资1.27亿元的公路客运总站基本完工,投资12.4亿元的保障性住房。")
    assert {"建新养老院", "呼伦社区文体馆", "公路客运总站"} <= found["Project"]
    assert not any(p[0].isdigit() for p in found["Project"])


def test_works_on_a_site_another_rule_found_keeps_its_works_head(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "加强文物保护，做好谢尔塔拉墓地二次发掘，启动成德公故居修缮工程。")
    assert "成德公故居修缮工程" in found["Project"]
    assert "成德公故居" in found["Place"]


def test_one_named_facility_whose_building_a_clause_pushes(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "启动中心城区雨水管网建设。", "高水平规划东山医院、中小学校。")
    assert {"中心城区雨水管网", "东山医院"} <= found["Project"]
    assert "中小学校" not in found["Project"]
    # the text is NFKC: a full-width comma reaches the rules half-width
    found = mentions(tmp_path, HAILAR_2013, "高水平规划东山医院，同步建设配套道路。")
    assert "东山医院" in found.get("Project", set())
    # a kind of facility is no project (guangdong-2026)
    found = mentions(tmp_path, "广东省2026年政府工作报告", "大力推进算力中心建设。")
    assert "算力中心" not in found.get("Project", set())


def test_a_body_opening_a_works_name_is_an_organization(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "确保包商银行培训中心、呼伦贝尔大饭店、碧海云天等酒店投入运营。")
    assert "包商银行" in found["Organization"]
    assert "包商银行培训中心" in found["Project"]


def test_an_idiom_before_a_place_head_names_nothing(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "逐步提高社区干部、环卫工人的待遇。")
    assert "逐步提高社区" not in found.get("Place", set())


def test_a_rated_kind_and_a_counted_set_are_no_projects(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "五星级酒店建设实现破题，喜来登酒店项目顺利签约。",
                     "新建5条主干道路、2台热水锅炉、12公里热力主管网等项目。")
    projects = found["Project"]
    assert "喜来登酒店项目" in projects
    assert not {"五星级酒店", "新建5条主干道路", "5条主干道路", "2台热水锅炉"} & projects


def test_a_companys_regional_headquarters_is_an_organization(tmp_path):
    found = mentions(tmp_path, HAILAR_2013, "支持大唐区域总部入驻，鼓励蒙西、银亿等国内知名企业尽快实施项目。")
    assert "大唐区域总部" in found["Organization"]
    # headquarters of no one company are none (hailar-2012)
    found = mentions(tmp_path, HAILAR_2013, "引导周边大企业地区总部入驻新城区。")
    assert not any(o.endswith("总部") for o in found.get("Organization", set()))


def test_facilities_finished_with_an_adverb_or_by_a_completion_verb(tmp_path):
    # hailar-2013 and yixian-2019: an adverb before the predicate ("全面竣工"), bridges, a shopping
    # street beside a trade name without a head, facilities a completion verb finishes ("完成…建设")
    found = mentions(tmp_path, HAILAR,
                     "农林桥、呼达罕桥竣工通车。",
                     "华汇地下商业街、众和地壹街、华融购物广场全面竣工。",
                     "完成自来水泵站、污水泵站、雨水泵站和燃气站建设。",
                     "易水初级中学、第三高中项目全面启动。")
    assert {"农林桥", "呼达罕桥", "华汇地下商业街", "华融购物广场", "自来水泵站", "污水泵站", "易水初级中学"} <= found["Project"]


def test_shops_opened_and_fields_of_effort_are_not_works(tmp_path):
    # hailar-2012: shop names opened are businesses; "加强…建设" is a field of effort; hailar-2013:
    # the schools of counted halls are not the works; a kind of bridge among areas is no works
    found = mentions(tmp_path, HAILAR,
                     "苏宁电器、爱购超市、满购儿童百货等大型专业商场投入运营。",
                     "加强乡镇卫生院、村卫生室建设。",
                     "完成沿山路小学等8所风雨馆建设。",
                     "对东出口、西出口、北出口、立交桥、哈萨尔桥等区域进行环境综合整治。")
    assert not {"爱购超市", "乡镇卫生院", "村卫生室", "沿山路小学", "立交桥"} & found.get("Project", set())


def test_the_industries_a_trade_name_stops_before_are_gathered_once(tmp_path, monkeypatch):
    # "咸和航天机械": the trade name is tried at several ends, each against the industries; their set
    # (industries.txt and the company trades) is built once for the run, not at every try
    import types
    from kg import lexicons
    from kg.extract import genre
    mentions(tmp_path, YIXIAN, "咸和航天机械零部件项目完成主体建设。")
    asked = []
    counted = types.SimpleNamespace(**{k: getattr(lexicons, k) for k in dir(lexicons) if not k.startswith("__")})
    counted.word_set = lambda name: asked.append(name) or lexicons.word_set(name)
    monkeypatch.setattr(genre, "lexicons", counted)
    found = mentions(tmp_path, YIXIAN, "咸和航天机械零部件项目完成主体建设，华电高端装备制造项目开工。")
    assert "咸和" in found.get("Organization", set()) and "industries.txt" not in asked


# Works named by a place and an action in common words (genre_place_works): sentences written in the
# genre's phrasing for these tests (no sample holds one), "完成X河治理", "加快X片区城市更新".
def test_a_river_or_an_area_and_the_works_on_it_are_one_project(tmp_path):
    found = mentions(tmp_path, YIXIAN,
                     "完成大港河治理和长湖湖堤加固。",
                     "推进东巨野河综合治理，实施柳湖片区黑臭水体治理。",
                     "加快姚庄片区城市更新，改造老旧小区10个。",
                     "确保柳林河综合治理与生态修复工程竣工。")
    projects = found.get("Project", set())
    assert {"大港河治理", "长湖湖堤加固", "东巨野河综合治理", "柳湖片区黑臭水体治理", "姚庄片区城市更新",
            "柳林河综合治理与生态修复工程"} <= projects
    # the place stays a place of its own (the project's location)
    assert {"大港河", "东巨野河", "姚庄片区"} <= found.get("Place", set())


@pytest.mark.parametrize("sentences,found,not_found", [
    # 水利部's 病险水库除险加固 done on a reservoir named before it (the baotou-2016 and dunhuang-2015
    # passages of pool u42): the works is the reservoir and the repair, at the place the reservoir is
    # named after (党河: dunhuang's gold, and 9 of the 13 design reports with such works)
    (("实施黄河包头段防洪工程和昆都仑河、四道沙河综合治理，推进昆都仑水库除险加固。",
      "推进党河水库除险加固、疏勒河干流水资源利用工程。"),
     {"Project": {"昆都仑水库除险加固", "党河水库除险加固"}, "Place": {"昆都仑", "党河"}},
     {"昆都仑水库", "党河水库"}),
    # the action done on a list of rivers is one works named by the list (the yuhang-2020 and
    # binhai-2013 passages of pool u44): the last river and the action alone name no works; a river
    # no rule found (独流减河: 减河 is found inside it) is an item by its kind
    (("实施南苕溪、东苕溪综合治理，推进北湖草荡湿地生态修复。", "完成独流减河、蓟运河、永定新河治理。"),
     {"Project": {"南苕溪、东苕溪综合治理", "独流减河、蓟运河、永定新河治理"}},
     {"东苕溪综合治理", "永定新河治理", "减河、蓟运河、永定新河治理"}),
])
def test_works_on_named_waters(tmp_path, sentences, found, not_found):
    got = mentions(tmp_path, YIXIAN, *sentences)
    for kind, names in found.items():
        assert names <= got.get(kind, set()), kind
    assert not not_found & got.get("Project", set())


@pytest.mark.parametrize("sentence,found,not_found", [
    # waters listed before the treatment done on them all, however jieba cuts them (安/v 昌江,
    # 芙蓉/溪水, 派/v 河: the mianyang-2017 passage of pool u44, the hefei-2018 one of pool u42)
    ("实施涪江、安昌江、芙蓉溪水环境综合治理，建成塔子坝污水处理厂扩建工程。", {"涪江", "安昌江", "芙蓉溪"}, {"昌江"}),
    ("实施南淝河、十五里河、派河等河道综合治理，新建改造污水管网300公里。", {"南淝河", "十五里河", "派河"}, set()),
    # a verb no opener lists stays out of the first water (the dalian-2015 passage of pool u44)
    ("开展马栏河、春柳河综合治理，建成夏家河子污水处理厂二期。", {"马栏河", "春柳河"}, {"开展马栏河"}),
    # kinds of water are no names (宁夏's 2017 report): the list holds one, none is a place
    ("加强黄河支流、入黄排水沟、重点湖泊、城市黑臭水体治理，全面取缔企业直排口。", {"黄河"}, {"重点湖泊", "入黄排水沟"}),
])
def test_waters_listed_before_their_treatment(tmp_path, sentence, found, not_found):
    assert_found(mentions(tmp_path, YIXIAN, sentence).get("Place", set()), found, not_found)


def test_a_piece_of_a_longer_place_opens_no_works(tmp_path):
    # "登沙河流域" is found whole: its 沙河 opens no "沙河流域治理" (the dalian-2015 passage of pool u44)
    found = mentions(tmp_path, YIXIAN, "实施大沙河、登沙河流域治理。")
    assert "沙河流域治理" not in found.get("Project", set())


def test_no_works_without_a_building_verb_a_closed_name_or_a_named_place(tmp_path):
    found = mentions(tmp_path, YIXIAN,
                     "大港河治理成效明显。",
                     "提升东巨野河治理能力。",
                     "深入推进农村人居环境整治，提升乡村治理效能。")
    projects = found.get("Project", set())
    assert not {p for p in projects if p.startswith(("大港河", "东巨野河"))}
    assert not {"农村人居环境整治", "乡村治理"} & projects


def test_a_building_verb_before_a_colon_opens_the_works_listed_after_it(tmp_path):
    # "重点推进三项工程:…": a colon opens what the verb before it governs, so the clause runs on over
    # it; a comma or a full stop ends it, in full-width or half-width print (NFKC makes both half)
    for mark in ("：", ":"):
        found = mentions(tmp_path, YIXIAN, f"重点推进三项工程{mark}东巨野河治理、柳湖片区城市更新。")
        assert {"东巨野河治理", "柳湖片区城市更新"} <= found.get("Project", set()), mark
    for mark in ("，", ",", "。"):
        found = mentions(tmp_path, YIXIAN, f"重点推进三项工程{mark}东巨野河治理、柳湖片区城市更新。")
        assert not {p for p in found.get("Project", set()) if p.startswith("东巨野河")}, mark


def test_a_span_over_a_predicate_is_no_works_name():
    # "对青溪河进行黑臭水体整治": a head rule's span that ran over 进行 names no works
    from kg.resolve.not_works import names_no_works

    assert names_no_works("青溪河进行黑臭水体整治") == "predicate"
    assert names_no_works("西园小区进行综合整治") == "predicate"
    assert names_no_works("大港河治理") is None


def test_areas_whose_projects_are_prepared_are_no_works(tmp_path):
    # "…项目前期": the preparation of the projects in the areas listed; an item that is a place or ends in a
    # zone's or an area's head (片区, 新城, 新区, 园区, 开发区) is where they are, no works (ANNOTATION rule 11)
    # (before: "城东片区", "东湖新城" were projects)
    found = mentions(tmp_path, HAILAR_2013, "抓好河西片区、经开区、南湖新城项目前期，加快项目落地。")
    assert not {"河西片区", "南湖新城", "经开区"} & found.get("Project", set())
    found = mentions(tmp_path, HAILAR_2013, "抓好滨河公园、体育中心、客运枢纽站项目前期，力争早日开工。")
    assert {"滨河公园", "体育中心"} <= found.get("Project", set())


def test_a_national_zone_named_with_its_place_bracketed_is_a_project(tmp_path):
    # the official names of pilot free trade zones, big-data pilot zones and cooperation parks (the
    # fujian-2018 opening of pool u37; the shandong-2021 and guizhou-2017 passages of pool u42)
    found = mentions(tmp_path, YIXIAN,
                     "支持建设国家生态文明试验区、中国(福建)自由贸易试验区、平潭综合实验区。",
                     "推进国家大数据（贵州）综合试验区建设。",
                     "推进中日韩（烟台）产业园、中德（青岛）生态园和威海中韩地方经济合作示范区建设。")
    assert {"中国(福建)自由贸易试验区", "国家大数据(贵州)综合试验区", "中日韩(烟台)产业园",
            "中德(青岛)生态园"} <= found.get("Project", set())
    assert {"福建", "贵州", "烟台", "青岛"} <= found.get("Place", set())


def test_listed_items_search_from_the_run_finds_what_the_whole_window_does():
    """`_listed_items` searches for the 、-list from the start of the run of item characters and 、 that
    ends at the predicate (a speed cut): on every sentence of the samples, at every predicate and every
    、, it finds the same list as the search over the whole look-back window it replaced."""
    from kg.extract import genre
    from kg.extract.base import SentenceContext
    from kg.text.document import parse_document
    from kg.text.reading import read_source
    from kg.text.segment import tokens
    from tests.conftest import SEEDS

    def whole_window(text, end):
        m = genre._list_before().search(text, max(0, end - genre.LIMITS.list_lookback), end)
        return m.start(1) if m else None

    checked = 0
    for path in sorted(SEEDS.glob("*.txt")):
        doc = parse_document(read_source(path))
        for sentence in doc.sentences:
            text = sentence.text
            ends = {m.start() for m in genre._predicate_pattern().finditer(text)} | {i for i, c in enumerate(text) if c == "、"}
            if not ends:
                continue
            ctx = SentenceContext(doc, sentence, tokens(text), [], [])
            for end in sorted(ends):
                start = whole_window(text, end)
                expected = genre._split_list(ctx, start, text[start:end]) if start is not None else []
                assert genre._listed_items(ctx, end) == expected, (text, end)
                checked += 1
    assert checked > 1000


def test_a_works_being_prepared_keeps_the_capacity_it_is_named_with(tmp_path):
    # a plant's capacity between the plant and the works (ANNOTATION: a capacity that is part of how
    # the report names a project stays) sizes the works, it counts nothing: the works is named whole,
    # not cut at the plant before the capacity
    found = mentions(tmp_path, HAILAR_2013, "加快青禾发电厂2×35万千瓦热电联产项目前期，年内要完成项目核准。",
                     "全力推进澄电2×30万千瓦热电联产项目前期工作。")
    projects = found["Project"]
    assert {"青禾发电厂2×35万千瓦热电联产", "澄电2×30万千瓦热电联产"} <= projects, projects
    assert "青禾发电厂" not in projects
    # a count before the works still names none of them
    found = mentions(tmp_path, HAILAR_2013, "推进澄江12个热电联产项目前期工作。")
    assert not any("12个" in p for p in found.get("Project", set()))
