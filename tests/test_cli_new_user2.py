"""What a new user met walking the README, round two (ux48b): Ctrl-C and --timeout for a long
kg query, a store folder that holds other files, an empty folder, errors that name the real
target rather than a hidden temporary file. Bad input is one `kg: error:` line."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from .conftest import GOLD, ROOT, SEEDS, shared_file
from .test_cli_new_user import kg, one_error_line  # the same command runner and error check as round one

GRAPH = ROOT / "output" / "qianjiang-2019.ttl"
LONG_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_ctrl_c_stops_a_long_query_at_once():
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(GRAPH), LONG_QUERY],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(4)  # loaded, and in the query
    assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 130
    assert time.monotonic() - sent < 5


def test_a_query_over_its_timeout_is_stopped_in_one_line():
    started = time.monotonic()
    line = one_error_line(kg("query", "--timeout", "1", GRAPH, LONG_QUERY, cwd=ROOT))
    assert "longer than --timeout 1 seconds" in line and time.monotonic() - started < 15


def test_a_store_folder_holding_other_files_is_refused_before_building(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    r = kg("build", "--no-page", "--no-cache", SEEDS / "yixian-2019.txt", "-o", tmp_path / "out", "--store", folder)
    assert "a folder of other files, not a store" in one_error_line(r)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"] and not (tmp_path / "out").exists()


def test_a_write_that_fails_names_the_target_not_the_hidden_temporary_file(tmp_path):
    # /proc/self holds no files a process can make: every write there fails, as on a read-only folder
    report = SEEDS / "yixian-2019.txt"
    line = one_error_line(kg("build", "--no-page", "--no-cache", report, "-o", "/proc/self"))
    assert line.startswith("kg: error: cannot write /proc/self/yixian-2019.ttl: ") and ".tmp" not in line
    line = one_error_line(kg("build", "--no-page", "--no-cache", report, "-o", "/proc/self", "--merge", "m"))
    assert line.startswith("kg: error: cannot write in /proc/self: ") and ".tmp" not in line
    line = one_error_line(kg("promises", GRAPH, "--rdf", "/proc/self/p.ttl"))
    assert line.startswith("kg: error: cannot write /proc/self/p.ttl: ")
    line = one_error_line(kg("export", GRAPH, "--property-graph", "/proc/self"))
    assert line.startswith("kg: error: cannot write /proc/self/") and ".tmp" not in line


def test_an_output_folder_that_cannot_be_made_says_so(tmp_path):
    report = SEEDS / "yixian-2019.txt"
    line = one_error_line(kg("build", "--no-page", "--no-cache", report, "-o", "/proc/x"))
    assert line.startswith("kg: error: cannot make folder /proc/x: ")
    (tmp_path / "afile").write_text("", encoding="utf-8")
    line = one_error_line(kg("build", "--no-page", "--no-cache", report, "-o", tmp_path / "afile"))
    assert "afile: a file, not a folder" in line


def test_a_binary_graph_file_is_named_without_raw_control_bytes(tmp_path):
    binary = tmp_path / "bin.ttl"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(32)))
    for command in (["query", binary, "ASK {}"], ["validate", binary]):
        line = one_error_line(kg(*command))
        assert "\\x7f" in line and not any(ord(c) < 32 or ord(c) == 127 for c in line), line


def test_an_empty_graph_file_is_said_to_hold_no_triples(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_bytes(b"")
    for command in (["query", empty, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"], ["validate", empty]):
        r = kg(*command)
        assert r.returncode == 0 and r.stderr == f"kg: warning: {empty} holds no triples\n", r.stderr
    assert kg("query", GRAPH, "ASK { ?s ?p ?o }").stderr == ""


def test_a_report_of_whitespace_alone_is_not_called_empty(tmp_path):
    report = tmp_path / "blank.txt"
    report.write_text("  \n\t\n", encoding="utf-8")
    line = one_error_line(kg("build", "--no-page", "--no-cache", report, "-o", tmp_path / "out"))
    assert line.endswith("blank.txt: the file holds only whitespace")


def test_build_options_that_would_do_nothing_are_refused(tmp_path):
    report = SEEDS / "yixian-2019.txt"
    # options of the wrong shape are usage errors: exit 2, the command and its help named (README)
    r = kg("build", "--no-page", "--no-cache", report, "-o", tmp_path / "out", "--store-graphs", "union")
    assert r.returncode == 2 and r.stderr.startswith("kg build: error: --store-graphs union is for a store"), r.stderr
    assert r.stderr.endswith("(see kg build --help)\n") and len(r.stderr.splitlines()) == 1, r.stderr
    r = kg("build", "--no-page", "--no-cache", report, "-o", tmp_path / "out", "--merge", "")
    assert r.returncode == 2 and r.stderr.startswith("kg build: error: --merge needs a name"), r.stderr
    assert not (tmp_path / "out").exists()


def test_an_empty_folder_lists_every_graph_format_read(tmp_path):
    from kg.rdf.formats import RDF_FORMATS

    line = one_error_line(kg("promises", tmp_path))
    assert all(f.extension in line for f in RDF_FORMATS) and ".nq" in line


def test_extract_type_takes_any_case():
    r = kg("extract", "--type", "place", SEEDS / "yixian-2019.txt")
    assert r.returncode == 0 and r.stdout and all('"type": "Place"' in line for line in r.stdout.splitlines())


def test_eval_warns_of_an_empty_gold_file_and_names_swapped_arguments(tmp_path):
    report = SEEDS / "yixian-2019.txt"
    empty = tmp_path / "gold.jsonl"
    empty.write_text("", encoding="utf-8")
    r = kg("eval", report, empty)
    assert r.returncode == 0 and r.stderr == f"kg: warning: {empty} holds no gold lines: every prediction counts as a false positive\n"
    line = one_error_line(kg("eval", empty, report))
    assert line == f"kg: error: the order is REPORT GOLD: give {report} before {empty}"


def test_the_ablation_table_stays_aligned_for_a_long_component_name():
    from kg.evaluate import evaluate, format_ablation, load_gold

    gold = load_gold(shared_file("gold", "yixian-2019.jsonl"))
    result = evaluate(gold, gold)
    table = format_ablation([result], {"short": [result], "a_component_with_a_very_long_name": [result]})
    assert len({len(line) for line in table.splitlines()}) == 1, table


def test_a_merged_json_ld_of_named_graphs_is_not_said_to_hold_no_triples(tmp_path):
    r = kg("build", "--no-page", "--no-cache", SEEDS / "yixian-2019.txt", "-o", tmp_path, "--merge", "both",
           "--format", "ttl,jsonld")
    assert r.returncode == 0, r.stderr
    for command in (["query", tmp_path / "both.jsonld", "ASK { ?s ?p ?o }"], ["validate", tmp_path / "both.jsonld"]):
        assert "holds no triples" not in kg(*command).stderr


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030"])
def test_a_few_chinese_words_are_too_short_not_an_encoding_problem(tmp_path, encoding):
    # Six characters of a title decode fine in any of the encodings: the file is too short to be a report, and
    # blaming its encoding would send the user after the wrong fault.
    path = tmp_path / f"title-{encoding}.txt"
    path.write_bytes("青禾区政府工作报告\n".encode(encoding))
    out = tmp_path / "out"
    r = kg("build", path, "-o", out)
    line = one_error_line(r)
    assert line == f"kg: error: {path}: only 9 Chinese characters, too short for a report (at least 10)", line
    assert not out.exists() or not any(out.iterdir())


def test_latin_text_still_says_to_check_the_encoding(tmp_path):
    # GBK bytes read as Latin-1 by a converter upstream: plenty of characters, none of them Chinese.
    path = tmp_path / "mojibake.txt"
    path.write_text(("青禾区人民政府工作报告，请予审议。" * 20).encode("gbk").decode("latin-1"), encoding="utf-8")
    r = kg("build", path, "-o", tmp_path / "out")
    assert one_error_line(r) == f"kg: error: {path}: holds no Chinese report text (is the encoding right?)"
