"""kg promises reads a store written by `kg build --store`, as kg projects, validate and query do:
the same rows as from the graph files of the same reports."""
from __future__ import annotations

from kg.cli import main

from .test_promises import REPORT_2019, REPORT_2020


def test_promises_of_a_store_are_those_of_its_graph_files(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a-2019.txt").write_text(REPORT_2019, encoding="utf-8")
    (reports / "a-2020.txt").write_text(REPORT_2020, encoding="utf-8")
    assert main(["build", str(reports), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "store"),
                 "--no-page", "--no-cache"]) == 0
    capsys.readouterr()
    assert main(["promises", str(tmp_path / "out"), "--format", "csv"]) == 0
    from_files = capsys.readouterr().out
    assert main(["promises", str(tmp_path / "store"), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out == from_files and len(out.splitlines()) == 4, out


def test_an_empty_folder_is_still_refused_naming_what_to_give(tmp_path, capsys):
    assert main(["promises", str(tmp_path)]) == 1
    assert "no graphs (" in capsys.readouterr().err


def test_a_folder_with_merged_files_reads_each_report_once(tmp_path, capsys):
    """kg build -o out --merge NAME writes each report's graph and NAME.nq/.trig/.ttl holding them
    all: read the merged NAME.nq in their place, not every copy; the same rows as from the reports'
    graphs alone."""
    from kg.rdf.formats import graph_files_in

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a-2019.txt").write_text(REPORT_2019, encoding="utf-8")
    (reports / "a-2020.txt").write_text(REPORT_2020, encoding="utf-8")
    alone, merged = tmp_path / "alone", tmp_path / "merged"
    assert main(["build", str(reports), "-o", str(alone), "--no-page", "--no-cache"]) == 0
    assert main(["build", str(reports), "-o", str(merged), "--merge", "all", "--no-page", "--no-cache"]) == 0
    assert {f.name for f in merged.iterdir()} >= {"a-2019.ttl", "a-2020.ttl", "all.nq", "all.trig", "all.ttl"}
    assert [f.name for f in graph_files_in(merged)] == ["all.nq"]
    assert [f.name for f in graph_files_in(alone)] == ["a-2019.ttl", "a-2020.ttl"]  # no merged file: all read
    capsys.readouterr()
    assert main(["promises", str(alone), "--format", "csv"]) == 0
    from_alone = capsys.readouterr().out
    assert main(["promises", str(merged), "--format", "csv"]) == 0
    assert capsys.readouterr().out == from_alone and len(from_alone.splitlines()) == 4
