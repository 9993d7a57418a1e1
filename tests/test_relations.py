"""The relation rules (kg/resolve/relations.py, and the participation cues read by
kg/extract/attributes.py) on real sentences of the reports.

Each test gives a sentence as the report writes it and the entities the extractor finds in it, and
checks which links the rules read: the rules are tested given the entities, so that a change in
entity extraction does not hide or fake a change in the relation rules. The end-to-end figures are
in tests/test_eval.py; the end-to-end links on the seed in tests/test_extraction.py.
"""
from __future__ import annotations

import pytest

from kg.text.document import parse_document
from kg.resolve.entities import build_graph
from kg.extract import ORG, PLACE, PROJECT, Mention, set_attributes
from kg.text.reading import read_source


def links(tmp_path, sentence: str, places=(), orgs=(), projects=(), area: str = "重庆市黔江区", cues=True,
          composite=()):
    """The locatedIn and participatesIn links read from the sentences of a small report by `area`,
    with the given names found where they first occur in those sentences (and, unless `cues` is
    false, the attributes the rule components read from the sentence set on them; `composite`: the
    names of lists of works named at once, as the extractor marks them)."""
    text = f"各位代表：\n现在，我代表{area}人民政府，向大会报告工作。\n一、2018年工作回顾\n{sentence}\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_source(path))
    body = [s for s in doc.sentences if s.start >= doc.source.text.index("一、2018年")]
    mentions = []
    for type_, names in ((PLACE, places), (ORG, orgs), (PROJECT, projects)):
        for name in names:
            s = next(s for s in body if name in s.text)
            at = s.text.index(name)
            attrs = {"composite": True} if name in composite else {}
            mentions.append(Mention(type_, name, s.at(at, at + len(name)), s.index, attrs))
    g = build_graph(doc, set_attributes(doc, mentions) if cues else mentions)
    E = g.entities
    return {(r.kind, E[r.subject].name, E[r.object].name) for r in g.relations if r.kind != "partOf"}


def test_a_place_inside_the_name_and_each_end_of_a_route(tmp_path):
    # qianjiang-2019: "秀山至黔江220千伏输变电复线工程建成运行,青杠110千伏输变电工程主体完工"
    got = links(tmp_path, "秀山至黔江220千伏输变电复线工程建成运行，青杠110千伏输变电工程主体完工。",
                places=["秀山", "黔江", "青杠"], projects=["秀山至黔江220千伏输变电复线工程", "青杠110千伏输变电工程"])
    assert {("locatedIn", "秀山至黔江220千伏输变电复线工程", "秀山土家族苗族自治县"),
            ("locatedIn", "秀山至黔江220千伏输变电复线工程", "黔江区"),
            ("locatedIn", "青杠110千伏输变电工程", "青杠")} <= got
    assert ("locatedIn", "青杠110千伏输变电工程", "黔江区") not in got  # co-occurrence is no link


def test_a_place_named_elsewhere_is_found_inside_a_name_also_without_its_suffix(tmp_path):
    # qianjiang-2019: the place is named in another sentence ("芭拉胡景区通过…验收"); inside the
    # project's name it drops its generic suffix
    got = links(tmp_path, "芭拉胡景区通过市级景区管理服务业标准化试点示范项目验收。完成芭拉胡梦幻大峡谷和5D玻璃廊桥招商。",
                places=["芭拉胡景区"], projects=["芭拉胡梦幻大峡谷"])
    assert ("locatedIn", "芭拉胡梦幻大峡谷", "芭拉胡景区") in got


def test_a_street_named_after_a_place_is_not_in_it(tmp_path):
    # hailar-2014: "实施根河路、火车站规划三路、建华路等道路工程" — 根河路 is a street of Hailar
    got = links(tmp_path, "实施根河路、火车站规划三路、建华路等道路工程。", area="海拉尔区",
                places=["根河"], projects=["根河路", "建华路"])
    assert not any(k == "locatedIn" for k, _, _ in got)


def test_a_country_inside_a_title_is_not_where_it_is(tmp_path):
    # guangdong-2026: "深圳中国特色社会主义先行示范区" is in 深圳, not "in 中国" (ANNOTATION rule 1)
    got = links(tmp_path, "创造型、引领型改革全面推进，深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国推广。", area="广东省",
                places=["深圳", "中国"], projects=["深圳中国特色社会主义先行示范区"])
    assert ("locatedIn", "深圳中国特色社会主义先行示范区", "深圳市") in got
    assert not any(o in ("中国", "中华人民共和国") for _, _, o in got)


def test_a_name_inside_a_word_is_not_a_place(tmp_path):
    # yixian-2019 names 河北 (the province) elsewhere; 滨河北路 is not in it
    got = links(tmp_path, "河北省委巡视组反馈问题全部整改。完成滨河北路改造。", area="易县",
                places=["河北"], projects=["滨河北路"])
    assert not got


def test_a_place_opening_the_clause_locates_the_projects_it_lists(tmp_path):
    # qianjiang-2019
    got = links(tmp_path, "濯水景区毕兹卡水乐园、旅游电商中心、智慧旅游系统投用。",
                places=["濯水景区"], projects=["毕兹卡水乐园", "旅游电商中心", "智慧旅游系统"])
    assert {("locatedIn", p, "濯水景区") for p in ("毕兹卡水乐园", "旅游电商中心", "智慧旅游系统")} <= got


def test_the_place_a_sentence_speaks_of_locates_its_projects(tmp_path):
    # yixian-2019: the scenic area is the subject of the whole sentence
    got = links(tmp_path, "狼牙山景区围绕5A景区目标，加快新索道、立体停车场、景区道路等项目建设。", area="易县",
                places=["狼牙山景区"], projects=["新索道", "立体停车场"])
    assert {("locatedIn", "新索道", "狼牙山景区"), ("locatedIn", "立体停车场", "狼牙山景区")} <= got


def test_a_place_subject_of_its_clause_locates_what_the_clause_builds(tmp_path):
    # yixian-2019: "太行水镇围绕打造“全国特色小镇标杆”，加快乡淘院子、精品民宿等新业态项目建设", and
    # the same said in one clause
    for sentence in ("太行水镇围绕打造“全国特色小镇标杆”，加快乡淘院子、精品民宿等新业态项目建设。",
                     "太行水镇加快乡淘院子、精品民宿等新业态项目建设。"):
        got = links(tmp_path, sentence, area="易县", places=["太行水镇"], projects=["乡淘院子", "精品民宿"])
        assert {("locatedIn", "乡淘院子", "太行水镇"), ("locatedIn", "精品民宿", "太行水镇")} <= got, sentence
    # a clause with its own subject ends the sentence's subject
    got = links(tmp_path, "太行水镇围绕打造特色小镇标杆，中信集团加快乡淘院子建设。", area="易县",
                places=["太行水镇"], orgs=["中信集团"], projects=["乡淘院子"])
    assert ("locatedIn", "乡淘院子", "太行水镇") not in got


def test_the_reports_own_area_as_subject_is_not_every_projects_place(tmp_path):
    # yixian-2019 style: the county speaks of itself; no link to 易县
    got = links(tmp_path, "易县围绕全域旅游目标，加快燕都古城、云蒙山小镇建设。", area="易县",
                places=["易县"], projects=["燕都古城", "云蒙山小镇"])
    assert not got


