"""Places outside the division tables (kg.extract.places): the literary names of provinces and of
the old lands across them (place_literary_names.txt: 巴蜀, 巴渝, 荆楚, 江淮…) are places, not before
a quoted title they qualify; a world region after a partner's preposition (与/同/对/面向:
place_world_partner_before.txt) is the partner, a place, also the next items of its 、-list; 台港澳,
亚欧 and 美欧 are named regions. Sentences from the design texts (tests/real) and the samples."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.resolve.entities import build_graph
from kg.text.document import parse_document
from kg.text.reading import read_source


def places(tmp_path, *lines: str) -> set[str]:
    """Names and aliases of every place of a small provincial report."""
    path = tmp_path / "r.txt"
    path.write_text("2026年省政府工作报告\n各位代表：\n一、2025年工作回顾\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    g = build_graph(doc, extract_mentions(doc))
    return {n for e in g.entities.values() if e.type == "Place" for n in (e.name, *e.aliases)}


def test_literary_names_of_provinces_are_places(tmp_path):
    found = places(tmp_path, "加快巴渝和美乡村建设。",  # chongqing 2026
                   "巴蜀文化旅游走廊建设成势见效。",  # chongqing 2026 review
                   "大力推动荆楚文化创造性转化、创新性发展。")  # hubei 2026
    assert {"巴渝", "巴蜀", "荆楚"} <= found


def test_a_literary_name_before_a_quoted_title_is_no_place(tmp_path):
    # qianjiang 2019: the name qualifies the contest's quoted title
    found = places(tmp_path, "成功举办重庆市巴渝“工匠杯”导游技能大赛总决赛。")
    assert "巴渝" not in found


def test_a_world_region_after_a_partner_preposition_is_a_place(tmp_path):
    found = places(tmp_path, "深化与东盟交流合作，扩大与东盟贸易规模。",  # hainan 2026
                   "对东盟、欧盟进出口分别增长16.7%、40.2%。",  # hubei 2026 review
                   "对中亚五国贸易占全国比重36.4%。")  # xinjiang 2026 review
    assert {"东盟", "欧盟", "中亚五国"} <= found


def test_a_world_region_modifying_a_name_stays_no_place(tmp_path):
    found = places(tmp_path, "举办亚洲国际青少年电影展。")
    assert "亚洲" not in found


def test_regions_named_together(tmp_path):
    found = places(tmp_path, "向长期关心支持福建高质量发展的台港澳同胞表示感谢。",  # fujian 2026 review
                   "稳定美欧、东南亚等传统市场。")  # fujian 2026 review
    assert {"台港澳", "美欧"} <= found


def test_the_great_wall_is_a_place(tmp_path):
    found = places(tmp_path, "大运河、长城、西山永定河三条文化带建设扎实推进。",  # beijing 2026 review
                   "加快长城、长征、黄河国家文化公园甘肃段建设。",  # gansu 2026
                   "实施黄河、大运河、齐长城沿线非遗保护计划。")  # shandong 2026
    assert {"长城", "齐长城"} <= found


def test_the_great_wall_as_a_figure_or_a_car_maker_is_no_place(tmp_path):
    found = places(tmp_path, "加强荒漠化治理，构筑可持续发展的绿色长城。",  # national 2017
                   "支持赛力斯、长城等车企提质放量。")  # chongqing 2026
    assert "长城" not in found


def test_a_country_listed_after_a_body_stays_a_place(tmp_path):
    found = places(tmp_path, "推动与海合会、以色列等自贸区谈判。")  # national 2015
    assert "以色列" in found


def test_china_opening_a_bilateral_body_or_event_name_is_no_place(tmp_path):
    found = places(tmp_path, "高水平打造中国—中亚贸易畅通合作平台、境外合作园区等各类载体。",  # jiangsu 2026
                   "全面建成中国-中亚荒漠化防治中心。",  # ningxia 2026
                   "落实中国—中亚峰会成果清单。")  # xinjiang 2026 review
    assert "中国" not in found and "中亚" in found


def test_china_in_a_bilateral_mechanism_stays_a_place(tmp_path):
    assert "中国" in places(tmp_path, "深化中国—中亚农业创新合作。")  # shaanxi 2026
    assert "中国" in places(tmp_path, "深度参与中国—东盟自贸区3.0版建设。")  # guangxi 2026


def test_a_great_river_s_estuary_is_a_place(tmp_path):
    found = places(tmp_path, "推动设立辽河口国家公园。",  # liaoning 2026
                   "黄河口“鸟浪”奇观成为观景新潮。")  # shandong 2026 review
    assert {"辽河口", "黄河口"} <= found


def test_a_city_naming_an_international_body_is_no_place(tmp_path):
    found = places(tmp_path, "发挥中国—上海合作组织冰雪体育示范区作用。",  # heilongjiang 2026
                   "举办第十届上海合作组织成员国农业部长会议等重大外事外交活动。")  # yunnan 2026 review
    assert "上海" not in found and "上海市" not in found
