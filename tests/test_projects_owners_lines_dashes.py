"""Works names cut short in lists of major projects (issue 9, session 21 qf21): the owner's brand and
trade before a plant sized by its output, the city before a numbered metro line, the far end of a
power line named by its ends with a dash, and routes by their ends listed before 等N条 and a route
kind where the build verb closes the clause. Sentences written in the genre's phrasing; the whole
pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import entity_names, review_graph

HEAD = "2024年临川市人民政府工作报告"


def _projects(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[0]


@pytest.mark.parametrize("sentence, works, cut", [
    ("红星锂能、泰安先行年产20万吨锂电材料智能制造基地等项目加快建设。",
     "泰安先行年产20万吨锂电材料智能制造基地", "20万吨锂电材料智能制造基地"),
    ("宏远能源30万吨高纯晶硅项目建成投产。", "宏远能源30万吨高纯晶硅项目", "30万吨高纯晶硅项目"),
])
def test_the_owner_before_a_plants_output_is_part_of_its_name(tmp_path, sentence, works, cut):
    projects = _projects(tmp_path, sentence)
    assert works in projects and cut not in projects, projects


@pytest.mark.parametrize("sentence, works", [
    ("其中年产5万吨高纯晶硅项目建成投产。", "年产5万吨高纯晶硅项目"),
    ("全市新建30万千瓦光伏发电项目。", "30万千瓦光伏发电项目"),
    ("加快建设年产10万吨乙二醇项目。", "年产10万吨乙二醇项目"),
])
def test_a_verb_or_a_scope_before_the_output_is_no_owner(tmp_path, sentence, works):
    assert works in _projects(tmp_path, sentence)


@pytest.mark.parametrize("sentence, works, cut", [
    ("建成南阳地铁3号线。", "南阳地铁3号线", "地铁3号线"),
    ("建成南阳北至机场新城段城际铁路、西安地铁4号线。", "西安地铁4号线", "地铁4号线"),
])
def test_the_city_before_a_numbered_line_names_it(tmp_path, sentence, works, cut):
    projects = _projects(tmp_path, sentence)
    assert works in projects and cut not in projects, projects


def test_a_power_line_named_by_its_ends_keeps_the_far_end(tmp_path):
    projects = _projects(tmp_path, "加快豫南—郑州输电工程前期工作。")
    assert "豫南—郑州输电工程" in projects and "郑州输电工程" not in projects, projects


def test_a_dash_before_other_works_joins_nothing(tmp_path):
    # a plain works after a dash is not a line between ends ("—" opens an aside)
    projects = _projects(tmp_path, "重点项目—南阳体育中心建成投用。")
    assert not any(p.startswith("重点项目") for p in projects), projects


@pytest.mark.parametrize("sentence, routes, cut", [
    ("加快郑州至洛阳、郑州至开封等3条城际铁路建设。", {"郑州至洛阳", "郑州至开封"}, "洛阳"),
    ("加快郑州至南阳高铁和郑州至洛阳等3条城际铁路建设。", {"郑州至南阳高铁", "郑州至洛阳"}, "洛阳"),
])
def test_routes_before_a_counted_kind_the_clause_builds_after_it(tmp_path, sentence, routes, cut):
    projects = _projects(tmp_path, sentence)
    assert routes <= projects and cut not in projects, projects


def test_routes_listed_with_no_build_verb_are_not_works(tmp_path):
    projects = _projects(tmp_path, "郑州至洛阳等3条城际铁路的客流持续增长。")
    assert "郑州至洛阳" not in projects, projects


# a repost in traditional characters (written here by hand): characters OpenCC gives two simplified
# forms (線, 瀋, 劃, 於) or the shipped table lacks (開) are read in the form the genre uses
TRADITIONAL = """2024年臨川市政府工作報告
一、2023年工作回顧
全市經濟運行穩中向好，固定資產投資增長9%。加快推進臨川繞城高速西線建設，推進在線審批服務平臺升級。
瀋陽至臨川高速公路開工建設，項目位於臨川市東鄉鎮，規劃總投資80億元。
"""


def test_a_traditional_repost_reads_ambiguous_characters_as_the_genre_does(tmp_path):
    from kg.text.reading import read_source

    path = tmp_path / "t.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    text = read_source(path).text
    assert "临川绕城高速西线" in text and "在线审批" in text and "沈阳至临川高速公路开工建设" in text, text
    assert "位于" in text and "规划总投资" in text, text
    from kg.model import PROJECT
    from kg.pipeline import build

    projects = entity_names(build(path).report, PROJECT)
    # named as the copy writes them (session 65: ANNOTATION's "as written"), read as the genre reads them
    assert "瀋陽至臨川高速公路" in projects and not any("審批" in p or "审批" in p for p in projects), projects