def test_a_place_a_clause_builds_in(tmp_path):
    # qianjiang-2019: "争取重庆保税区在黔江建设保税仓"
    got = links(tmp_path, "争取重庆保税区在黔江建设保税仓。", places=["黔江"], orgs=["重庆保税区"], projects=["保税仓"])
    assert ("locatedIn", "保税仓", "黔江区") in got
    assert ("participatesIn", "重庆保税区", "保税仓") in got


def test_resolution_reads_the_cues_of_a_clause_from_the_mentions_not_the_sentence(tmp_path):
    # the cue words are read by extraction (kg.extract.attributes); without them resolution finds
    # only what the names say
    sentence = "争取重庆保税区在黔江建设保税仓。"
    given = dict(places=["黔江"], orgs=["重庆保税区"], projects=["保税仓"])
    assert {("locatedIn", "保税仓", "黔江区"), ("participatesIn", "重庆保税区", "保税仓")} <= links(tmp_path, sentence, **given)
    assert not links(tmp_path, sentence, cues=False, **given)


def test_a_project_that_settles_in_a_place(tmp_path):
    # guangdong-2026: "国际红树林中心落户深圳"
    got = links(tmp_path, "国际红树林中心落户深圳，全国高校区域技术转移转化中心落户广东。", area="广东省",
                places=["深圳", "广东"], projects=["国际红树林中心", "全国高校区域技术转移转化中心"])
    assert {("locatedIn", "国际红树林中心", "深圳市"), ("locatedIn", "全国高校区域技术转移转化中心", "广东省")} <= got
    assert ("locatedIn", "国际红树林中心", "广东省") not in got


def test_a_place_right_before_the_name(tmp_path):
    # qianjiang-2019: "投用正阳桐坪综合农贸市场" with 正阳桐坪 read as one place
    got = links(tmp_path, "投用正阳桐坪综合农贸市场、官坝人行天桥。", places=["正阳桐坪"], projects=["综合农贸市场"])
    assert ("locatedIn", "综合农贸市场", "正阳桐坪") in got


def test_an_organization_inside_the_name(tmp_path):
    # hailar-2016: "大唐700万吨露天矿、华润雪花啤酒厂迁建、蒙拓机械生产线改造一期项目进展顺利"
    got = links(tmp_path, "大唐700万吨露天矿、华润雪花啤酒厂迁建、蒙拓机械生产线改造一期项目进展顺利。", area="海拉尔区",
                orgs=["大唐", "华润雪花"], projects=["大唐700万吨露天矿", "华润雪花啤酒厂迁建"])
    assert {("participatesIn", "大唐", "大唐700万吨露天矿"), ("participatesIn", "华润雪花", "华润雪花啤酒厂迁建")} <= got
    assert ("participatesIn", "大唐", "华润雪花啤酒厂迁建") not in got


def test_a_standard_body_inside_a_name_takes_no_part(tmp_path):
    # hailar-2015: "投资4300万元的中央桥至哈萨尔桥段工程整体完工"
    got = links(tmp_path, "投资4300万元的中央桥至哈萨尔桥段工程整体完工。", area="海拉尔区",
                orgs=["中央"], projects=["中央桥至哈萨尔桥段工程"])
    assert not any(k == "participatesIn" for k, _, _ in got)


def test_a_longer_bodys_name_inside_a_works_name_takes_part(tmp_path):
    # the genre: "中科院微电子产业园、巴安水务海水淡化…等187个重点项目扎实推进" — the academy's
    # park; the short body 中央 in "中央大街改造" is a word of the street's name
    got = links(tmp_path, "中科院微电子产业园、中央大街改造等187个重点项目扎实推进。", area="沧州市",
                orgs=["中科院", "中央"], projects=["中科院微电子产业园", "中央大街改造"])
    assert ("participatesIn", "中科院", "中科院微电子产业园") in got
    assert not any(p == "中央大街改造" for k, _, p in got if k == "participatesIn")


def test_a_trade_name_opening_a_works_name_however_the_words_fall(tmp_path):
    # the genre: a developer's trade name before its works, which jieba cuts across
    # ("恒大童世界" as 恒大童/世界, "中核宸宇源网荷储" as 中核宸/宇源/网荷/储)
    got = links(tmp_path, "恒大童世界、碧桂园生态城开工建设。中核宸宇源网荷储等47个重大项目开工。", area="沧州市",
                orgs=["恒大", "中核宸宇"], projects=["恒大童世界", "中核宸宇源网荷储"])
    assert {("participatesIn", "恒大", "恒大童世界"), ("participatesIn", "中核宸宇", "中核宸宇源网荷储")} <= got
    # not where a dictionary word runs across the trade name's end (中国/电子商务/产业园)
    got = links(tmp_path, "与中国电子签订战略合作协议。建成中国电子商务产业园。", area="沧州市",
                orgs=["中国电子"], projects=["中国电子商务产业园"])
    assert ("participatesIn", "中国电子", "中国电子商务产业园") not in got
    # not a place so: a place must end on a word's end ("滨河北路" is not in 河北)
    assert not links(tmp_path, "河北省委巡视组反馈问题全部整改。完成滨河北路改造。", area="易县",
                     places=["河北"], projects=["滨河北路"])


def test_the_company_after_a_place_opening_a_works_name_however_the_words_fall(tmp_path):
    # the genre's list item "place + company + product": jieba cuts 安新乐达服装 as 安/新乐/达/服装,
    # across the county 安新 and the company 乐达; the place's end is where the company starts
    got = links(tmp_path, "安新乐达服装、雄县乐凯塑胶等项目投产。", area="保定市",
                places=["安新", "雄县"], orgs=["乐达", "乐凯", "新乐"], projects=["安新乐达服装", "雄县乐凯塑胶"])
    assert {("participatesIn", "乐达", "安新乐达服装"), ("locatedIn", "安新乐达服装", "安新县"),
            ("participatesIn", "乐凯", "雄县乐凯塑胶")} <= got
    # not a name straddling the place's end (新乐, a city's name, across 安新 and 乐达)
    got = links(tmp_path, "安新乐达服装等项目投产。", area="保定市", places=["安新"], orgs=["新乐"],
                projects=["安新乐达服装"])
    assert got == {("locatedIn", "安新乐达服装", "安新县")}


def test_a_line_named_by_the_one_character_forms_of_its_ends_names_no_place(tmp_path):
    # chongqing-2026-review, sichuan-2026-review, xizang-2026, guangxi-2026-review: a line named by the
    # one-character forms of the provinces it joins (渝湘, 川藏, 黔桂) is not placed in the report's own
    # province: the form is no name of the place written in the text, and the gold of all four places
    # none there; its section's ends, written as names, are its places ("川青铁路成都至黄胜关段")
    sentence = "建成投用渝湘复线高速等340个市级重点项目。"
    assert not links(tmp_path, sentence, area="重庆市", projects=["渝湘复线高速"])
    assert not links(tmp_path, "川藏铁路加快建设。", area="四川省", projects=["川藏铁路"])


