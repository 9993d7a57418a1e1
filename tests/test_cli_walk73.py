"""A new user's walk (session 73): two ways a command wrote over the user's own files without a word.
`kg build --merge NAME` with NAME a report's name wrote the merged dataset over that report's graph and
page; `kg promises --rdf FILE` with FILE a report or a report's graph replaced it with the assessments
alone. Both are refused in one line, exit 1, before anything is written."""
from __future__ import annotations

import shutil

from kg.cli import main

from .conftest import SEEDS


def test_a_merge_named_as_one_of_the_reports_is_refused_before_anything_is_built(capsys, tmp_path):
    out = tmp_path / "out"
    reports = [str(SEEDS / "yixian-2019.txt"), str(SEEDS / "qianjiang-2019.txt")]
    code = main(["build", "--no-page", "--no-cache", "-o", str(out), "--merge", "yixian-2019", *reports])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith("kg: error: --merge yixian-2019: the name of the report "), err
    assert "nothing was built" in err
    assert not out.exists()


def test_a_merge_name_of_no_report_still_builds(capsys, tmp_path):
    out = tmp_path / "out"
    code = main(["build", "--no-page", "--no-cache", "-j", "1", "-o", str(out), "--merge", "yixian",
                 str(SEEDS / "yixian-2019.txt")])
    assert code == 0, capsys.readouterr().err
    assert {p.name for p in out.iterdir()} == {"yixian-2019.ttl", "yixian.ttl", "yixian.trig", "yixian.nq"}


def test_promises_rdf_over_a_report_or_its_graph_is_refused_and_a_new_file_is_written(capsys, tmp_path):
    out = tmp_path / "out"
    assert main(["build", "--no-page", "--no-cache", "-o", str(out), str(SEEDS / "yixian-2019.txt")]) == 0
    graph = out / "yixian-2019.ttl"
    report = shutil.copy(SEEDS / "yixian-2019.txt", tmp_path / "yixian-2019.txt")
    before = graph.read_bytes(), report.read_bytes()
    capsys.readouterr()
    for target, kind in ((graph, "a graph of reports"), (report, "a report")):
        code = main(["promises", str(out), "--rdf", str(target)])
        io = capsys.readouterr()
        assert code == 1 and io.out == "" and len(io.err.splitlines()) == 1, io.err
        assert io.err.startswith(f"kg: error: {target}: {kind}: --rdf would write the assessments over it"), io.err
    assert (graph.read_bytes(), report.read_bytes()) == before
    # a new file, and the same file written again by a second run (it holds no report), are written
    assessments = tmp_path / "assessments.ttl"
    for _ in range(2):
        assert main(["promises", str(out), "--rdf", str(assessments)]) == 0, capsys.readouterr().err
        assert assessments.is_file()


def test_a_merge_name_with_a_graph_extension_is_refused_saying_the_name(capsys, tmp_path):
    out = tmp_path / "out"
    code = main(["build", "--no-page", "--no-cache", "-o", str(out), "--merge", "all.ttl", str(SEEDS / "yixian-2019.txt")])
    err = capsys.readouterr().err
    # it wrote all.ttl.trig, all.ttl.nq and all.ttl.ttl: now a usage error, exit 2, naming the name to write
    assert code == 2 and len(err.splitlines()) == 1, err
    assert err.startswith("kg build: error: --merge all.ttl: a name without an extension: "), err
    assert "(write --merge all for all.trig, .nq …)" in err
    assert not out.exists()
