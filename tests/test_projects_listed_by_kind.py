"""Project rules (project recall on unseen text), on real sentences of the dev sets and
of fresh reports: each test names the miss class it checks."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names


def check(tmp_path, sentence, found, not_found, type_="Project"):
    assert_found(review_names(tmp_path, type_, sentence), found, not_found)


# Works listed by their kind: the items before 等 (a count or 一批, a few qualifying words) and a kind of
# works (水电站, 高速公路, 国省道, 酒店, 公园, 科技基础设施) name one works each, in a clause that builds,
# opens or runs them; not where the kind goes on to what is done to them.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("新增库容9亿立方米。乌东德、白鹤滩等大型水电站全面投产,全省装机容量突破1亿千瓦。",  # heldtext yunnan-2023
     {"乌东德", "白鹤滩"}, set()),
    ("某铁路开通运营,成南扩容、九绵等高速公路建成通车。",  # fresh (Sichuan, 2026)
     {"九绵"}, set()),
    ("推进雄商、济滨、津潍、潍宿等7个高铁项目,建成潍烟高铁。",  # heldtext shandong-2024
     {"雄商", "济滨", "津潍", "潍宿", "潍烟高铁"}, set()),
    ("改造完成G207、G325及S280、S370等15条国省道。",  # devtext3 maoming-2017
     {"G207", "G325", "S280", "S370"}, set()),
    ("六是皇冠假日、南山花园和山阳隆元基曼斯、商南运通逸云等一批高品质酒店相继建成开业。",  # heldtext shangluo-2024
     {"皇冠假日", "南山花园", "山阳隆元基曼斯", "商南运通逸云"}, {"南山花园和山阳隆元基曼斯"}),
    ("建成软X射线、超强超短激光等一批重大科技基础设施和8个功能型平台。",  # heldtext2 shanghai-2021
     {"软X射线", "超强超短激光"}, set()),
    ("加快世纪天伦、嘉世豪等酒店星级创评工作,提高旅游接待能力和水平。",  # hailar-2013: hotels rated, not built
     set(), {"世纪天伦", "嘉世豪"}),
    ("游览了泰山、黄山等著名景区和公园。",  # a visit, no stage word
     set(), {"泰山", "黄山"}),
])
def test_works_listed_by_kind(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_works_listed_by_kind_are_not_companies(tmp_path):
    """Route abbreviations in a list of 高铁 works are works, not the companies a works list counts."""
    got = review_names(tmp_path, "Organization", "推进雄商、济滨、津潍、潍宿等7个高铁项目,建成潍烟高铁。")
    assert not {"雄商", "济滨", "津潍", "潍宿"} & got


# Works named after the sum invested in them: "投资N万元的X" — X, up to the next mark or predicate, is
# one works when it ends in a works head or 项目; a bare name is one in a list of such sums.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("新上项目36个,其中,300万元以上的已竣工项目3个,投资1500万元的恒泉油脂厂,投资630万元的供销商城,投资320万元的德源果蔬。",  # fresh (Zhen, 2017)
     {"恒泉油脂厂", "供销商城", "德源果蔬"}, set()),
    ("分别是总投资5.5亿元的牧原集团永济分公司生猪养殖及饲料厂建设项目,总投资0.8亿元的香椿大棚设施农业项目。",  # fresh (Yongji, 2020)
     {"牧原集团永济分公司生猪养殖及饲料厂建设项目", "香椿大棚设施农业项目"}, set()),
    ("总投资超30亿元的西北钛镍等16个产业化项目落户龙源工业园区。",  # devtext jintai-2024: a list, read by the list rule
     {"西北钛镍"}, {"西北钛镍等16个产业化"}),
    ("总投资9.78亿元的9个项目吹响施工号角。",  # a counted set
     set(), {"9个项目"}),
    ("在建项目10个,其中过500万元的两个,在县经济开发区内的投资1500万元的华盛金属公司。",  # a company, not its works
     set(), {"华盛金属公司"}),
])
def test_works_named_after_their_sum(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A brand and its trade (an Organization by the brand rule) listed before 等 and a label calling the
# items projects names that company's works; not where the label calls them 企业.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("富博科技、愿景新材料等重大项目当年签约、当年开工。", {"富博科技", "愿景新材料"}, set()),  # heldtext shimen-2020
    ("引进珍宝岛药业、乌苏里江制药等骨干企业扩能项目6个。", set(), {"珍宝岛药业", "乌苏里江制药"}),  # devtext hulin-2025
])
def test_brand_companies_listed_as_projects(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# The first of its kind ("全省首个…项目", "世界首套…项目") is one undertaking, not a kind; the ordinal
# is no part of its name.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("重点项目大干快上,四川能投全省首个天然气储气调峰项目开工。", {"天然气储气调峰项目"}, {"首个天然气储气调峰项目"}),  # devtext anju-2022
    ("东方红日集团投资25亿元,建设全市首个种养一体化产业链项目。", {"种养一体化产业链项目"}, set()),  # devtext2 pingyin-2019
    ("世界首套煤制烯烃示范项目顺利投产、运营良好。", {"煤制烯烃示范项目"}, {"世界首套煤制烯烃示范项目"}),  # fresh (Baotou, 2013)
    ("加快钢铁项目建设。", set(), {"钢铁项目"}),  # a kind still
])
def test_first_of_its_kind(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A works the clause says has landed (落地) is built there: a facility listed beside named works is one.
def test_landed_works(tmp_path):
    check(tmp_path, "举办第三届数字经济交流大会,超级云计算中心、物联网标识中心项目签约落地,集聚效应初显。",  # heldtext jiefang-2024
          {"超级云计算中心", "物联网标识中心项目"}, set())


# A works' name the walk cut inside the organization that opens it starts at the organization.
def test_name_not_cut_inside_its_organization(tmp_path):
    got = review_names(tmp_path, "Project", "重点项目大干快上,四川职业技术学院汽车学院落地圆了全区人民“大学梦”,"
                                            "四川能投全省首个天然气储气调峰项目开工。")
    assert "技术学院汽车学院" not in got  # devtext anju-2022


# A list of routes named by their ends before a count and a kind (session 21, qx21): the first item
# keeps the place before its 至 (the walk back from the item stopped there: "河池" alone), and a list of
# two items or more closed by its count needs no 等 ("…、…3条高速公路"); written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("年内实现宜州至河池、六寨至河池等两条高速公路主体完工。",
     {"宜州至河池", "六寨至河池"}, {"河池"}),
    ("计划建成安顺至紫云、紫云至望谟、望谟至罗甸3条高速公路。",
     {"安顺至紫云", "紫云至望谟", "望谟至罗甸"}, set()),
    ("力争开建瑞金至寻乌、会昌至安远等4条高速公路。",  # 开建: a stage word before the list
     {"瑞金至寻乌", "会昌至安远"}, set()),
    ("参观了东山、西山两个公园。",  # a counted list without a stage word is no works
     set(), {"东山", "西山"}),
    # county roads: the kind is a class of 公路 or a 道路 (session 28, ql28: 三级公路, 农村公路, 通村公路)
    ("新庄至王集、李庄至河口2条三级公路建成通车。",
     {"新庄至王集", "李庄至河口"}, set()),
    ("建成东关至西岭、南坪至北沟等3条通村公路。",
     {"东关至西岭", "南坪至北沟"}, set()),
    ("加快国道、省道等公路建设。",  # road classes listed are categories, no works
     set(), {"国道", "省道"}),
])
def test_routes_by_ends_listed_by_count(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A list of short names sharing the head of the works found at its last item, no 等 nor count
# ("甲乙、丙丁水电站投产发电"): the works as the text writes them, from the first item to the head, and
# the last item's works of its own (the gold's form: "三台书院、草圭堂维修保护工程" and 草圭堂维修保护工程,
# "汕头、湛江临港经济区" and 湛江临港经济区), in a clause that builds or runs them; never a short name
# alone as a works; not a list in a clause that builds nothing, nor one of other words. Sentences
# written in the genre's phrasing (session 22, qe22: a Yunnan and a Hunan excerpt; session 26, qi26:
# lists of reservoirs and hydropower stations in a Shandong, a Yunnan and a Hunan report).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("青岗、白沙桥水电站相继建成发电。", {"青岗、白沙桥水电站", "白沙桥水电站"}, {"青岗"}),
    ("今年加快岚平、江益扩容、宁常高速以及城区环线建设。", {"岚平、江益扩容、宁常高速", "宁常高速"}, {"岚平", "江益扩容"}),
    ("今年推进鹤鸣、青峦、石坪水库建设和桐花水库开工。", {"鹤鸣、青峦、石坪水库", "石坪水库", "桐花水库"}, {"鹤鸣"}),
    ("加快推进青石、白马、黄岭水库建设。", {"青石、白马、黄岭水库", "黄岭水库"}, {"青石", "白马、黄岭水库"}),
    ("推进旭阳、托山水电站建设。", {"旭阳、托山水电站", "托山水电站"}, {"旭阳"}),
    ("抓好涔河、莽岭、毛竹水库续建和椒花水库开工。", {"涔河、莽岭、毛竹水库", "毛竹水库", "椒花水库"}, set()),
    ("加快甲山、乙河和丙湖水库建设。", {"甲山、乙河和丙湖水库", "丙湖水库"}, {"甲山"}),
    ("实施青坪、石岭、南渡中型水库除险加固工程。", {"青坪、石岭、南渡中型水库除险加固工程"}, {"青坪"}),
    ("游客参观了青岗、白沙桥水电站。", set(), {"青岗", "青岗、白沙桥水电站"}),  # a visit: no stage word
    ("加快城东、城西水库建设。", set(), {"城东"}),  # a direction, no works of its own
    ("完成城区道路改造、鹤鸣、白沙桥水电站建设。", {"白沙桥水电站"}, {"鹤鸣", "鹤鸣、白沙桥水电站"}),  # a list of other words
    ("加快道路、桥梁、水库等基础设施建设。", set(), {"道路、桥梁、水库", "桥梁、水库"}),  # a list of kinds
    ("新建三座水库和两座水电站。", set(), {"三座水库", "两座水电站"}),  # counted sets
    # a stage of the works right after the shared head (续建, 除险加固: project_list_stage_words.txt)
    ("推进鹤鸣、青峦水库续建。", {"鹤鸣、青峦水库", "青峦水库"}, {"鹤鸣"}),
    ("完成鹤鸣、青峦水库除险加固。", {"鹤鸣、青峦水库", "青峦水库"}, {"鹤鸣"}),
])
def test_works_sharing_one_head(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# The items of such a list are names of the sort of its last item's: where the last item's short name is
# a place, each item is a place (ANNOTATION rule 8: a place inside a works' name is annotated on its own).
@pytest.mark.parametrize("sentence,places", [
    ("加快推进青石、白马、黄岭水库建设。", {"青石", "白马", "黄岭"}),
    ("抓好涔河、莽岭、毛竹水库续建和椒花水库开工。", {"涔河", "莽岭", "毛竹"}),
])
def test_items_sharing_a_head_are_places(tmp_path, sentence, places):
    check(tmp_path, sentence, places, set(), type_="Place")


# Session 27 (qb27): such a list may follow a works of its own in the same 、-list ("甲乙二期、丙丁、
# 戊己水库新建", "甲机场三期、乙、丙机场改扩建"): the list begins after that works, not nowhere; it may
# be closed by 等 and a label, with the stage after the label ("…水电站等一批骨干电源项目建设加快");
# an item may be a place that a head of its own made a works too ("青龙庙"). Seen in a Yunnan county's
# water bureau report and a Sichuan water piece (session 27's tuned half), a Shanxi airport list and a
# Hebei expressway list (older pools). Sentences written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("今年完成了青江二期、鹤鸣、青峦、石坪水库新建。", {"青江二期", "鹤鸣、青峦、石坪水库", "石坪水库"}, {"鹤鸣", "青江二期、鹤鸣、青峦、石坪水库"}),
    ("加快推进桐城机场三期、云岭、安平机场改扩建。", {"桐城机场三期", "云岭、安平机场改扩建", "安平机场改扩建"}, {"云岭"}),
    ("青岗、白沙桥水电站等一批骨干电源项目建设加快。", {"青岗、白沙桥水电站", "白沙桥水电站"}, {"青岗"}),
    ("鹤鸣、青龙庙、白沙桥水库等12处中型工程抓紧实施。", {"鹤鸣、青龙庙、白沙桥水库", "白沙桥水库"}, {"鹤鸣"}),
    ("青岗、白沙桥水电站等一批电站的游客逐年增加。", set(), {"青岗、白沙桥水电站"}),  # no stage after the label
    ("完成城区道路改造、鹤鸣、白沙桥水电站建设。", {"白沙桥水电站"}, {"鹤鸣、白沙桥水电站"}),  # words before, no works found
])
def test_shared_head_list_after_a_works_or_before_a_label(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# Session 27 (mc27, review of qb27): the label after 等 must be a label of works (a count and a kind,
# "等一批骨干电源项目", "等12处中型工程"; or the head's kind, "等中型水库") and the stage word its
# predicate, right after it ("建设加快", "抓紧实施"): not a word further on that belongs to another noun
# (方案, 责任, 违法建设项目). A label that closes the clause builds where the clause opens with a stage
# (as _clause_builds reads a kind closing it). Sentences written in the genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("青岗、白沙桥水库等饮用水源地一级保护区内违法建设项目全部清理。", set(), {"青岗、白沙桥水库"}),
    ("鹤鸣、白沙桥水库等中型水库的防汛调度运用方案全面实施。", set(), {"鹤鸣、白沙桥水库"}),
    ("鹤鸣、白沙桥水库等小型水库管护主体责任落实推进。", set(), {"鹤鸣、白沙桥水库"}),
    ("青岗、白沙桥水库等一批违法建设项目全部清理。", set(), {"青岗、白沙桥水库"}),  # 建设 inside the label
    ("鹤鸣、白沙桥水库等中型水库除险加固全面完成。", {"鹤鸣、白沙桥水库"}, set()),  # the head's kind, its stage
    ("鹤鸣、白沙桥水库等12处中型工程抓紧实施。", {"鹤鸣、白沙桥水库"}, set()),
    ("今年建成鹤鸣、白沙桥水库等12处中型工程。", {"鹤鸣、白沙桥水库"}, set()),  # the label closes the clause
])
def test_label_after_a_shared_head_list_is_works_with_its_stage(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# Session 27 (qb27): 件 counts water works in the south-west's reports ("…等6件小型水库除险加固工程"),
# as 座 and 处 do: a list labelled by such a count and a kind of works names its items; not a list
# of matters (民生实事: no kind of works) nor one in a clause that builds nothing. Genre's phrasing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("青山、白石、马鞍等5件小型病险水库除险加固工程预计年底完工。", {"青山", "白石", "马鞍"}, set()),
    ("办好教育、医疗、养老等10件民生实事。", set(), {"教育", "医疗", "养老"}),
    ("参观了青山、白石等3件水库。", set(), {"青山", "白石"}),
])
def test_works_counted_in_jian(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A batch (一批) or a count (N个, N件…) right before a works' kind is a counted set, no name
# (ANNOTATION: "88个深度脱贫攻坚项目" is not a project), where no list before it names the items.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进一批公路项目开工,建设一批乡村公路示范工程。", set(), {"公路项目", "乡村公路示范工程"}),
    ("新开工东坪、西岭等9件骨干供水工程,建成桐花水库。", {"桐花水库"}, {"供水工程", "骨干供水工程"}),
    ("新建8个街道养老中心,建成市第二人民医院门诊楼。", set(), {"养老中心", "街道养老中心"}),
])
def test_counted_kinds_are_no_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_counted_village_works_in_hailar(tmp_path):
    """Hailar 2014: "4个村的安全饮水工程顺利完工" counts works in four villages, it names none."""
    from tests.conftest import shared_file
    text = shared_file("corpus", "hailar", "hailar-2014.txt").read_bytes().decode("gb18030")
    sentence = next(s for s in text.replace("\r", "").split("。") if "安全饮水工程" in s) + "。"
    check(tmp_path, sentence, set(), {"安全饮水工程"})


# Plants sized by their capacity, listed with the kind they all are written once after the last
# ("甲300万吨、乙90万吨矿井建设"): each item is one works named by its owner and capacity, in a clause
# that builds them; not amounts of an area's output or capacity cut, nor a list no verb builds.
# Seen in session 23's fresh pool in two reports (a county's and a prefecture's coal works).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("今年要加快晋丰煤业300万吨、宏源能源90万吨、石门煤矿150万吨、北坪120万吨矿井建设。",  # written in the genre's phrasing
     {"晋丰煤业300万吨", "宏源能源90万吨", "北坪120万吨矿井"}, set()),
    ("开工建设明远40万千瓦、瑞丰60万千瓦风电。",  # written in the genre's phrasing
     {"明远40万千瓦", "瑞丰60万千瓦风电"}, set()),
    ("建设年产甲醇2万吨、乙醇3万吨焦化及配套设施。",  # an output rate: products, no owners
     set(), {"甲醇2万吨", "乙醇3万吨焦化"}),
    ("化解煤炭产能300万吨、钢铁产能100万吨。",  # capacity cut: amounts, no works
     set(), {"煤炭产能300万吨", "钢铁产能100万吨"}),
    ("晋丰煤业300万吨、宏源能源90万吨矿井产量有所下降。",  # no verb builds them
     set(), {"宏源能源90万吨矿井", "宏源能源90万吨"}),
])
def test_works_listed_by_capacity(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# Review of session 23 (mend mv23): the owners of such a list are names by genre_capacity_works' test
# (kg.extract.genre.names_capacity_owner): one of them a proper name, each opening on a word, the first
# (its start walked back from the capacity) a rare word at least; modes and common words ("集中式",
# "本地企业") own no works; a total (产能, 装机) after an owner is a figure, no
# works; the units are genre_capacity_units.txt's for both rules (MW, GW, 吉瓦). Sentences written in
# the genre's phrasing. Review of round three: once one owner was a name, the first needed only the
# loose test, which 集中式 and 分布式 pass; a mode (a word ending in 式, project_capacity_modes.txt) owns nothing.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动建设集中式300万千瓦、分布式90万千瓦光伏项目。",  # modes of solar power, no owners
     set(), {"集中式300万千瓦", "式300万千瓦"}),
    ("推动建设集中式300万千瓦、华能90万千瓦光伏项目。",  # one owner a name: the mode still owns nothing
     {"华能90万千瓦光伏项目"}, {"集中式300万千瓦", "式300万千瓦"}),
    ("加快建设分布式200万千瓦、大唐60万千瓦光伏电站。",  # another mode ending in 式
     {"大唐60万千瓦光伏电站"}, {"分布式200万千瓦", "式200万千瓦"}),
    ("建成本地企业300万吨、外地企业90万吨矿井。",  # common words; the first cut inside 成本
     set(), {"企业300万吨", "本地企业300万吨", "外地企业90万吨矿井"}),
    ("建成本地企业300万吨、晋丰煤业90万吨矿井。",  # the first owner, its start walked, a rare word or none
     {"晋丰煤业90万吨矿井"}, {"企业300万吨", "本地企业300万吨"}),
    ("开工建设明远100MW、瑞丰200MW光伏电站。",  # the symbols of genre_capacity_units.txt
     {"明远100MW", "瑞丰200MW光伏电站"}, set()),
    ("建成投产鑫磊煤业新增产能120万吨、瑞丰煤业新增产能90万吨矿井。",  # capacities added: totals, no works
     set(), {"鑫磊煤业新增产能120万吨", "瑞丰煤业新增产能90万吨矿井", "煤业新增产能120万吨"}),
    ("建成华能装机100万千瓦、大唐装机60万千瓦风电。",  # installed totals of two companies
     set(), {"华能装机100万千瓦", "大唐装机60万千瓦风电"}),
])
def test_capacity_list_owners(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
