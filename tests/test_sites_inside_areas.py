"""Places inside works' names that end where the area named whole ends (session 57, loc): a quarter
named whole before its communities' facility ("东山组团|社区卫生服务中心") and an area named whole before
a kind of site in it ("…纪念园|抗战遗址"); the works are located in that area, not in a longer piece.
Sentences of the Hailar reports (海拉尔区 2017 and 2019 design texts)."""
from __future__ import annotations

from kg.pipeline import build

OPENING = "2019年海拉尔区政府工作报告\n各位代表:\n一、2018年工作回顾\n"


def _build(tmp_path, *lines: str):
    path = tmp_path / "r.txt"
    path.write_text(OPENING + "\n".join(lines) + "\n", encoding="utf-8")
    return build(path).report


def _places(g) -> set[str]:
    return {e.name for e in g.entities.values() if e.type == "Place"}


def _located(g) -> set[tuple[str, str]]:
    name = {k: e.name for k, e in g.entities.items()}
    return {(name[r.subject], name[r.object]) for r in g.relations if r.kind == "locatedIn"}


def test_a_quarter_named_whole_before_a_community_health_centre(tmp_path):
    g = _build(tmp_path, "医疗废物处理项目全面完工,东山组团社区卫生服务中心和妇幼保健计划生育服务中心合建项目、"
                         "疾控中心基础设施项目主体封顶。")
    assert "东山组团" in _places(g) and "东山组团社区" not in _places(g)
    located = _located(g)
    assert ("东山组团社区卫生服务中心", "东山组团") in located, located
    assert not any(place in ("东山", "东山组团社区") for _, place in located), located


def test_a_named_community_before_its_health_centre_stays_a_place(tmp_path):
    g = _build(tmp_path, "在城关镇红旗社区新建停车场。")
    assert "红旗社区" in _places(g)


def test_an_area_named_whole_before_a_kind_of_site_in_it(tmp_path):
    g = _build(tmp_path, "“旅游+”战略深入实施,世界反法西斯战争海拉尔纪念园抗战遗址设施工程进展顺利。",
               "加大红色旅游资源的整合与提升,做好世界反法西斯战争海拉尔纪念园抗战遗址保护工程。")
    places = _places(g)
    assert "世界反法西斯战争海拉尔纪念园" in places and not any(p.endswith("遗址") for p in places), places
    located = _located(g)
    for works in ("世界反法西斯战争海拉尔纪念园抗战遗址设施工程", "世界反法西斯战争海拉尔纪念园抗战遗址保护工程"):
        assert (works, "世界反法西斯战争海拉尔纪念园") in located, located


def test_a_site_named_with_its_own_proper_word_is_whole(tmp_path):
    # the word before the head is a name, not a kind of site: the site is named whole
    g = _build(tmp_path, "殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放。")
    assert {"大河村遗址", "汉魏洛阳故城遗址"} <= _places(g), _places(g)