def test_a_divisions_own_zone_is_a_place_of_it_not_works_in_it(tmp_path):
    # xiapu-2020 style: "霞浦经济开发区完成一区多园整合" — the county's development zone is a place of
    # the county (ANNOTATION: no relation between places); a new area with a name of its own is in
    # the town that builds it (hailar-2013: "继续实施哈克镇滨河新区建设")
    got = links(tmp_path, "宝鸡高新区跃居国家级高新区。继续实施哈克镇滨河新区建设。", area="海拉尔区",
                places=["宝鸡", "哈克镇"], projects=["宝鸡高新区", "哈克镇滨河新区"])
    assert ("locatedIn", "哈克镇滨河新区", "哈克镇") in got
    assert not any(p == "宝鸡高新区" for _, p, _ in got)


def test_an_avenue_named_after_a_part_of_the_area_is_there_a_street_not(tmp_path):
    # maoming-2017: "潘州大道" is the avenue of 潘州 (a part of the city); hailar-2014: 根河路 is
    # named after 根河, a city elsewhere, and a 大街 after a quarter of the area is not put there
    got = links(tmp_path, "潘州街道完成改造。建成潘州大道、潘州大街。", area="茂名市",
                places=["潘州街道"], projects=["潘州大道", "潘州大街"])
    assert ("locatedIn", "潘州大道", "潘州街道") in got
    assert not any(p == "潘州大街" for _, p, _ in got)


@pytest.mark.parametrize("sentence, org, project", [
    # qianjiang-2019: a partner, across the verbs of one clause
    ("与中信集团合作开发建设三塘盖旅游康养度假区成功签约。", "中信集团", "三塘盖旅游康养度假区"),
    # the genre: an investor, a contractor, a company brought in, a builder named by 由
    ("华润集团投资建设雪花啤酒生产基地。", "华润集团", "雪花啤酒生产基地"),
    ("中铁十二局承建黔江东南环线高速公路。", "中铁十二局", "黔江东南环线高速公路"),
    ("成功引进双良集团建设集中供热项目。", "双良集团", "集中供热项目"),
    ("黔江东南环线高速公路由中铁十二局承建。", "中铁十二局", "黔江东南环线高速公路"),
    # a partner that signs the project's agreement; a company that takes the works over
    ("与宁德时代签署动力电池基地项目合作协议。", "宁德时代", "动力电池基地项目"),
    ("通威集团并购光伏组件产业园。", "通威集团", "光伏组件产业园"),
    # hailar-2012: an organization settling in a project
    ("一汽大众4S店入驻中俄蒙国际汽车产业园。", "一汽大众", "中俄蒙国际汽车产业园"),
    # hailar-2012 phrasing ("喜来登、洲际酒店项目顺利签约") with the company named after the project
    ("喜来登酒店项目与达屋集团顺利签约。", "达屋集团", "喜来登酒店项目"),
])
def test_an_organization_that_builds_invests_or_cooperates(tmp_path, sentence, org, project):
    assert ("participatesIn", org, project) in links(tmp_path, sentence, orgs=[org], projects=[project])


def test_an_organization_whose_verb_is_not_the_building_takes_no_part(tmp_path):
    got = links(tmp_path, "区委召开会议研究建设渝东南气象防灾减灾中心。", orgs=["区委"], projects=["渝东南气象防灾减灾中心"])
    assert not any(k == "participatesIn" for k, _, _ in got)


def test_every_project_of_a_coordinated_list_gets_the_partner(tmp_path):
    got = links(tmp_path, "与中信集团合作建设三塘盖旅游康养度假区、神龟峡景区游客接待中心。",
                orgs=["中信集团"], projects=["三塘盖旅游康养度假区", "神龟峡景区游客接待中心"])
    assert {("participatesIn", "中信集团", "三塘盖旅游康养度假区"),
            ("participatesIn", "中信集团", "神龟峡景区游客接待中心")} <= got


def test_an_organization_that_only_frames_the_clause_takes_no_part(tmp_path):
    # ANNOTATION: "在市委领导下建成…" is no participation; nor is an organization in another clause
    got = links(tmp_path, "在市委领导下，建成渝东南气象防灾减灾中心，区委召开全会。",
                orgs=["市委", "区委"], projects=["渝东南气象防灾减灾中心"])
    assert not any(k == "participatesIn" for k, _, _ in got)
    for sentence in ("市委支持建设渝东南气象防灾减灾中心。", "市委大力支持建设渝东南气象防灾减灾中心。"):
        got = links(tmp_path, sentence, orgs=["市委"], projects=["渝东南气象防灾减灾中心"])
        assert not any(k == "participatesIn" for k, _, _ in got), sentence


def test_each_link_keeps_the_sentence_it_came_from(qianjiang):
    doc = qianjiang.report.doc
    for r in qianjiang.report.relations:
        if r.kind in ("locatedIn", "participatesIn"):
            sentence = doc.sentences[r.mention.sentence]
            assert sentence.start <= r.mention.start < r.mention.end <= sentence.end


def test_each_end_of_a_route_even_where_the_tokenizer_joins_a_character_to_the_route_mark(tmp_path):
    # qianjiang-2019: "蓬东至马喇二级公路" cut as 蓬/东至/马喇: 至 still separates the two ends
    got = links(tmp_path, "有序推进青杠至太极、蓬东至马喇二级公路建设。",
                places=["蓬东", "马喇"], projects=["蓬东至马喇二级公路"])
    assert {("locatedIn", "蓬东至马喇二级公路", "蓬东乡"),
            ("locatedIn", "蓬东至马喇二级公路", "马喇镇")} <= got


def test_a_landmark_named_after_a_place_puts_its_works_in_that_place_too(tmp_path):
    # hailar-2015: "实施世界反法西斯战争海拉尔纪念园二期工程" — the memorial park is in Hailar
    got = links(tmp_path, "实施世界反法西斯战争海拉尔纪念园二期工程。", area="海拉尔区",
                places=["世界反法西斯战争海拉尔纪念园", "海拉尔"], projects=["世界反法西斯战争海拉尔纪念园二期工程"])
    assert ("locatedIn", "世界反法西斯战争海拉尔纪念园二期工程", "海拉尔区") in got


def test_a_bay_named_after_a_division_is_no_landmark_in_it(tmp_path):
    # a bay takes a county's name and reaches beyond it (杭州湾, 象山港): works at the bay's port
    # area are at the bay, not said to be in the county that names it
    got = links(tmp_path, "建成温岭湾港区疏港公路，温岭湾港区二期码头开工。", area="台州市",
                places=["温岭湾", "温岭"], projects=["温岭湾港区疏港公路", "温岭湾港区二期码头"])
    assert ("locatedIn", "温岭湾港区疏港公路", "温岭湾") in got
    assert not any(k == "locatedIn" and o == "温岭市" for k, _, o in got)


def test_a_town_named_after_a_river_does_not_put_its_works_on_the_river(tmp_path):
    # qianjiang-2019: 阿蓬江镇 is 阿蓬江 + 镇, a town's own name, not a landmark by the river
    got = links(tmp_path, "建成阿蓬江镇污水处理厂。阿蓬江流域综合治理有序推进。",
                places=["阿蓬江镇", "阿蓬江"], projects=["阿蓬江镇污水处理厂"])
    assert ("locatedIn", "阿蓬江镇污水处理厂", "阿蓬江镇") in got
    assert ("locatedIn", "阿蓬江镇污水处理厂", "阿蓬江") not in got


