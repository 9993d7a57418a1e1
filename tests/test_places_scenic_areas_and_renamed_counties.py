"""A scenic area named after a place ("某某山风景区") is that place (kg.resolve.entities,
`_scenic_areas_to_their_places`): one entity with the place where the report names both, the place's
name its label (the samples' gold: 神龟峡, alias 神龟峡景区), else the area with the place's name as
alias (the samples' 芭拉胡景区, alias 芭拉胡); a division's name before 景区 stays the division.
And counties renamed after the divisions table (孟津区, 偃师区). Made-up sentences in the genre's phrasing."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.resolve.entities import build_graph
from kg.text.document import parse_document
from kg.text.reading import read_source


def graph(tmp_path, *lines: str):
    path = tmp_path / "s.txt"
    path.write_text("2020年福建省政府工作报告\n各位代表：\n一、2019年工作回顾\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    return build_graph(doc, extract_mentions(doc))


def places(g) -> dict[str, set[str]]:
    return {e.name: e.aliases for e in g.entities.values() if e.type == "Place"}


def test_the_scenic_area_and_its_place_are_one_place(tmp_path):
    found = places(graph(tmp_path, "鹭鸣山风景区游客服务中心完工。", "鹭鸣山生态保护持续加强。"))
    assert "鹭鸣山风景区" in found.get("鹭鸣山", set())
    assert "鹭鸣山风景区" not in found


def test_a_scenic_area_named_alone_takes_its_place_as_alias(tmp_path):
    # (the place inside the area's name may be read on its own too: still one place of both names)
    found = places(graph(tmp_path, "鹭鸣山风景区游客服务中心完工。"))
    named = [{n, *a} for n, a in found.items() if "鹭鸣山" in n]
    assert named == [{"鹭鸣山", "鹭鸣山风景区"}]


def test_a_division_before_the_scenic_area_keeps_its_own_name(tmp_path):
    found = places(graph(tmp_path, "武夷山市旅游持续升温，武夷山景区游客服务中心完工。"))
    assert "武夷山景区" not in found.get("武夷山市", set())


def test_counties_renamed_in_2021_are_their_new_districts(tmp_path):
    # 2021 (国函〔2021〕27号), 洛阳: 偃师市 → 偃师区, 孟津县 → 孟津区 (scripts/divisions_changes.tsv); the
    # former names stay for the reports written before the change
    from kg import lexicons
    assert lexicons.find_division("孟津区", "41").code == "410308"
    assert lexicons.find_division("偃师", "41").name == "偃师区"
    assert lexicons.find_division("偃师市", "41").code == "410381"
    path = tmp_path / "s.txt"
    path.write_text("2023年洛阳市政府工作报告\n各位代表：\n一、2022年工作回顾\n孟津区、偃师区农业产业园加快建设。\n",
                    encoding="utf-8")
    doc = parse_document(read_source(path))
    found = places(build_graph(doc, extract_mentions(doc)))
    assert {"孟津区", "偃师区"} <= set(found) and not {"孟津县", "偃师市"} & set(found)


def test_one_character_after_a_township_is_no_second_town(tmp_path):
    # "某某乡场镇" is the township's seat, "某某乡通乡油路" a road reaching it: no town 某某乡场镇 or 某某乡通乡
    path = tmp_path / "t.txt"
    # (made up, with towns of 黔江区)
    path.write_text("2019年重庆市黔江区政府工作报告\n各位代表：\n一、2018年工作回顾\n"
                    "加快推进沙坝镇、太极乡、白土乡场镇完善配套。建设城区至水田乡、金洞乡通乡油路。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    found = {m.text for m in extract_mentions(doc) if m.type == "Place"}
    assert {"白土乡", "金洞乡"} <= found
    assert not {"白土乡场镇", "金洞乡通乡"} & found


def _places_of(tmp_path, head: str, sentence: str) -> set[str]:
    path = tmp_path / "f.txt"
    path.write_text(head + "\n各位代表：\n一、2018年工作回顾\n" + sentence + "\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    return {m.text for m in extract_mentions(doc) if m.type == "Place"}


def test_a_route_across_a_river_names_no_river(tmp_path):
    # 跨江, 过江: where the bridge or tunnel runs (place_course_before_water.txt), no river 杭绍跨江
    found = _places_of(tmp_path, "2019年浙江省政府工作报告", "杭绍跨江大桥主桥合龙。甬舟跨江通道开工。")
    assert not {n for n in found if n.endswith("跨江")}


def test_the_tail_of_a_place_before_a_hub_is_no_place(tmp_path):
    # a suffix place ending where the hub's name word does (藏龙湾): its tail 龙湾 is no place of its own
    found = _places_of(tmp_path, "2019年浙江省政府工作报告", "建成110千伏藏鹤岛变电站、110千伏藏龙湾变电站。")
    assert "藏龙湾" in found and "龙湾" not in found
