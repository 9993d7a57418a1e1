"""A new user's fourth walk through the README (session 50): a folder that only looks like a store,
a PREFIX written without its colon, and a folder holding each report's graph in several formats."""
from __future__ import annotations

import pytest

from kg.errors import KgError

from .test_cli_new_user import GRAPH, kg, one_error_line
from .test_promises import REPORT_2019, REPORT_2020

COUNT_IN_GRAPHS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(params=["empty", "stray CURRENT", "CURRENT of other text", "CURRENT a folder"])
def not_a_store(request, tmp_path):
    """A folder that is no store and holds no graphs or reports: empty, or with a file (or folder)
    named as RocksDB's first file."""
    folder = tmp_path / "kgdb"
    folder.mkdir()
    if request.param == "stray CURRENT":
        (folder / "CURRENT").write_bytes(b"")
    elif request.param == "CURRENT of other text":
        (folder / "CURRENT").write_text("MANIFEST-000001\n", encoding="ascii")  # its MANIFEST is not there
    elif request.param == "CURRENT a folder":
        (folder / "CURRENT").mkdir()
    return folder


def test_promises_and_projects_refuse_a_folder_that_only_looks_like_a_store(not_a_store):
    for command in ("promises", "projects"):
        line = one_error_line(kg(command, not_a_store))
        assert line.startswith(f"kg: error: {not_a_store}: no graphs (.ttl") and "reports (.txt, .pdf, .docx, .doc, .wps)" in line, line
        assert "internal error" not in line


def test_the_graph_readers_refuse_it_as_no_store_in_one_line(not_a_store, tmp_path):
    expected = f"kg: error: {not_a_store}: not a store (kg build --store), and no graph files in it"
    for command in (["query", not_a_store, "SELECT * WHERE { ?s ?p ?o }"], ["validate", not_a_store],
                    ["push", not_a_store, "--endpoint", "http://127.0.0.1:9/store"]):
        assert one_error_line(kg(*command)) == expected, command


def test_build_store_refuses_it_as_a_folder_of_other_files(not_a_store, tmp_path):
    if not any(not_a_store.iterdir()):
        pytest.skip("an empty folder is a new store")
    before = sorted(p.name for p in not_a_store.iterdir())
    (tmp_path / "a-2019.txt").write_text(REPORT_2019, encoding="utf-8")
    r = kg("build", "--no-page", "--no-cache", "-o", tmp_path / "out", "--store", not_a_store, tmp_path / "a-2019.txt")
    assert "a folder of other files, not a store" in one_error_line(r)
    assert sorted(p.name for p in not_a_store.iterdir()) == before and not (tmp_path / "out").exists()


def test_a_store_is_still_read_by_every_reader(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a-2019.txt").write_text(REPORT_2019, encoding="utf-8")
    (reports / "a-2020.txt").write_text(REPORT_2020, encoding="utf-8")
    store = tmp_path / "kgdb"
    assert kg("build", reports, "-o", tmp_path / "out", "--no-page", "--no-cache", "--store", store).returncode == 0
    for command in ("promises", "projects"):
        from_store, from_files = kg(command, store, "--format", "csv"), kg(command, tmp_path / "out", "--format", "csv")
        assert from_store.returncode == 0 and from_store.stderr == "", from_store.stderr
        assert from_store.stdout == from_files.stdout
    assert len(kg("promises", store, "--format", "csv").stdout.splitlines()) == 4


@pytest.mark.parametrize("query, expected", [
    ("PREFIX a <http://x/> SELECT * WHERE { ?s ?p ?o }",
     'at line 1, column 8 (near "a"): the prefix\'s name ends with a colon (PREFIX a: <…>)'),
    ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nprefix pol <https://w3id.org/policy-kg/ontology#>\n"
     "SELECT * WHERE { ?s ?p ?o }",
     'at line 2, column 8 (near "pol"): the prefix\'s name ends with a colon (PREFIX pol: <…>)'),
    ("PREFIX pol : <http://x/> SELECT * WHERE { ?s ?p ?o }",  # a blank before the colon
     'at line 1, column 8 (near "pol"): the prefix\'s name ends with a colon (PREFIX pol: <…>)'),
    ("PREFIX <http://x/> SELECT * WHERE { ?s ?p ?o }",
     'at line 1, column 8 (near "<http://x/>"): the prefix\'s name is missing (PREFIX pol: <…>)'),
    ("PREFIX pol: http://x/ SELECT * WHERE { ?s ?p ?o }",
     'at line 1, column 13 (near "http://x/"): expected an IRI in <…>'),
    ("BASE http://x/ SELECT * WHERE { ?s ?p ?o }", 'at line 1, column 6 (near "http://x/"): expected an IRI in <…>'),
])
def test_a_declaration_written_wrong_is_said_at_its_word(query, expected):
    from pyoxigraph import Store

    from kg.services.sparql import run_query

    with pytest.raises(KgError) as err:
        run_query(Store(), query)
    assert str(err.value) == f"SPARQL syntax error {expected}"


