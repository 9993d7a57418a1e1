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
from tests.conftest import report_names, shared_file


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


def test_a_new_area_the_sentence_builds_stays_a_project_in_its_town():
    # hailar-2013: "实施奋斗镇新镇区和哈克镇滨河新区建设" builds the new area: a project in 哈克镇
    g = build(shared_file("corpus", "hailar", "hailar-2013.txt")).report
    areas = [e for e in g.entities.values() if e.name == "哈克镇滨河新区"]
    assert [e.type for e in areas] == ["Project"]
    located = {g.entities[r.object].name for r in g.relations if r.kind == "locatedIn" and r.subject == areas[0].key}
    assert "哈克镇" in located
