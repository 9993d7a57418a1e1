"""A command line of the wrong shape (a missing argument, an unknown option, a bad value, `kg eval`
with one argument) is one line on stderr naming the command and its --help, and exit status 2,
for every command: not argparse's usage block followed by the error."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from kg.cli import _parser, main

from .conftest import ROOT


def _commands() -> list[str]:
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def _usage_error(capsys, argv: list[str]) -> str:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    assert code == 2, (argv, captured.err)
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "usage:" not in captured.err, captured.err
    return lines[0]


def test_every_command_is_covered():
    assert {"build", "extract", "eval", "query", "serve", "push", "validate", "projects", "export", "bench",
            "cache", "promises"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_an_unknown_option_is_one_line_naming_the_command(capsys, command, tmp_path):
    required = {"push": ["--endpoint", "http://127.0.0.1:9/store"], "export": ["--property-graph", str(tmp_path)]}
    line = _usage_error(capsys, [command, str(tmp_path / "x.ttl"), *required.get(command, []), "--no-such-option"])
    assert line.startswith(f"kg {command}: error: ") and "--no-such-option" in line, line
    assert line.endswith(f"(see kg {command} --help)"), line


@pytest.mark.parametrize("argv, expected", [
    ([], "kg: error: the following arguments are required: COMMAND (see kg --help)"),
    (["nosuch"], "kg: error: argument COMMAND: invalid choice: 'nosuch'"),
    (["build"], "kg build: error: the following arguments are required: REPORT (see kg build --help)"),
    (["extract"], "kg extract: error: the following arguments are required: REPORT (see kg extract --help)"),
    (["extract", "x.txt", "--type", "river"], "kg extract: error: argument --type: invalid choice: 'river'"),
    (["eval"], "kg eval: error: the following arguments are required: REPORT GOLD (see kg eval --help)"),
    (["eval", "x.txt"], "kg eval: error: eval takes pairs: REPORT GOLD [REPORT GOLD ...] (see kg eval --help)"),
    (["query"], "kg query: error: the following arguments are required: GRAPH… [QUERY] (see kg query --help)"),
    (["query", "x.ttl"], "kg query: error: give the graph file(s) and then the query, or the query with -f "
                         "QUERY.rq (see kg query --help)"),
    (["query", "x.ttl", "ASK {}", "--timeout", "-1"], "kg query: error: argument --timeout: '-1' is not a number"),
    (["serve"], "kg serve: error: the following arguments are required: GRAPH (see kg serve --help)"),
    (["push", "x.ttl"], "kg push: error: the following arguments are required: --endpoint (see kg push --help)"),
    (["validate"], "kg validate: error: the following arguments are required: GRAPH (see kg validate --help)"),
    (["projects"], "kg projects: error: the following arguments are required: DIR_OR_GRAPH"),
    (["promises", "x.ttl", "--format", "xls"], "kg promises: error: argument --format: invalid choice: 'xls'"),
    (["export", "x.ttl"], "kg export: error: the following arguments are required: --property-graph"),
    (["cache", "--prune", "--clear"], "kg cache: error: argument --clear: not allowed with argument --prune"),
    (["build", "-j", "two", "x.txt"], "kg build: error: argument -j/--jobs: invalid int value: 'two'"),
    (["bench", "--reports", "many"], "kg bench: error: argument --reports: 'many' is not a whole number of at least 1"),
])
def test_a_usage_error_is_one_line(capsys, argv, expected):
    assert _usage_error(capsys, argv).startswith(expected)


def test_a_usage_error_from_the_shell_is_one_line_and_status_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "build", "--bogus", "x.txt"], capture_output=True, text=True,
                       cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "kg build: error: unrecognized arguments: --bogus (see kg build --help)\n"
    assert not (tmp_path / "output").exists()


def test_a_parser_knows_only_its_own_command_line(capsys, tmp_path, monkeypatch):
    # the hint for a dashed file comes from the command line the parser was made for, not from
    # one an earlier call left behind (it was a class attribute, set by each main())
    (tmp_path / "-x.txt").write_text("青禾镇政府工作报告", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "-x.txt is a file: write it after `--`" in _usage_error(capsys, ["build", "-x.txt"])
    with pytest.raises(SystemExit):
        _parser(["build"]).parse_args(["build"])
    assert capsys.readouterr().err == ("kg build: error: the following arguments are required: REPORT "
                                       "(see kg build --help)\n")
    with pytest.raises(SystemExit):
        _parser(["build", "-x.txt"]).parse_args(["build", "-x.txt"])
    assert "-x.txt is a file" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["serve", "--port", "78912"], "kg serve: error: --port 78912 is not a port number (0–65535) (see kg serve --help)"),
    (["serve", "--workers", "0"], "kg serve: error: --workers 0: give 1 to 64 (see kg serve --help)"),
])
def test_a_bad_value_of_a_serve_option_is_a_usage_error(capsys, args, message):
    # found walking the README (session 70): these exited 1 as "kg: error:", where the README promises
    # exit 2 with the command and its help for every bad value; checked before any graph is read
    graph = str(ROOT / "output" / "yixian-2019.ttl")
    assert main([*args[:1], graph, *args[1:]]) == 2
    assert capsys.readouterr().err == message + "\n"


@pytest.mark.parametrize("args", [["--reports", "0"], ["--reports", "-5"], ["--repeat", "0"], ["--text-kb", "0"],
                                  ["-j", "0"]])
def test_a_count_of_the_bench_below_one_is_a_usage_error(capsys, args):
    # these started the benchmark (minutes of start-up and throughput runs) before failing or dividing by zero
    option = "-j/--jobs" if args[0] == "-j" else args[0]
    assert _usage_error(capsys, ["bench", *args]) == (f"kg bench: error: argument {option}: '{args[1]}' is not a "
                                                      "whole number of at least 1 (see kg bench --help)")


def test_a_format_is_taken_in_any_case(capsys, tmp_path):
    # `--format CSV` was refused with the list of choices while `kg extract --type PLACE` was taken (walk72)
    graph = str(ROOT / "output" / "yixian-2019.ttl")
    assert main(["query", graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "CSV"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) > 1000
    assert main(["projects", graph, "--format", "Csv"]) == 0
    assert capsys.readouterr().out.startswith("project,first year,last year")
    assert main(["build", "--no-page", "--format", "TTL,NT", "-o", str(tmp_path), str(ROOT / "seeds" / "yixian-2019.txt")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["yixian-2019.nt", "yixian-2019.ttl"]