def test_upstream_of_a_lake_is_not_in_the_lake(tmp_path):
    # yixian-2019: the forest farm is in the basin upstream of 白洋淀 (named in another sentence
    # as 白洋淀上游流域), not in 白洋淀
    got = links(tmp_path, "深入实施白洋淀上游流域综合整治。高标准规划实施白洋淀上游规模化林场建设。", area="易县",
                places=["白洋淀上游流域", "白洋淀"], projects=["白洋淀上游规模化林场"])
    assert ("locatedIn", "白洋淀上游规模化林场", "白洋淀上游流域") in got
    assert not any(k == "locatedIn" and o == "白洋淀" for k, _, o in got)


def test_old_town_renewal_is_a_kind_of_work_not_a_place(tmp_path):
    # hailar-2015: "旧城区改造成效显著" — 旧城区 is any city's old quarter
    got = links(tmp_path, "旧城区改造成效显著。", area="海拉尔区", places=["旧城区"], projects=["旧城区改造"])
    assert not any(k == "locatedIn" for k, _, _ in got)


def test_a_street_named_after_the_reports_own_area_is_in_it(tmp_path):
    # hailar-2015: "胜利大街、哈萨尔大街、海拉尔大街、贝尔大街等7条主干道路进行综合改造" — a street
    # named after another place is not in it (test above), one named after the district is
    got = links(tmp_path, "胜利大街、哈萨尔大街、海拉尔大街、贝尔大街等7条主干道路进行综合改造。", area="海拉尔区",
                places=["海拉尔"], projects=["海拉尔大街", "胜利大街"])
    assert ("locatedIn", "海拉尔大街", "海拉尔区") in got


def test_the_works_in_focus_after_a_zone_is_built_are_in_the_zone(tmp_path):
    # hailar-2015: "加快两河圣山旅游景区建设,重点抓好中华天竺苑、西航大元文化城项目的实施"
    got = links(tmp_path, "加快两河圣山旅游景区建设，重点抓好中华天竺苑、西航大元文化城项目的实施。", area="海拉尔区",
                places=["两河圣山"], projects=["中华天竺苑", "西航大元文化城项目"])
    assert {("locatedIn", "中华天竺苑", "两河圣山"), ("locatedIn", "西航大元文化城项目", "两河圣山")} <= got
    # without a focus word (nor, after an area, a target word such as 确保: session 20) the next
    # clause is no list of the zone's works
    got = links(tmp_path, "加快两河圣山旅游景区建设，引导中华天竺苑投入使用。", area="海拉尔区",
                places=["两河圣山"], projects=["中华天竺苑"])
    assert not any(k == "locatedIn" for k, _, _ in got)


def test_what_the_clause_says_of_a_list_named_at_once_it_says_of_each_item(tmp_path):
    # hailar-2015, as extracted: the list "中华天竺苑、西航大元文化城项目" is one composite project
    # (and the outermost mention of the clause), its items are projects inside it
    got = links(tmp_path, "加快两河圣山旅游景区建设，重点抓好中华天竺苑、西航大元文化城项目的实施。", area="海拉尔区",
                places=["两河圣山"], projects=["中华天竺苑、西航大元文化城项目", "中华天竺苑", "西航大元文化城项目"],
                composite=["中华天竺苑、西航大元文化城项目"])
    # (the list's last item, ending where the list ends, is one entity with the list: its alias)
    assert {("locatedIn", "中华天竺苑", "两河圣山"), ("locatedIn", "中华天竺苑、西航大元文化城项目", "两河圣山")} <= got
    # what a list's name says is not said of each item: 友联 is not where 友好整村搬迁工程 is
    got = links(tmp_path, "实施友联、友好整村搬迁工程。", area="海拉尔区", places=["友联", "友好"],
                projects=["友联、友好整村搬迁工程", "友好整村搬迁工程"], composite=["友联、友好整村搬迁工程"])
    assert ("locatedIn", "友联、友好整村搬迁工程", "友联") in got
    assert ("locatedIn", "友好整村搬迁工程", "友联") not in got


def test_a_list_of_named_places_as_works_is_in_none_of_them(tmp_path):
    # yixian-2019: "加快推进燕都古城、云蒙山小镇、影视小镇…等旅游项目建设": the list names the
    # works themselves; its first item is not where the list is
    got = links(tmp_path, "加快推进燕都古城、云蒙山小镇等旅游项目建设。", area="易县",
                places=["燕都古城", "云蒙山小镇"], projects=["燕都古城、云蒙山小镇"], composite=["燕都古城、云蒙山小镇"])
    assert ("locatedIn", "燕都古城、云蒙山小镇", "燕都古城") not in got
    # a list sharing its works' head is in each place it names ("友联、友好整村搬迁工程")
    got = links(tmp_path, "实施友联、友好整村搬迁工程。", area="海拉尔区", places=["友联", "友好"],
                projects=["友联、友好整村搬迁工程"], composite=["友联、友好整村搬迁工程"])
    assert {("locatedIn", "友联、友好整村搬迁工程", "友联"), ("locatedIn", "友联、友好整村搬迁工程", "友好")} <= got


def test_a_one_character_short_form_inside_a_name_names_no_place_of_it(tmp_path):
    # hailar-2015: "中俄蒙文化创意产业园正式运营": 俄 and 蒙 name the partners of the park, not where it is
    got = links(tmp_path, "中俄蒙文化创意产业园正式运营。与俄罗斯、蒙古国交流。", area="海拉尔区",
                places=["俄罗斯", "蒙古国", "俄", "蒙"], projects=["中俄蒙文化创意产业园"])
    assert not any(k == "locatedIn" and p == "中俄蒙文化创意产业园" for k, p, _ in got)


def test_a_place_being_built_is_not_the_subject_of_the_sentence(tmp_path):
    # hailar-2013: the new quarter is what starts construction, the works after it are the city's
    got = links(tmp_path, "海拉尔东山组团建设全面开工，三条主干道路建成通车，东海写字楼、机场快速路等项目进展顺利。",
                area="海拉尔区", places=["海拉尔东山组团"], projects=["东海写字楼", "机场快速路"])
    assert not any(k == "locatedIn" and o == "海拉尔东山组团" for k, _, o in got)
    # a place opening the sentence as its subject still lists its works (yixian-2019)
    got = links(tmp_path, "狼牙山景区围绕5A景区目标，加快新索道、立体停车场等项目建设。", area="易县",
                places=["狼牙山景区"], projects=["新索道", "立体停车场"])
    assert ("locatedIn", "新索道", "狼牙山景区") in got


def test_a_section_of_a_line_named_by_a_place_and_works_built_within_a_place(tmp_path):
    # yixian-2019: "完成容易线易县段…征迁工作" — the section is in the county, the report's own area,
    # because the name says so
    got = links(tmp_path, "完成容易线易县段和县城收费站扩建征迁工作。", area="易县",
                places=["易县"], projects=["容易线易县段"])
    assert ("locatedIn", "容易线易县段", "易县") in got
    # "在X境内建设P": the place with 境内 is where the works after it are
    got = links(tmp_path, "在保定市境内建设北易水河综合治理工程。", area="易县",
                places=["保定市"], projects=["北易水河综合治理工程"])
    assert ("locatedIn", "北易水河综合治理工程", "保定市") in got


