"""Named areas of a city (kg.extract.city_areas): a region by its short form ("雄安" for 雄安新区) is an
alias of the full name where the report names both (ANNOTATION rule 13), and the place is called by
the full name whichever form comes first; a named quarter or new area ("滨江新区") is a place where
no project is found over it. Sentences written in the genre's phrasing, and the Hailar corpus."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.pipeline import build
from kg.resolve.entities import build_graph
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import report_mentions, report_names, shared_file


def places(tmp_path, *lines: str) -> dict[str, set[str]]:
    """name → aliases of every place of a small provincial report."""
    path = tmp_path / "r.txt"
    path.write_text("2020年河北省政府工作报告\n各位代表：\n一、2019年工作回顾\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    g = build_graph(doc, extract_mentions(doc))
    return {e.name: e.aliases for e in g.entities.values() if e.type == "Place"}


def test_the_short_form_is_an_alias_of_the_named_new_area(tmp_path):
    found = places(tmp_path, "雄安新区建设全面提速，一批重点项目开工。", "我们全力支持雄安承接非首都功能疏解。")
    assert found["雄安新区"] == {"雄安"}
    assert "雄安" not in found


def test_the_place_is_called_by_its_full_name_when_the_short_form_comes_first(tmp_path):
    found = places(tmp_path, "雄安已进入大规模建设阶段。", "加快雄安新区启动区建设。")
    assert found.get("雄安新区") == {"雄安"} and "雄安" not in found


def test_a_short_form_alone_names_no_place(tmp_path):
    # without the full name the short form is no alias (rule 13), and the stem alone is kept out
    found = places(tmp_path, "我们全力支持雄安承接非首都功能疏解。")
    assert "雄安" not in found and "雄安新区" not in found


def test_a_stem_that_is_another_place_stays_that_place(tmp_path):
    # 兰州 of 兰州新区 is the city, not a short form of the new area
    found = places(tmp_path, "支持兰州新区加快发展，兰州城市功能持续提升。")
    assert "兰州市" in found and "兰州新区" in found and "兰州" not in found["兰州新区"]


def test_named_quarters_are_places_and_kinds_or_counts_are_none(tmp_path):
    head = "2021年杭州市政府工作报告"
    assert {"滨江新区", "城东组团", "老城区"} <= report_names(tmp_path, "Place", head, "加快滨江新区、城东组团和老城区有机更新。")
    kinds = report_names(tmp_path, "Place", head, "积极争创国家级新区，推进三大片区开发，抓好重点片区控详规编制。")
    assert not {p for p in kinds if p.endswith(("新区", "片区"))}


def test_a_count_of_areas_after_the_places_is_no_place(tmp_path):
    # ANNOTATION rule 11: "甲、乙、丙三个片区" counts the areas of the places listed; those stay places,
    # and the count goes with them, out of the name of the indicator it opens
    head = "2025年青禾市人民政府工作报告"
    lines = ("中国（青禾）自由贸易试验区鹤壁、漯河、铜川三个片区新增企业2000户，形成制度创新成果36项。",
             "大别山、澄溪山四大片区加快脱贫。", "青禾山两大片区生态修复有序推进。")
    found = report_mentions(tmp_path, head, "一、2024年工作回顾", *lines)
    places = {m.text for m in found if m.type == "Place"}
    assert {"鹤壁", "漯河", "铜川", "澄溪山", "青禾山"} <= places
    assert not {p for p in places if p.endswith("片区")}
    assert {m.attrs["indicator"] for m in found if m.type == "Observation"} == {"新增企业", "制度创新成果"}


def test_a_quarter_named_after_the_lake_hill_or_park_it_lies_at_is_a_place(tmp_path):
    # _toponym_stem: jieba knows the stem's words, but it closes on a toponym's character (湖, 坡, 园)
    head = "2021年某市政府工作报告"
    found = report_names(tmp_path, "Place", head, "城市功能持续完善，鹤鸣湖片区、槐川坡片区城市更新加快推进。")
    assert {"鹤鸣湖片区", "槐川坡片区"} <= found
    kinds = report_names(tmp_path, "Place", head, "加快重点片区、核心片区和老旧片区有机更新，统筹推进镇村片区规划。")
    assert not {"重点片区", "老旧片区", "镇村片区"} & kinds


def test_a_new_area_the_sentence_builds_stays_a_project_in_its_town():
    # hailar-2013: "实施奋斗镇新镇区和哈克镇滨河新区建设" builds the new area: a project in 哈克镇
    g = build(shared_file("corpus", "hailar", "hailar-2013.txt")).report
    areas = [e for e in g.entities.values() if e.name == "哈克镇滨河新区"]
    assert [e.type for e in areas] == ["Project"]
    located = {g.entities[r.object].name for r in g.relations if r.kind == "locatedIn" and r.subject == areas[0].key}
    assert "哈克镇" in located


def test_named_function_zones_and_business_districts_are_places(tmp_path):
    # a proper name, one place word of jieba's ("运河", "光明") or a division found ("北京") before a
    # trade or function head (place_function_zone_heads.txt)
    head = "2022年北京市通州区政府工作报告"
    found = report_names(tmp_path, "Place", head, "市属国企总部加快向北京城市副中心迁移，运河商务区入驻企业超过2000家。",
                         "光明科学城新增科技创新平台15个。", "甬江科创区、陆家嘴金融城能级持续提升。")
    assert {"北京城市副中心", "运河商务区", "光明科学城", "甬江科创区", "陆家嘴金融城"} <= found
    assert "北京市" in found  # the city inside the designation stays a place (ANNOTATION rule 8)


def test_a_zone_head_after_a_kind_a_count_or_a_common_word_names_no_place(tmp_path):
    head = "2022年上海市政府工作报告"
    found = report_names(tmp_path, "Place", head, "努力建设世界一流科学城，全面推进五个新城建设。",
                         "提升城市副中心和中央商务区功能，打造一批国际金融城。")
    # (a bare 新城 is a quarter of its own, ANNOTATION "Place")
    assert not {p for p in found if p.endswith(("科学城", "新城", "副中心", "商务区", "金融城")) and p != "新城"}


def test_a_zone_opening_a_works_name_is_a_place_inside_it(tmp_path):
    # ANNOTATION rule 8: the zone opening the works' name is a place of its own; the works stays whole
    mentions = report_mentions(tmp_path, "2022年深圳市光明区政府工作报告", "年内投用光明科学城先进材料研究院二期工程。")
    assert ("Place", "光明科学城") in {(m.type, m.text) for m in mentions}
    assert ("Project", "光明科学城先进材料研究院二期工程") in {(m.type, m.text) for m in mentions}


def city_places(tmp_path, head: str, *lines: str) -> dict[str, set[str]]:
    """name → aliases of every place of a small report titled `head`."""
    path = tmp_path / "c.txt"
    path.write_text(head + "\n各位代表：\n一、2023年工作回顾\n" + "\n".join(lines) + "\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    g = build_graph(doc, extract_mentions(doc))
    return {e.name: e.aliases for e in g.entities.values() if e.type == "Place"}


def test_a_districts_short_form_and_its_waterfront_are_one_place(tmp_path):
    # "徐汇滨江" is Xuhui's riverside quarter: one place, not Xuhui and a place "滨江"; the short
    # form inside it stays the district's alias (ANNOTATION rule 8)
    found = city_places(tmp_path, "2024年上海市政府工作报告", "推动徐汇滨江、杨浦滨江打造世界级滨水区。")
    assert {"徐汇滨江", "杨浦滨江"} <= set(found) and "滨江" not in found
    assert "徐汇" in found["徐汇区"]
    # not where the word opens a longer name, nor after a full name
    names = report_names(tmp_path, "Place", "2024年杭州市政府工作报告", "加快滨江新区建设，杭州市滨江区经济稳步增长。")
    assert not {n for n in names if n.endswith("滨江") and len(n) > 2}  # (滨江 alone: the district's short form)


def test_a_place_in_brackets_is_part_of_a_zones_name(tmp_path):
    names = report_names(tmp_path, "Place", "2024年成都市政府工作报告", "西部（成都）科学城高能级创新体系加快构建。")
    assert "西部(成都)科学城" in names and "成都" in names
    # a kind before the bracket names no zone
    names = report_names(tmp_path, "Place", "2024年成都市政府工作报告", "建设一流（成都）科学城。")
    assert not {n for n in names if n.endswith("科学城")}


def test_a_common_word_before_xincheng_names_no_quarter(tmp_path):
    names = report_names(tmp_path, "Place", "2021年广东省政府工作报告", "河西新城、南部新城功能加快完善，打造现代化城市新城。")
    assert {"河西新城", "南部新城"} <= names and "城市新城" not in names


def test_a_bare_sub_centre_is_an_alias_where_the_report_names_it_in_full(tmp_path):
    head = "2020年北京市通州区政府工作报告"
    found = city_places(tmp_path, head, "北京城市副中心建设取得重大进展。", "城市副中心框架全面拉开，推进副中心与北三县协同发展。")
    assert found["北京城市副中心"] >= {"副中心", "城市副中心"}
    assert "副中心" not in found and "城市副中心" not in found
    # with no full name it names nothing; a kind of city (副中心城市) or a kind before it neither
    found = city_places(tmp_path, head, "推进副中心建设，打造区域副中心和省域副中心城市。")
    assert not {n for n in found if "副中心" in n}


def test_well_known_quarters_and_waterfronts_named_without_a_head(tmp_path):
    found = city_places(tmp_path, "2023年上海市政府工作报告", "加快外滩、北外滩、陆家嘴、徐家汇等商务载体建设。")
    assert {"外滩", "北外滩", "陆家嘴", "徐家汇"} <= set(found)


def test_a_countys_short_form_inside_an_idiom_names_no_place(tmp_path):
    # 勠力同心 is the idiom 戮力同心 (its other written form), not 同心县 of Ningxia
    head = "2023年宁夏回族自治区政府工作报告"
    assert "同心县" not in city_places(tmp_path, head, "全区上下勠力同心、砥砺奋进，经济稳中向好。")
    assert "同心县" in city_places(tmp_path, head, "全区上下勠力同心、砥砺奋进，支持同心发展特色产业。")


def test_a_quarter_of_a_new_area_named_in_plain_characters(tmp_path):
    # "雄安新区容东片区": the quarter is 容东片区 (its two characters are no proper name jieba knows),
    # the new area a place of its own; a listed sibling quarter too; a kind (核心, 重点) names none
    names = report_names(tmp_path, "Place", "2020年河北省政府工作报告",
                         "雄安新区容东片区、容西片区建设全面提速。", "推进雄安新区核心片区建设，抓好重点片区开发。")
    assert {"雄安新区", "容东片区", "容西片区"} <= names
    assert not {n for n in names if n.endswith("片区") and n not in ("容东片区", "容西片区")}


def test_a_common_word_before_a_city_or_a_city_kind_before_a_quarter_names_no_place(tmp_path):
    # "现代化海滨城市" describes a city (not the subdistrict 海滨街道 of 滨海新区); "副省级城市中心城区"
    # is a category of quarters, not the report's own
    head = "2020年天津市滨海新区政府工作报告"
    found = city_places(tmp_path, head, "加快建设现代化滨海城市，经济总量列副省级城市中心城区第三。")
    assert "海滨街道" not in found and "中心城区" not in found
    found = city_places(tmp_path, head, "海滨街道、海滨旅游区加快发展，中心城区供水管网改造完成。")
    assert {"海滨街道", "中心城区"} <= set(found)


def test_zones_named_by_their_leading_function_are_places(tmp_path):
    # real report text (天津滨海新区 2013, 陕西省 2016): 工业区, 金融区, 生态区 after a proper name or
    # a place word (place_function_zone_heads.txt); no name before the head, no place
    found = report_names(tmp_path, "Place", "2013年天津市滨海新区政府工作报告",
                         "渤化集团“两化”搬迁项目在南港工业区开工。",
                         "于家堡金融区、响螺湾商务区、天津文化中心滨海分中心加快建设。",
                         "推进渭河生态区和湿地公园建设。", "加快老工业区搬迁改造，保护重点生态区。")
    assert {"南港工业区", "于家堡金融区", "渭河生态区"} <= found
    assert not {p for p in found if p.endswith(("工业区", "生态区")) and len(p) <= 5 and p[0] in "老重"}


def test_a_new_town_named_by_a_town_of_the_reports_own_area_is_a_place(tmp_path):
    # 杭州市余杭区 2020: 良渚, a town (街道) of the report's own district, is found by the lexicons;
    # the new town named after it is a place too (the lexicon rule joins no town to 新城)
    found = report_names(tmp_path, "Place", "2020年杭州市余杭区人民政府工作报告",
                         "——2020年在杭州市余杭区第十六届人民代表大会第五次会议上", "良渚新城引进中国电子科技集团第五十二研究所产业基地。")
    assert "良渚新城" in found


def test_a_citys_side_quarter_written_alone_is_a_place_and_a_bodys_campus_none(tmp_path):
    # 巩义市 2014 and 长兴县 2012 (real report text): 东区, 西区 after a verb, a conjunction or 城市;
    # 合肥市 2018: "省立医院南区" is the hospital's campus (place_side_quarters.txt)
    found = report_names(tmp_path, "Place", "2014年巩义市政府工作报告", "建成东区公交枢纽站和西区综合客运站。",
                         "加快城市东区建设。", "安徽省立医院南区二期、合肥市第一人民医院滨湖院区加快建设。")
    assert {"东区", "西区"} <= found and "南区" not in found
