"""kg query GRAPH… Q.rq: a query file's path where the query goes is read as that file, as with -f
(a user copying `ontology/queries/12-….rq` after the graphs); a query's text is still a query."""
from __future__ import annotations

import pytest

from kg.cli import main

REPORT = ("2024年青禾县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长6.5%。青禾水库除险加固工程建成。\n"
          "二、2024年工作安排\n地区生产总值增长6%左右。\n")
QUERY = ("PREFIX pol: <https://w3id.org/policy-kg/ontology#>\n"
         "SELECT (COUNT(?o) AS ?n) WHERE { ?o a pol:Observation }\n")


@pytest.fixture
def graph(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["build", "--no-page", "--no-cache", "-o", str(tmp_path / "out"), str(report)]) == 0
    capsys.readouterr()
    return tmp_path / "out" / "r.ttl"


def test_a_query_files_path_as_the_last_argument_is_read_as_with_f(graph, tmp_path, capsys):
    for name in ("count.rq", "count.SPARQL"):
        path = tmp_path / name
        path.write_text(QUERY, encoding="utf-8")
        assert main(["query", str(graph), "-f", str(path)]) == 0
        with_f = capsys.readouterr().out
        assert main(["query", str(graph), str(path)]) == 0
        out, err = capsys.readouterr()
        assert out == with_f and err == ""
        assert out.split()[-3] == "2", out  # two observations: a real answer, not an empty one


def test_a_query_text_or_a_missing_file_is_still_the_query(graph, tmp_path, capsys):
    assert main(["query", str(graph), QUERY]) == 0
    assert capsys.readouterr().out.split()[-3] == "2"
    # a path that names no file is still a file meant (one word ending in .rq: no query's text looks so),
    # said missing in one line, not parsed as SPARQL ("syntax error near …")
    assert main(["query", str(graph), str(tmp_path / "missing.rq")]) == 1
    err = capsys.readouterr().err
    assert "missing.rq: cannot read the query" in err and "SPARQL" not in err
    assert len(err.strip().splitlines()) == 1