def test_a_place_that_qualifies_a_noun_is_not_the_subject_of_the_sentence(tmp_path):
    # hailar-2016: the scenic area's infrastructure improved; the memorial park in the next clause
    # is not said to be in it
    got = links(tmp_path, "两河圣山旅游景区基础设施和功能日益完善，世界反法西斯战争海拉尔纪念园二期工程主体完工。",
                area="海拉尔区", places=["两河圣山"], projects=["世界反法西斯战争海拉尔纪念园二期工程"])
    assert not any(k == "locatedIn" and o == "两河圣山" for k, _, o in got)


def test_resolution_reads_mentions_and_their_attributes_not_the_sentences(qianjiang):
    # the same mentions, every word of the sentences blanked after extraction (only the marks that
    # end their clauses left): resolution gives the same entities, relations, observations and
    # stage records (kg/resolve only resolves)
    import dataclasses
    import re

    from kg.extract import extract_mentions
    from kg.model import RELATION_CLAUSE_MARKS

    doc = qianjiang.doc
    mentions = extract_mentions(doc)
    words = re.compile(f"[^{re.escape(RELATION_CLAUSE_MARKS)}]")
    blank = dataclasses.replace(doc, sentences=[dataclasses.replace(s, text=words.sub("□", s.text))
                                                for s in doc.sentences])
    blank.index()
    assert not any("项目" in s.text for s in blank.sentences)

    def summary(g):
        return ({k: (e.name, sorted(e.aliases), sorted(e.attrs.items())) for k, e in g.entities.items()},
                [(r.kind, r.subject, r.object, r.mention.span) for r in g.relations],
                [(o.key, o.area) for o in g.observations],
                [(r.project, r.stage, r.period) for r in g.stages])

    assert summary(build_graph(blank, mentions)) == summary(build_graph(doc, mentions))
    assert any(r.kind == "participatesIn" for r in build_graph(doc, mentions).relations)


def test_a_company_named_inside_a_works_name_brings_its_origin_not_the_works_place(tmp_path):
    # hailar-2012: 冀东 is where the company comes from; the works are in Hailar. A place of the
    # report's own area inside a company's name is where its works are ("黔江卷烟厂易地技改").
    got = links(tmp_path, "冀东物贸集团年产3000辆专用车项目顺利开工。", area="海拉尔区",
                places=["冀东"], orgs=["冀东物贸集团"], projects=["冀东物贸集团年产3000辆专用车项目"])
    assert ("participatesIn", "冀东物贸集团", "冀东物贸集团年产3000辆专用车项目") in got
    assert not any(k == "locatedIn" for k, _, _ in got)
    got = links(tmp_path, "全力推动黔江卷烟厂易地技改。", places=["黔江"], orgs=["黔江卷烟厂"],
                projects=["黔江卷烟厂易地技改"])
    assert ("locatedIn", "黔江卷烟厂易地技改", "黔江区") in got


def test_a_company_named_first_by_a_division_of_the_area_builds_there(tmp_path):
    # luoyang-2020 (pool u42), in a city's report: a company whose name opens with a county of the
    # city is that county's, its works there (so "孝义兴安公司二期…", "义马开祥甲醇" in a city's reports
    # of the genre); not a place in the middle of a company's name ("呼伦贝尔中心城汽车公司", test above)
    got = links(tmp_path, "加快万基控股铝精深加工、伊川电力集团高精铝板带箔项目进度。", area="洛阳市",
                places=["伊川"], orgs=["伊川电力集团"], projects=["伊川电力集团高精铝板带箔项目"])
    assert ("locatedIn", "伊川电力集团高精铝板带箔项目", "伊川县") in got
    got = links(tmp_path, "确保呼伦贝尔中心城汽车公司调度中心投入使用。", area="海拉尔区",
                places=["中心城"], orgs=["呼伦贝尔中心城汽车公司"], projects=["呼伦贝尔中心城汽车公司调度中心"])
    assert not any(k == "locatedIn" for k, _, _ in got)


# division + trade name + industry (企业名称登记管理规定) opening a works' name; sentences written in
# the genre's phrasing, with no organization found ("江苏瑞澄" is none here)
@pytest.mark.parametrize("sentence, area, places, project, place, linked", [
    # a province there is where the company is registered, not where the works are
    ("江苏瑞澄新能源电池材料项目开工建设。", "海拉尔区", ["江苏"], "江苏瑞澄新能源电池材料项目", "江苏省", False),
    # even in the province's own report; the city before it is where the works are
    ("建成投产湛江广东瑞澄金属制品深加工项目。", "广东省", ["湛江", "广东"], "湛江广东瑞澄金属制品深加工项目", "广东省", False),
    ("建成投产湛江广东瑞澄金属制品深加工项目。", "广东省", ["湛江", "广东"], "湛江广东瑞澄金属制品深加工项目", "湛江市", True),
    # a city's name there is most often a local company's, building at home: still a link
    ("大同瑞澄半导体材料项目竣工投产。", "海拉尔区", ["大同"], "大同瑞澄半导体材料项目", "大同市", True),
    # a common word after the province is no trade name: the park is the province's
    ("推进江苏高端装备产业园建设。", "海拉尔区", ["江苏"], "江苏高端装备产业园", "江苏省", True),
])
def test_a_province_opening_a_companys_registered_name_is_its_registration_not_the_works_place(
        tmp_path, sentence, area, places, project, place, linked):
    got = links(tmp_path, sentence, area=area, places=places, projects=[project])
    assert (("locatedIn", project, place) in got) == linked


@pytest.mark.parametrize("sentence, projects", [
    # jintai-2024: a list of works (and its tail 等…项目) settling in a park
    ("西北钛镍等16个产业化项目落户龙源工业园区。", ["西北钛镍"]),
    # the genre's "P在X开工建设", "P在X顺利投产" (a stage word after an adverb)
    ("西北钛镍项目在龙源工业园区开工建设。", ["西北钛镍项目"]),
    ("西北钛镍项目在龙源工业园区顺利投产。", ["西北钛镍项目"]),
    # "X境内A项目"
    ("推进龙源工业园区境内西北钛镍项目建设。", ["西北钛镍项目"]),
    # "X内的P", "X的P、Q"
    ("加快龙源工业园区内的西北钛镍、华岚新材料等项目建设。", ["西北钛镍", "华岚新材料"]),
    # "X:P、Q…" and "X内,P、Q…": the place is the scope of the clauses after it, up to ";"
    ("其中，龙源工业园区：西北钛镍、华岚新材料项目开工建设；", ["西北钛镍", "华岚新材料项目"]),
    ("龙源工业园区内，西北钛镍、华岚新材料项目开工建设。", ["西北钛镍", "华岚新材料项目"]),
    # "在X、Y建设P": each place of the list after 在
    ("在金河工业园区、龙源工业园区建设华岚新材料项目。", ["华岚新材料项目"]),
])
def test_the_genres_forms_of_putting_works_in_a_place(tmp_path, sentence, projects):
    places = [p for p in ("龙源工业园区", "金河工业园区") if p in sentence]
    got = links(tmp_path, sentence, area="金台区", places=places, projects=projects)
    assert {("locatedIn", p, "龙源工业园区") for p in projects} <= got
    assert "金河工业园区" not in sentence or ("locatedIn", projects[0], "金河工业园区") in got


