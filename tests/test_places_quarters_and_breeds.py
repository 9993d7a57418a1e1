"""A county's own quarter named like a far division (西城区 in a Gansu county), and a region's name
that opens a livestock breed (蒙古牛): sentences written in the genre's phrasing, each in a small
report of a named county so that the report's province is known."""
from __future__ import annotations

from kg.text.document import parse_document
from kg.text.reading import read_source
from kg.extract import extract_mentions
from kg.resolve.entities import build_graph
from kg import lexicons

GANGU = "政府工作报告\n——2022年1月6日在甘谷县第十八届人民代表大会第一次会议上"
SUNITE = "政府工作报告\n——2022年1月6日在苏尼特左旗第十六届人民代表大会第一次会议上"
HAILAR = "2013年呼伦贝尔市海拉尔区政府工作报告"


def _graph(tmp_path, head: str, *sentences: str):
    path = tmp_path / "report.txt"
    path.write_text(head + "\n各位代表：\n一、2021年工作回顾\n" + "\n".join(sentences) + "\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    return build_graph(doc, extract_mentions(doc))


def _places(graph) -> dict[str, str | None]:
    return {e.name: e.attrs.get("code") for e in graph.entities.values() if e.type == "Place"}


def test_a_quarter_named_like_a_far_district_is_the_counties_own(tmp_path):
    g = _graph(tmp_path, GANGU, "开工建设西城区九年制学校，完成东城区老旧小区改造。")
    found = _places(g)
    assert "西城区" in found and "东城区" in found
    # a local quarter of 甘谷县, not Beijing's 110102 / 110101
    assert found["西城区"] is None and found["东城区"] is None
    assert "110102" not in {e.key.split("/")[1] for e in g.entities.values() if e.type == "Place"}


def test_the_district_keeps_its_code_in_its_own_province_and_without_a_report():
    assert lexicons.find_division("西城区", "11").code == "110102"
    assert lexicons.find_division("西城区", None).code == "110102"
    assert lexicons.find_division("西城区", "62") is None
    assert lexicons.find_division("市中区", "37").code == "370103"  # 济南 in a Shandong report
    assert lexicons.find_division("黔江区", "62").code == "500114"  # other full names stand anywhere


def test_a_region_that_opens_a_livestock_breed_is_no_place(tmp_path):
    g = _graph(tmp_path, SUNITE, "建成自治区级蒙古牛保种场，实施蒙古马保护工程。", "与蒙古国开展口岸合作。")
    found = _places(g)
    assert "蒙古" not in found
    assert "蒙古国" in found and "苏尼特左旗" in found


def test_a_region_before_a_common_word_that_starts_like_livestock_stays(tmp_path):
    # "马路" is a word of its own: the place before it is still a place
    g = _graph(tmp_path, HAILAR, "积极参与中蒙俄经济走廊建设，扩大对俄罗斯、蒙古的出口。")
    assert "蒙古" in _places(g)


def test_a_river_before_a_city_that_opens_like_livestock_stays(tmp_path):
    # "长江马鞍山段" (马鞍山 2019): the river's section at 马鞍山, whose name opens with 马; a horse
    # breed after a region's name is still no place
    g = _graph(tmp_path, GANGU, "长江马鞍山段二期整治顺利开工，黄河马鞍山段同步推进。", "建成蒙古马保种场。")
    found = _places(g)
    assert "长江" in found and "黄河" in found and "马鞍山市" in found
    assert "蒙古" not in found


def _graph_of(tmp_path, text: str):
    path = tmp_path / "piece.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_source(path))
    return build_graph(doc, extract_mentions(doc))


def test_a_quarter_in_a_piece_of_no_known_province_is_local_unless_its_city_is_named(tmp_path):
    # a press piece on a county's report: no title, so no province to be near
    piece = "县长向大会作政府工作报告。报告指出,今年将开工建设西城区九年制学校,加快东城区城市更新。\n"
    found = _places(_graph_of(tmp_path, piece))
    assert found.get("西城区", "absent") is None and found.get("东城区", "absent") is None
    beijing = "报告指出,支持北京市西城区建设金融街。\n"
    assert _places(_graph_of(tmp_path, beijing)).get("西城区") == "110102"
