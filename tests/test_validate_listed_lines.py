"""Issue 9: a graph `kg build` writes validates where a list of urban rail lines shares its 号线 and
phase ("7、8号线一期"). The listed number's mention is the number as written (its text is the text at
its offsets, as the shapes ask), the line's name (7号线一期) its entity's label and the number its
alias; `kg projects` joins no two lines by that number. Sentences written in the genre's phrasing."""
from __future__ import annotations

import pytest
from rdflib import Graph

from kg.cli import main
from kg.pipeline import build
from kg.rdf.validate import validate_graph

REVIEW = "南湖市{year}年政府工作报告\n\n一、{past}年工作回顾\n\n{body}\n"
BODY_2021 = ("地铁2号线建成通车，加快12号线南段、2号线三期和7、8、10号线一期建设；推进S2、9号线等轨道交通线路建设。"
             "5号、8号、S3号线相继开工。")
BODY_2022 = "加快7、9号线二期建设，开工建设地铁11号线。"


def _report(tmp_path, year: int, body: str):
    path = tmp_path / f"nanhu-{year}.txt"
    path.write_text(REVIEW.format(year=year, past=year - 1, body=body), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(_report(tmp_path_factory.mktemp("lines"), 2021, BODY_2021))


def test_a_listed_line_s_mention_is_its_number_and_the_graph_validates(built):
    g = Graph().parse(data=built.rdf.serialize(format="turtle"), format="turtle")
    assert validate_graph(g) == []
    projects = {e.name: e for e in built.report.entities.values() if e.type == "Project"}
    for name, number in [("7号线一期", "7"), ("8号线一期", "8"), ("10号线一期", None), ("S2号线", "S2"),
                         ("5号线", "5号"), ("8号线", "8号"), ("S3号线", None)]:
        assert name in projects, sorted(projects)
        e = projects[name]
        if number is not None:  # the last of a list is written whole: its own text
            assert number in e.aliases
            assert {m.text for m in e.mentions} == {number}
        sentence = {s.index: s for s in built.doc.sentences}
        for m in e.mentions:  # the mention's text is the text at its offsets
            s = sentence[m.sentence]
            assert s.text[m.local_start:m.local_end] == m.text
    assert not any(n in projects for n in ("7", "8号", "S2"))  # no entity named by a number alone


def test_projects_joins_no_two_lines_by_their_number(tmp_path, capsys):
    reports = [_report(tmp_path, 2021, BODY_2021), _report(tmp_path, 2022, BODY_2022)]
    assert main(["projects", "--format", "csv", *map(str, reports)]) == 0
    rows = [line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]]
    # 7号线一期 (2021) and 7号线二期 (2022) both have the alias "7": two projects
    assert "7号线一期" in rows and "7号线二期" in rows, rows