def test_a_scope_ends_with_its_part_of_the_sentence(tmp_path):
    # after ";" another part opens: its works are not in the first scope
    got = links(tmp_path, "龙源工业园区：西北钛镍项目开工建设；华岚新材料项目建成投产。", area="金台区",
                places=["龙源工业园区"], projects=["西北钛镍项目", "华岚新材料项目"])
    assert ("locatedIn", "西北钛镍项目", "龙源工业园区") in got
    assert ("locatedIn", "华岚新材料项目", "龙源工业园区") not in got
    # a place that only qualifies a noun is no scope ("龙源工业园区内企业…")
    got = links(tmp_path, "龙源工业园区内企业增长较快，华岚新材料项目建成投产。", area="金台区",
                places=["龙源工业园区"], projects=["华岚新材料项目"])
    assert not got


@pytest.mark.parametrize("sentence, org, project", [
    # anju-2022: a company, a claim of rank, its works
    ("四川能投全省首个天然气储气调峰项目开工建设。", "四川能投", "天然气储气调峰项目"),
    ("四川裕能建成全球最大的磷酸铁锂正极材料生产基地。", "四川裕能", "磷酸铁锂正极材料生产基地"),
    # tianjin-2025: 增资
    ("中关村发展集团增资宝坻京津中关村科技城。", "中关村发展集团", "宝坻京津中关村科技城"),
    ("中信集团的三塘盖旅游康养度假区开工建设。", "中信集团", "三塘盖旅游康养度假区"),
])
def test_a_company_and_its_own_works(tmp_path, sentence, org, project):
    assert ("participatesIn", org, project) in links(tmp_path, sentence, area="安居区", orgs=[org], projects=[project])


def test_a_standard_bodys_works_are_not_its_part(tmp_path):
    # "市政府的…" frames; a body builds nothing of its own in a report's grammar
    got = links(tmp_path, "市政府的渝东南气象防灾减灾中心建成。", orgs=["市政府"], projects=["渝东南气象防灾减灾中心"])
    assert not got


@pytest.mark.parametrize("sentence, orgs, pairs", [
    # a company and its partner both take part ("X与Y共建P", "X携手Y打造P")
    ("中信集团与黔江区共建三塘盖旅游康养度假区。", ["中信集团"], [("中信集团", "三塘盖旅游康养度假区")]),
    ("中信集团携手华润集团打造三塘盖旅游康养度假区。", ["中信集团", "华润集团"],
     [("中信集团", "三塘盖旅游康养度假区"), ("华润集团", "三塘盖旅游康养度假区")]),
    ("中信集团旗下三塘盖旅游康养度假区开业。", ["中信集团"], [("中信集团", "三塘盖旅游康养度假区")]),
])
def test_partners_and_owners_of_works(tmp_path, sentence, orgs, pairs):
    got = links(tmp_path, sentence, places=["黔江区"] if "黔江区" in sentence else [], orgs=orgs,
                projects=["三塘盖旅游康养度假区"])
    assert {("participatesIn", o, p) for o, p in pairs} <= got


def test_each_company_takes_part_in_its_own_works_only(tmp_path):
    # "X投资的A和Y投资的B", "X的A、Y的B": a company's works end where the next company's begin
    for sentence in ("中信集团投资建设的三塘盖旅游康养度假区和华润集团投资的温泉小镇开工。",
                     "中信集团三塘盖旅游康养度假区、华润集团温泉小镇等项目开工建设。"):
        got = links(tmp_path, sentence, orgs=["中信集团", "华润集团"], projects=["三塘盖旅游康养度假区", "温泉小镇"])
        assert got == {("participatesIn", "中信集团", "三塘盖旅游康养度假区"), ("participatesIn", "华润集团", "温泉小镇")}


def test_the_works_in_focus_after_a_zones_works_are_built_are_in_the_zone(tmp_path):
    # hailar-2012: the first clause builds the new district's works as a whole ("X内的…建设"), the
    # clause opening with 重点 lists them
    sentence = "三是做好新城区内的水、电、路等配套基础设施建设，以新城区景观大道为中轴，重点实施“一横两纵”的主路网和给排水管网工程。"
    got = links(tmp_path, sentence, area="海拉尔区", places=["新城区"], projects=["新城区景观大道", "给排水管网工程"])
    assert ("locatedIn", "给排水管网工程", "新城区") in got
    # without the focus word the later clause's works are not said to be there
    got = links(tmp_path, sentence.replace("重点实施", "实施"), area="海拉尔区", places=["新城区"],
                projects=["新城区景观大道", "给排水管网工程"])
    assert ("locatedIn", "给排水管网工程", "新城区") not in got


def test_works_named_by_the_place_they_are_on_plus_xiangmu_are_not_in_themselves(tmp_path):
    # hailar-2013: "城北海拉尔河湿地项目" is the works on the wetland 城北海拉尔河湿地, one name read
    # both ways (a trailing 项目 is optional, ANNOTATION rule 10): no link to itself; the river
    # inside the name is still where it is
    got = links(tmp_path, "配合做好城北海拉尔河湿地项目。", area="海拉尔区", places=["城北海拉尔河湿地", "海拉尔河"],
                projects=["城北海拉尔河湿地项目"])
    assert ("locatedIn", "城北海拉尔河湿地项目", "城北海拉尔河湿地") not in got
    assert ("locatedIn", "城北海拉尔河湿地项目", "海拉尔河") in got


def test_the_road_of_a_citys_gateway_is_at_the_gateway(tmp_path):
    # hailar-2013: 西出口 is a gateway named by its direction only; 西出口路 is its road, not a street
    # named after a place elsewhere (as 根河路 is), however the tokenizer cuts it (西/出口路)
    got = links(tmp_path, "对东出口、西出口等区域进行环境综合整治。完成西出口路建设。", area="海拉尔区",
                places=["西出口"], projects=["西出口路"])
    assert ("locatedIn", "西出口路", "西出口") in got
    got = links(tmp_path, "根河市加快发展。实施根河路改造。", area="海拉尔区", places=["根河"], projects=["根河路"])
    assert not got


def test_a_school_or_hospital_named_after_a_place_has_its_works_there(tmp_path):
    # ANNOTATION rule 8 (a place inside a project's name is linked) as the u34/u35 gold reads it
    # (四川 in 四川文理学院新校区一期 in a city of 四川; 浙江, 新疆, 吉林, 西安 likewise), where anju-2022's
    # gold, earlier, left the college's new school unlinked; a township hospital's works are in its
    # township (hailar-2012: "哈克卫生院扩建")
    got = links(tmp_path, "四川发展加快。四川职业技术学院汽车学院落地。", area="四川省遂宁市安居区",
                places=["四川"], orgs=["四川职业技术学院"], projects=["四川职业技术学院汽车学院"])
    assert ("participatesIn", "四川职业技术学院", "四川职业技术学院汽车学院") in got
    assert ("locatedIn", "四川职业技术学院汽车学院", "四川省") in got
    got = links(tmp_path, "加快哈克卫生院扩建。", area="海拉尔区", places=["哈克"], orgs=["哈克卫生院"],
                projects=["哈克卫生院扩建"])
    assert ("locatedIn", "哈克卫生院扩建", "哈克镇") in got