def test_a_declaration_written_wrong_is_one_line_from_kg_query():
    line = one_error_line(kg("query", GRAPH, "PREFIX pol <https://w3id.org/policy-kg/ontology#> "
                                             "SELECT ?p WHERE { ?p a pol:Project }"))
    assert line == ('kg: error: SPARQL syntax error at line 1, column 8 (near "pol"): '
                    "the prefix's name ends with a colon (PREFIX pol: <…>)")


def test_declarations_written_right_keep_the_parsers_reason():
    from pyoxigraph import Store

    from kg.services.sparql import run_query

    for query, reason in [("PREFIX a: # a comment\n <http://x/> SELECT ?s WHERE { ?s a:b ?o ", "the query is unfinished"),
                          ("PREFIX a: <x> SELECT * WHERE { ?s ?p ?o }", "not a valid IRI")]:
        with pytest.raises(KgError) as err:
            run_query(Store(), query)
        assert reason in str(err.value), str(err.value)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    """Two reports of one area, built with Turtle alone and with --format ttl,trig,nt,jsonld."""
    root = tmp_path_factory.mktemp("formats")
    reports = root / "reports"
    reports.mkdir()
    (reports / "a-2019.txt").write_text(REPORT_2019, encoding="utf-8")
    (reports / "a-2020.txt").write_text(REPORT_2020, encoding="utf-8")
    for out, formats in (("alone", "ttl"), ("every", "ttl,trig,nt,jsonld")):
        r = kg("build", reports, "-o", root / out, "--no-page", "--no-cache", "--format", formats)
        assert r.returncode == 0, r.stderr
    return root


def test_each_report_of_a_folder_is_read_once_whatever_formats_it_was_written_in(two_years):
    from kg.rdf.formats import graph_files_in

    alone, every = two_years / "alone", two_years / "every"
    assert len(list(every.iterdir())) == 8
    assert [f.stem for f in graph_files_in(every)] == ["a-2019", "a-2020"]
    validated = kg("validate", every)
    assert validated.returncode == 0 and len(validated.stdout.splitlines()) == 2, validated.stdout
    for command in (["promises", "--format", "csv"], ["projects", "--format", "csv"],
                    ["query", COUNT_IN_GRAPHS, "--format", "csv"]):
        from_every = kg(command[0], every, *command[1:])
        assert from_every.returncode == 0 and from_every.stderr == "", from_every.stderr
        assert from_every.stdout == kg(command[0], alone, *command[1:]).stdout, command
    assert len(kg("promises", every, "--format", "csv").stdout.splitlines()) == 4


def test_a_folder_of_merged_files_alone_is_read_once(two_years, tmp_path):
    """The merged NAME.* moved into a folder of their own: NAME.nq is read, not NAME.ttl (their union
    in one graph) beside it, which doubled every count over the named graphs."""
    merged = tmp_path / "merged"
    r = kg("build", two_years / "reports", "-o", merged, "--merge", "all", "--no-page", "--no-cache",
           "--format", "ttl,jsonld")
    assert r.returncode == 0, r.stderr
    only = tmp_path / "only"
    only.mkdir()
    for f in merged.glob("all.*"):
        if f.suffix != ".html":
            (only / f.name).write_bytes(f.read_bytes())
    assert sorted(f.name for f in only.iterdir()) == ["all.jsonld", "all.nq", "all.trig", "all.ttl"]
    counted = kg("query", only, COUNT_IN_GRAPHS, "--format", "csv")
    assert counted.returncode == 0 and counted.stdout == kg("query", merged, COUNT_IN_GRAPHS, "--format", "csv").stdout
    validated = kg("validate", only)
    assert validated.stdout.splitlines() == [f"{only / 'all.nq'}: valid"], validated.stdout


# ---------------------------------------------------------------- the walk: what a user trips on

