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