def test_a_place_whose_slogan_says_what_it_does_is_the_subject_of_the_sentence(tmp_path):
    # jintai-2024: the park "腾笼换鸟" (its slogan in quotes is its action): the projects of the
    # sentence's next clause are in it
    got = links(tmp_path, "金河工业园区“腾笼换鸟”促转型，汽车零部件、外贸产业园等15个项目建成投产。", area="金台区",
                places=["金河工业园区"], projects=["汽车零部件", "外贸产业园"])
    assert {("locatedIn", "汽车零部件", "金河工业园区"), ("locatedIn", "外贸产业园", "金河工业园区")} <= got


def test_a_companys_short_form_builds_its_works_not_the_group_its_name_holds(tmp_path):
    # sichuan-2025: "通威太阳能电池片基地" — 通威太阳能 builds it; its group 通威, whose name the short form
    # holds, does not (session 48: none of the eleven pools' golds u49–u59 links such a group, as none links
    # the group of a registered company, below); both stay organizations (ANNOTATION rule 8)
    got = links(tmp_path, "通威集团加快发展。通威太阳能电池片基地等项目竣工投产。", area="四川省",
                orgs=["通威", "通威太阳能"], projects=["通威太阳能电池片基地"])
    assert ("participatesIn", "通威太阳能", "通威太阳能电池片基地") in got
    assert ("participatesIn", "通威", "通威太阳能电池片基地") not in got


def test_a_registered_company_or_institute_builds_its_works_not_its_group(tmp_path):
    # luoyang-2020 and baotou-2016 (pool excerpts of real reports): a company named with its legal form
    # (公司) or an academy's institute (研究所) builds its own works, not the group or academy its name holds
    got = links(tmp_path, "加快华润电力首阳山电厂热电联产改造和华能洛阳热电有限公司供热管网扩建。", area="河南省洛阳市",
                orgs=["华能", "华能洛阳热电有限公司"], projects=["华能洛阳热电有限公司供热管网扩建"])
    assert ("participatesIn", "华能洛阳热电有限公司", "华能洛阳热电有限公司供热管网扩建") in got
    assert ("participatesIn", "华能", "华能洛阳热电有限公司供热管网扩建") not in got
    got = links(tmp_path, "支持中科院洛阳电光设备研究所科研基地建设。", area="河南省洛阳市",
                orgs=["中科院", "中科院洛阳电光设备研究所"], projects=["中科院洛阳电光设备研究所科研基地"])
    assert ("participatesIn", "中科院", "中科院洛阳电光设备研究所科研基地") not in got
    # the company itself named without its legal form still does (hailar-2013: 麦福劳公司, 麦福劳)
    got = links(tmp_path, "古纳河酒业二期、麦福劳公司综合技改、蒙西商品砼等项目全面完工。", area="内蒙古自治区呼伦贝尔市海拉尔区",
                orgs=["麦福劳", "麦福劳公司"], projects=["麦福劳公司综合技改"])
    assert ("participatesIn", "麦福劳", "麦福劳公司综合技改") in got


def test_a_project_in_a_place_for_an_event_is_not_settled_there(tmp_path):
    # "P在X" with no build or stage verb after the place: an event held there, not the works' site
    got = links(tmp_path, "西北钛镍项目在龙源工业园区举办签约仪式。", area="金台区", places=["龙源工业园区"],
                projects=["西北钛镍项目"])
    assert not got


def test_a_company_that_invests_in_one_clause_builds_what_the_next_clause_names(tmp_path):
    # the genre's "X投资N亿元,建设P": the next clause goes on with the company as its subject, up to
    # that clause only, and not across a clause that names another company
    got = links(tmp_path, "东方红日集团投资25亿元，建设全市首个种养一体化产业链项目，带动千亩花海综合体建设。"
                "中信集团投资10亿元，华润集团建设雪花啤酒城。",
                orgs=["东方红日集团", "中信集团", "华润集团"],
                projects=["种养一体化产业链项目", "千亩花海综合体", "雪花啤酒城"], area="山东省济南市平阴县")
    assert ("participatesIn", "东方红日集团", "种养一体化产业链项目") in got
    assert ("participatesIn", "东方红日集团", "千亩花海综合体") not in got
    assert ("participatesIn", "中信集团", "雪花啤酒城") not in got


def test_the_places_of_a_section_in_parentheses_after_the_works_name(tmp_path):
    got = links(tmp_path, "投资96.12亿元的s20长丰至固始高速公路（霍邱至皖豫省界段）和g328一级公路改建工程进展顺利。"
                "新建城北供水厂（含青山泵房）。",
                places=["霍邱", "皖豫省界", "青山"], area="安徽省六安市霍邱县",
                projects=["s20长丰至固始高速公路", "g328一级公路改建工程", "城北供水厂"])
    assert {("locatedIn", "s20长丰至固始高速公路", "霍邱县"),
            ("locatedIn", "s20长丰至固始高速公路", "皖豫省界")} <= got
    assert ("locatedIn", "g328一级公路改建工程", "皖豫省界") not in got
    assert ("locatedIn", "城北供水厂", "青山") not in got  # a part of the works, not its section


def test_a_division_opening_a_facilitys_word_but_not_a_natural_features(tmp_path):
    # jieba keeps "南宁站" and "海拉尔河" whole; the station is in the city, the river's dyke is at
    # the river, not said to be in the district named after it
    got = links(tmp_path, "南宁全年新增城镇就业5万人。力争开工建设南宁站改扩建工程。", places=["南宁"],
                projects=["南宁站改扩建工程"], area="广西壮族自治区南宁市")
    assert ("locatedIn", "南宁站改扩建工程", "南宁市") in got
    got = links(tmp_path, "海拉尔全年新增城镇就业5000人。实施海拉尔河堤防工程。", places=["海拉尔"],
                projects=["海拉尔河堤防工程"], area="内蒙古自治区呼伦贝尔市海拉尔区")
    assert not any(kind == "locatedIn" and p == "海拉尔河堤防工程" for kind, p, _ in got)


def test_a_company_takes_part_in_the_project_named_by_its_name(tmp_path):
    got = links(tmp_path, "重点推进合众项目投产，天际项目完成厂房建设。", orgs=["合众", "天际"],
                projects=["合众项目", "天际项目"], area="广西壮族自治区南宁市")
    assert {("participatesIn", "合众", "合众项目"), ("participatesIn", "天际", "天际项目")} <= got


def test_a_place_before_a_list_of_works_holds_each_item_but_the_own_area_only_the_first(tmp_path):
    # hailar-2016: "年内完成主城区呼伦大街、建华路、石油专用线等12条道路…的建设改造"
    got = links(tmp_path, "年内完成主城区呼伦大街、建华路、石油专用线等12条道路的建设改造。"
                "实施了海拉尔公路客运总站、污水处理厂二期等重大民生工程。",
                places=["主城区", "海拉尔"], area="内蒙古自治区呼伦贝尔市海拉尔区",
                projects=["呼伦大街", "建华路", "石油专用线", "公路客运总站", "污水处理厂二期"])
    assert {("locatedIn", "建华路", "主城区"), ("locatedIn", "石油专用线", "主城区")} <= got
    assert ("locatedIn", "污水处理厂二期", "海拉尔区") not in got


