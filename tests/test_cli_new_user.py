"""What a new user meets through the README (issue 11): a report named with a leading dash, one
message shape for a bad graph file, validating a store, SPARQL syntax errors, output that ends
with a newline, a result format that does not fit the query, a database path already taken, and
the cache folder. Bad input is one `kg: error:` line, a non-zero exit and nothing half-written."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from .conftest import ROOT, SEEDS

GRAPH = ROOT / "output" / "qianjiang-2019.ttl"


def kg(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env)


def one_error_line(r, status: int = 1) -> str:
    assert r.returncode == status, (r.stdout, r.stderr)
    assert r.stderr.startswith("kg: error: ") and len(r.stderr.splitlines()) == 1, r.stderr
    return r.stderr.strip()


@pytest.fixture
def dashed_report(tmp_path):
    report = tmp_path / "-x.txt"
    shutil.copy(SEEDS / "yixian-2019.txt", report)
    return report


def test_an_option_after_double_dash_stops_the_build_before_anything_is_written(tmp_path, dashed_report):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = kg("build", "--no-page", "--no-cache", "--", "-x.txt", "-o", "out", cwd=tmp_path, env=env)
    line = one_error_line(r)
    assert "-o: no such file or folder" in line and "put the options first" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["-x.txt"]  # no output/, no out/
    r = kg("build", "--no-page", "--no-cache", "-o", "out", "--", "-x.txt", cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["-x.ttl"] and not (tmp_path / "output").exists()


def test_a_dashed_report_without_double_dash_is_named_in_the_usage_error(tmp_path, dashed_report):
    r = kg("build", "-x.txt", cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.returncode == 2 and "-x.txt is a file: write it after `--`" in r.stderr
    assert not (tmp_path / "output").exists()


def test_every_command_says_a_bad_turtle_file_in_one_shape(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b \"unterminated .\n", encoding="utf-8")
    expected = f"kg: error: {bad}: not valid Turtle at line 3, column 9: unexpected end of file"
    for command in (["query", bad, "ASK {}"], ["validate", bad], ["projects", bad], ["promises", bad],
                    ["export", bad, "--property-graph", tmp_path / "pg"], ["serve", bad, "--port", "0"],
                    ["push", bad, "--endpoint", "http://127.0.0.1:9/store"]):
        assert one_error_line(kg(*command)) == expected, command
    assert not (tmp_path / "pg").exists()


def test_validate_reads_a_store_report_by_report(tmp_path):
    store = tmp_path / "store"
    r = kg("build", "--no-page", "--no-cache", "-o", tmp_path / "out", "--store", store, SEEDS / "yixian-2019.txt")
    assert r.returncode == 0, r.stderr
    r = kg("validate", store)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"{store} <https://w3id.org/policy-kg/id/graph/yixian-2019>: valid\n"
    r = kg("validate", tmp_path / "out")  # kg build's output folder: its graph files
    assert r.returncode == 0 and r.stdout == f"{tmp_path / 'out' / 'yixian-2019.ttl'}: valid\n", r.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "not a store (kg build --store), and no graph files in it" in one_error_line(kg("validate", empty))


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?s WHERE { ?s pol:x ?o }",
     'SPARQL syntax error at line 1, column 27 (near "?o"): the prefix pol: is not declared'),
    ("SELECT ?s WHERE {\n ?s ?p ?o \n} GROUP ?s", "SPARQL syntax error at line 3, column 11 (the end of the query): "
                                                "expected BY"),
    ("SELECT * WHERE { ?s ?p ?o ", "SPARQL syntax error at line 1, column 27 (the end of the query): "
                                   "the query is unfinished"),
    ('SELECT ?s WHERE { ?s ?p "中文" . ?s pol:x ?o }',  # columns in characters
     'SPARQL syntax error at line 1, column 40 (near "?o"): the prefix pol: is not declared'),
])
def test_a_sparql_syntax_error_is_one_short_line_with_its_place(query, expected):
    line = one_error_line(kg("query", GRAPH, query))
    assert line.startswith("kg: error: " + expected) and len(line) < 160, line


def test_query_output_ends_with_a_newline():
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        r = kg("query", GRAPH, "ASK { ?s ?p ?o }", "--format", fmt)
        assert r.returncode == 0 and r.stdout.endswith("\n") and not r.stdout.endswith("\n\n"), (fmt, r.stdout)
    r = kg("query", GRAPH, "SELECT ?s { ?s ?p ?o } LIMIT 1", "--format", "json")
    assert r.stdout.endswith("}\n")


def test_a_result_format_that_does_not_fit_the_query_is_refused_before_any_output():
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2"
    r = kg("query", GRAPH, construct, "--format", "csv")
    assert "--format csv is for SELECT and ASK results" in one_error_line(r) and r.stdout == ""
    r = kg("query", GRAPH, construct, "--format", "nt")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2 and r.stdout.endswith(" .\n")
    r = kg("query", GRAPH, "SELECT ?s { ?s ?p ?o } LIMIT 1", "--format", "ttl")
    assert "--format ttl is for CONSTRUCT and DESCRIBE results" in one_error_line(r) and r.stdout == ""


def test_export_onto_a_database_already_there_writes_nothing(tmp_path):
    pytest.importorskip("real_ladybug")
    db = tmp_path / "db"
    db.write_bytes(b"someone's database")
    r = kg("export", GRAPH, "--property-graph", tmp_path / "pg", "--ladybug", db)
    assert "db: already exists" in one_error_line(r)
    r = kg("export", GRAPH, "--property-graph", tmp_path / "pg", "--ladybug", tmp_path / "no" / "db")
    assert "no such folder" in one_error_line(r)
    assert not (tmp_path / "pg").exists() and db.read_bytes() == b"someone's database"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db"]


def test_kg_cache_shows_prunes_and_clears_the_folder(tmp_path):
    folder = tmp_path / "policy-kg"
    (folder / "extraction" / "old-rules").mkdir(parents=True)
    (folder / "extraction" / "new-rules").mkdir()
    for i, name in enumerate(("dictionary-aaaa.marshal", "dictionary-bbbb.marshal", "villages-12-34.bin",
                              "villages-12-56.bin", "jieba.cache")):
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (1000 + i, 1000 + i))
    os.utime(folder / "extraction" / "old-rules", (1000, 1000))
    writing = folder / ".dictionary-cccc.marshal.k2j3.tmp"  # another process is writing it
    writing.write_bytes(b"half")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    env.pop("KG_EXTRACTION_CACHE", None)
    r = kg("cache", env=env)
    assert r.returncode == 0, r.stderr
    assert "dictionary-*.marshal" in r.stdout and "villages-*.bin" in r.stdout and "extraction/" in r.stdout
    r = kg("cache", "--prune", env=env)
    assert r.returncode == 0, r.stderr
    assert not (folder / "dictionary-aaaa.marshal").exists() and (folder / "dictionary-bbbb.marshal").exists()
    assert not (folder / "villages-12-34.bin").exists() and (folder / "villages-12-56.bin").exists()
    assert not (folder / "extraction" / "old-rules").exists() and (folder / "extraction" / "new-rules").exists()
    assert (folder / "jieba.cache").exists() and writing.exists()
    r = kg("cache", "--clear", env=env)
    assert r.returncode == 0, r.stderr
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == []
    assert writing.exists()  # a file being written is left to its writer
    os.utime(writing, (time.time() - 7200,) * 2)  # one a killed process left
    kg("cache", "--clear", env=env)
    assert not writing.exists()


def test_a_graph_given_where_a_report_goes_and_a_file_where_a_folder_goes_are_refused_first(tmp_path):
    for command in (["build", GRAPH, "-o", tmp_path / "out"], ["extract", GRAPH]):
        assert f"{GRAPH}: a graph, not a report" in one_error_line(kg(*command))
    taken = tmp_path / "taken"
    taken.write_text("x", encoding="utf-8")
    for option in ("-o", "--store"):
        r = kg("build", SEEDS / "yixian-2019.txt", "-o", tmp_path / "out", option, taken)
        assert f"{taken}: a file, not a folder: give {option} a folder" in one_error_line(r)
    assert "a report, not a graph" in one_error_line(kg("query", SEEDS / "yixian-2019.txt", "ASK {}"))
    (tmp_path / "empty").mkdir()
    r = kg("build", tmp_path / "empty", SEEDS / "yixian-2019.txt", "-o", tmp_path / "out")
    assert "empty: a folder with no reports (.txt, .pdf, .docx, .doc, .wps) in it; nothing was built" in one_error_line(r)
    (tmp_path / "empty").rmdir()
    r = kg("promises", GRAPH, "--rdf", tmp_path)
    assert f"{tmp_path}: a folder: give --rdf the file" in one_error_line(r)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_export_reads_a_folder_of_graphs_as_query_does(tmp_path):
    folder = tmp_path / "graphs"
    folder.mkdir()
    shutil.copy(GRAPH, folder)
    r = kg("export", folder, "--property-graph", tmp_path / "pg")
    assert r.returncode == 0, r.stderr
    assert "黔江区" in (tmp_path / "pg" / "entities.csv").read_text(encoding="utf-8")