@pytest.mark.parametrize("command, reason", [
    (["build", "--format", "ttll"], "unknown --format 'ttll': choose from ttl, nt, jsonld, trig"),
    (["build", "-j", "0"], "--jobs must be at least 1"),
])
def test_a_bad_value_of_kg_build_is_a_usage_error(command, reason, tmp_path):
    r = kg(*command, "-o", tmp_path / "out", GRAPH.parent.parent / "seeds" / "yixian-2019.txt")
    assert r.returncode == 2 and r.stderr == f"kg build: error: {reason} (see kg build --help)\n", r.stderr
    assert not (tmp_path / "out").exists()


@pytest.fixture
def unreadable_graph(tmp_path, monkeypatch):
    """A graph file the user may not read: open() refuses it (chmod 000 cannot, for root)."""
    import builtins

    graph = tmp_path / "x.ttl"
    graph.write_bytes(GRAPH.read_bytes())
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(graph):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    return graph


@pytest.mark.parametrize("command", [["query", "{g}", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["validate", "{g}"],
                                     ["promises", "{g}"], ["projects", "{g}"],
                                     ["export", "{g}", "--property-graph", "{pg}"]])
def test_a_graph_file_that_cannot_be_read_is_said_so_naming_it(command, unreadable_graph, capsys):
    from kg.cli import main

    pg = unreadable_graph.parent / "pg"
    code = main([{"{g}": str(unreadable_graph), "{pg}": str(pg)}.get(a, a) for a in command])
    err = capsys.readouterr().err
    assert code == 1 and err == f"kg: error: {unreadable_graph}: cannot be read (Permission denied)\n", err
    assert not pg.exists()


def test_a_graph_file_that_cannot_be_read_by_its_mode(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads a file of mode 000")
    graph = tmp_path / "x.ttl"
    graph.write_bytes(GRAPH.read_bytes())
    graph.chmod(0)
    for command in (["query", graph, "SELECT * WHERE { ?s ?p ?o }"], ["validate", graph]):
        assert one_error_line(kg(*command)) == f"kg: error: {graph}: cannot be read (Permission denied)"


def test_a_folder_given_as_the_gold_file_is_said_to_be_one(tmp_path):
    r = kg("eval", GRAPH.parent.parent / "seeds" / "yixian-2019.txt", tmp_path)
    assert one_error_line(r) == f"kg: error: {tmp_path}: is a directory, not a gold file (GOLD.jsonl)"


def test_ctrl_c_while_kg_starts_is_exit_130_without_a_traceback(tmp_path):
    """Ctrl-C while the command line is read (the command's modules loading: a second or more on a
    busy machine) ends kg as Ctrl-C during the command does: exit 130, nothing on stderr."""
    import subprocess
    import sys

    from .conftest import ROOT

    script = ("import os, signal, sys\n"
              "import kg.cli as cli\n"
              "parser = cli._parser\n"
              "def interrupted(argv):\n"
              "    os.kill(os.getpid(), signal.SIGINT)\n"
              "    return parser(argv)\n"
              "cli._parser = interrupted\n"
              "sys.exit(cli.main(sys.argv[1:]))\n")
    r = subprocess.run([sys.executable, "-c", script, "validate", str(GRAPH)], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 130 and r.stderr == "" and r.stdout == "", r.stderr


@pytest.mark.parametrize("command, says", [
    ("query", "kg build's output folder"), ("serve", "kg build's output folder"), ("push", "kg build's output folder"),
    ("validate", "kg build's output folder"), ("export", "kg build's output folder"),
    ("validate", "N-Quads"), ("promises", "a store (kg build --store)"), ("promises", ".nq"),
    ("build", "write no HTML page, only the graph files"),
])
def test_the_help_says_what_each_command_reads(command, says, capsys):
    """Each command that reads a folder of graphs (README: "a folder stands for its graph files") says so in
    its --help; kg promises names every format and the store it reads; --no-page writes every chosen format."""
    from kg.cli import main

    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert says in " ".join(capsys.readouterr().out.split())  # the words as argparse wraps them, joined


def test_a_query_given_before_the_graphs_is_a_usage_error():
    r = kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", GRAPH)
    assert r.returncode == 2 and r.stderr == ("kg query: error: the query comes after the graphs: kg query GRAPH… "
                                              "'QUERY' (or -f QUERY.rq) (see kg query --help)\n"), r.stderr
    r = kg("query", GRAPH, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")  # the right order
    assert r.returncode == 0 and r.stdout.startswith("n\n"), r.stderr