def test_a_company_named_as_an_item_of_a_list_of_works_takes_no_part_in_the_other_items(tmp_path):
    # fresh text (a county's report, 2020; a city's investment news, 2025): after 引进, a company that
    # stands for its own works in a list is no investor in the list's next items
    got = links(tmp_path, "引进金盛兰优特钢、佛塑新能源、大统营电子产业集群等项目。",
                orgs=["金盛兰优特钢", "佛塑新能源", "大统营电子"], projects=["大统营电子产业集群"])
    assert ("participatesIn", "大统营电子", "大统营电子产业集群") in got
    assert not {(k, o, p) for k, o, p in got if o in ("金盛兰优特钢", "佛塑新能源")}
    got = links(tmp_path, "成功引进中船科技海上风电装备制造基地、南山化学高端化工产业园及万豪化工高端原料药等项目。",
                orgs=["中船科技", "万豪化工"], projects=["南山化学高端化工产业园", "万豪化工高端原料药"])
    assert ("participatesIn", "万豪化工", "万豪化工高端原料药") in got
    assert not {(k, o, p) for k, o, p in got if o == "中船科技"}
    # the company the list opens with, its works after it, is still the investor
    got = links(tmp_path, "引进中信集团新建年产10万吨新材料项目。",
                orgs=["中信集团"], projects=["年产10万吨新材料项目"])
    assert ("participatesIn", "中信集团", "年产10万吨新材料项目") in got


def test_items_of_a_list_that_are_only_a_number_share_the_first_works_place(tmp_path):
    # "长沙地铁6号线、7号线一期": 7号线一期 is a line of 长沙's metro, named by its number only
    got = links(tmp_path, "加快长沙地铁6号线、7号线一期建设。", area="湖南省",
                places=["长沙"], projects=["长沙地铁6号线", "7号线一期"])
    assert {("locatedIn", "长沙地铁6号线", "长沙市"), ("locatedIn", "7号线一期", "长沙市")} <= got
    # an item opening with a capacity is a works of its own, not a number of the first one's kind
    got = links(tmp_path, "推进衡阳综合物流园、5万吨冷链仓储项目建设。", area="湖南省",
                places=["衡阳"], projects=["衡阳综合物流园", "5万吨冷链仓储项目"])
    assert ("locatedIn", "衡阳综合物流园", "衡阳市") in got
    assert ("locatedIn", "5万吨冷链仓储项目", "衡阳市") not in got


def test_a_place_inside_an_unknown_end_of_a_route_is_not_an_end(tmp_path):
    # "城关至大石桥公路": the end is 大石桥, not the town 石桥镇 whose name it holds
    got = links(tmp_path, "石桥镇新建集贸市场投入使用。开工建设城关至大石桥公路。", area="湖南省",
                places=["石桥镇"], projects=["城关至大石桥公路"])
    assert not any(r[1] == "城关至大石桥公路" for r in got)
    got = links(tmp_path, "石桥镇新建集贸市场投入使用。开工建设城关至石桥公路。", area="湖南省",
                places=["石桥镇"], projects=["城关至石桥公路"])
    assert ("locatedIn", "城关至石桥公路", "石桥镇") in got


def test_divisions_listed_bare_before_a_facility_share_its_head(tmp_path):
    # "邵阳、永州机场": the airports of 邵阳 and of 永州 (the last item found also as a place, 永州机场),
    # not a list of places named as works
    got = links(tmp_path, "邵阳、永州机场完成扩容。", area="湖南省", places=["邵阳", "永州", "永州机场"],
                projects=["邵阳、永州机场"], composite=["邵阳、永州机场"])
    assert {("locatedIn", "邵阳、永州机场", "邵阳市"), ("locatedIn", "邵阳、永州机场", "永州市")} <= got


@pytest.mark.parametrize("sentence, linked", [
    # the cue names a bare kind that resolution drops: no works, so no link — and no KeyError
    ("省交投集团负责建设高速公路。", set()),
    ("省交投集团负责建设青山至白水高速公路。", {("省交投集团", "青山至白水高速公路")}),
])
def test_a_cue_on_a_works_resolution_dropped_links_nothing(tmp_path, sentence, linked):
    from tests.conftest import review_graph

    _, orgs, links = review_graph(tmp_path, sentence, "某省政府工作报告")
    assert "省交投集团" in orgs
    assert links == linked


def test_a_park_found_both_as_works_and_as_a_place_is_the_zone_of_its_works(tmp_path):
    # "加快推进X产业园建设,确保A、B投入使用": the park the first clause builds, found as both (ANNOTATION
    # rule 3), is the zone; the works of the target clause are in it
    got = links(tmp_path, "加快推进中韩文化创意产业园建设，确保冷链仓储中心、跨境电商监管中心投入使用。", area="某某县",
                places=["中韩文化创意产业园"], projects=["中韩文化创意产业园", "冷链仓储中心", "跨境电商监管中心"])
    assert {("locatedIn", "冷链仓储中心", "中韩文化创意产业园"), ("locatedIn", "跨境电商监管中心", "中韩文化创意产业园")} <= got


def test_a_clause_the_works_open_after_an_area_built_goes_on_with_its_works(tmp_path):
    # "加快X产业园建设,A及B项目全部投入运营": no target word, but the clause opens with works right
    # after the area's clause (or a target clause)
    got = links(tmp_path, "加快滨江汽车产业园建设，汽配城和4S店集群项目全部投入运营。", area="某某县",
                places=["滨江汽车产业园"], projects=["汽配城", "4S店集群项目"])
    assert {("locatedIn", "汽配城", "滨江汽车产业园"), ("locatedIn", "4S店集群项目", "滨江汽车产业园")} <= got
    # a clause of another kind ends the run: the works after it are not said to be in the area
    got = links(tmp_path, "加快滨江汽车产业园建设，加大招商引资力度，汽配城项目投入运营。", area="某某县",
                places=["滨江汽车产业园"], projects=["汽配城项目"])
    assert not any(k == "locatedIn" for k, _, _ in got)


def test_a_paragraph_heading_puts_no_later_sentences_works_in_its_place(tmp_path):
    # "全面加快X新区建设。…完成A路、B路等5条道路工程…": a reader may take the paragraph's works to be
    # the 新区's, but ANNOTATION's locatedIn is what "the sentence puts" (yixian's gold links none of
    # a heading's paragraph): a works sentence that names no place gives no link (session 29 tried
    # and dropped such a rule)
    from kg.pipeline import build
    path = tmp_path / "r.txt"
    path.write_text("2023年某某县政府工作报告\n各位代表：\n二、2023年工作安排\n"
                    "全面加快城东新区建设。坚持规划先行，高标准推进新区建设。完成滨湖路、文昌路等5条道路工程，"
                    "启动第二水厂建设。强化交通支撑。实施国道改线工程。\n"
                    "加强旧城改造。完成人民路改造工程。\n", encoding="utf-8")
    b = build(path)
    E = b.report.entities
    got = {(r.kind, E[r.subject].name, E[r.object].name) for r in b.report.relations}
    assert not any(k == "locatedIn" and o == "城东新区" for k, _, o in got), got
    assert not any(k == "locatedIn" and s in ("国道改线工程", "人民路改造工程") for k, s, _ in got)
