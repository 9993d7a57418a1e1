"""The command line as a user runs it: help, build, extract, eval, and bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SEEDS, shared_file


def kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_help_explains_every_command_and_option():
    out = kg("--help").stdout
    for word in ("build", "extract", "eval"):
        assert word in out
    build = kg("build", "--help").stdout
    assert "--output" in build and "REPORT" in build
    assert "--type" in kg("extract", "--help").stdout


def test_build_writes_turtle_and_page(tmp_path):
    r = kg("build", SEEDS / "yixian-2019.txt", "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    ttl = (tmp_path / "yixian-2019.ttl").read_text(encoding="utf-8")
    html = (tmp_path / "yixian-2019.html").read_text(encoding="utf-8")
    assert "@prefix pol: <https://w3id.org/policy-kg/ontology#>" in ttl
    assert "易县" in ttl and "易县" in html
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_extract_prints_json_lines_with_original_offsets():
    r = kg("extract", SEEDS / "qianjiang-2019.txt", "--type", "Observation")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert recs and all(rec["type"] == "Observation" for rec in recs)
    original = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")
    for rec in recs:
        assert original[rec["start"]:rec["end"]] == rec["original"]
        assert {"indicator", "value", "unit", "measure", "period", "status", "sentence", "section"} <= rec.keys()
    gdp = [r for r in recs if r["indicator"] == "地区生产总值" and r["status"] == "actual"]
    assert gdp and gdp[0]["value"] == "7" and gdp[0]["period"] == 2018


def test_extract_prints_a_mention_found_by_several_rules_once():
    # 黔恩铁路 is found as a works by its head, in an enumeration and as works a verb acts on
    r = kg("extract", SEEDS / "qianjiang-2019.txt")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == len(set(lines))
    keys = [(rec["type"], rec["start"], rec["end"]) for rec in map(json.loads, lines) if rec["type"] != "Observation"]
    assert len(keys) == len(set(keys))
    railway = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8").index("黔恩铁路")
    assert ("Project", railway, railway + 4) in keys
    # two observations sharing one figure (1家 of two indicators) stay two lines
    shared = [rec for rec in map(json.loads, lines) if rec["type"] == "Observation" and rec["original"] == "1家"]
    assert len({rec["indicator"] for rec in shared}) >= 2


def test_extract_reads_a_gb18030_report():
    r = kg("extract", shared_file("corpus", "hailar", "hailar-2015.txt"), "--type", "Place")
    assert r.returncode == 0, r.stderr
    assert any(json.loads(line)["text"] == "海拉尔区" for line in r.stdout.splitlines())


def test_eval_prints_scores_per_type():
    r = kg("eval", SEEDS / "yixian-2019.txt", shared_file("gold", "yixian-2019.jsonl"))
    assert r.returncode == 0, r.stderr
    for t in ("Place", "Organization", "Project", "Indicator", "Observation"):
        assert t in r.stdout


@pytest.mark.parametrize("content", [None, b"", b"  \n \n", bytes(range(256)) * 20, b"\xff\xfe\xfa" * 100])
def test_bad_input_one_line_error_no_output(tmp_path, content):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out"
    r = kg("build", path, "-o", out)
    assert r.returncode != 0
    assert r.stderr.startswith("kg: error: ") and str(path) in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert not out.exists() or not any(out.iterdir())


def test_one_bad_file_among_good_ones_is_skipped_and_the_others_written(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    r = kg("build", SEEDS / "yixian-2019.txt", bad, SEEDS / "national-2017.txt", "-o", out, "--no-page", "-j", "2")
    assert r.returncode != 0
    assert sorted(p.name for p in out.iterdir()) == ["national-2017.ttl", "yixian-2019.ttl"]
    errors = r.stderr.strip().splitlines()
    assert errors[0] == f"kg: error: {bad}: the file is empty" or (str(bad) in errors[0] and errors[0].startswith("kg: error: "))
    assert errors[-1] == "kg: error: 1 of 3 reports failed" and len(errors) == 2
    assert "Traceback" not in r.stderr
    assert sorted(r.stdout.split()) == [str(out / "national-2017.ttl"), str(out / "yixian-2019.ttl")]


def test_build_a_folder_of_reports(tmp_path):
    r = kg("build", SEEDS, "-o", tmp_path, "--no-page")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{seed.stem}.ttl" for seed in SEEDS.glob("*.txt"))


def test_a_reader_that_closes_the_pipe_ends_kg_quietly():
    # `kg extract REPORT | head -1`: the reader goes after a line; kg ends without a word, its status
    # that of a tool SIGPIPE ends (128 + 13), as `yes | head -1` does
    p = subprocess.Popen([sys.executable, "-m", "kg", "extract", str(SEEDS / "yixian-2019.txt")],  # ~130 KB of lines
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(p.stdout.readline())["type"]
    p.stdout.close()
    assert p.wait(60) == 141
    assert p.stderr.read() == b""


def test_query_reads_a_folder_of_graph_files_as_the_files(tmp_path):
    # kg build's output folder, as kg projects and kg promises read it: its graph files, the page left aside
    assert kg("build", SEEDS / "yixian-2019.txt", SEEDS / "national-2017.txt", "-o", tmp_path).returncode == 0
    assert (tmp_path / "yixian-2019.html").exists()
    count = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"
    folder = kg("query", tmp_path, count, "--format", "csv")
    files = kg("query", tmp_path / "national-2017.ttl", tmp_path / "yixian-2019.ttl", count, "--format", "csv")
    assert folder.returncode == 0, folder.stderr
    assert folder.stdout == files.stdout and folder.stdout.splitlines()[1].endswith(",2")
