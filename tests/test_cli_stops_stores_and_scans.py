"""Three rough edges a user hit (session 70's walk, F7, F8, F10): `kg serve` stopped with SIGTERM while its
workers start, `kg export` of a store, and a PDF whose text layer holds no Chinese. Then bad input across
commands: each is one `kg: error:` line and a non-zero exit, with nothing half-written."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import KgError

from .conftest import ROOT, SEEDS
from .test_cli_new_user import kg, one_error_line

GRAPH = ROOT / "output" / "yixian-2019.ttl"


# ---------------------------------------------------------------- kg serve and SIGTERM

def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _spawned_workers(pid: int) -> list[int]:
    """A process's children that are multiprocessing's spawned workers (not its resource tracker)."""
    def cmdline(child):
        try:
            return Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            return b""
    return [c for c in _children(pid) if b"spawn_main" in cmdline(c)]


def _sigint_in(pid: int, *fields: str) -> bool:
    """Whether SIGINT is in any of a process's signal sets (SigCgt: caught, SigIgn: ignored; /proc/PID/status)."""
    try:
        masks = [line.split(":\t")[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                 if line.startswith(fields)]
    except OSError:
        return False
    return any(int(mask, 16) & (1 << (signal.SIGINT - 1)) for mask in masks)


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _serve(*graphs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "serve", *map(str, graphs), "--port", "0", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads a process's children from /proc")
def test_sigterm_while_the_workers_start_ends_the_server_and_its_workers_in_silence():
    """It used to print a BrokenPipeError traceback a worker, one each, as they found the server gone."""
    proc = _serve(GRAPH)
    deadline = time.monotonic() + 120
    while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = _children(proc.pid)  # spawned (a resource tracker may be among them): still loading the graph
    assert workers, "no worker started"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode in (143, -signal.SIGTERM), (proc.returncode, err)
    assert err == "" and "Traceback" not in out
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads a process's children from /proc")
def test_ctrl_c_to_the_terminals_group_while_the_workers_start_is_silent():
    """Ctrl-C in a terminal is SIGINT to the whole process group: a worker still importing or reading its task
    printed a KeyboardInterrupt traceback (session 71's note). It starts with SIGINT ignored now."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(GRAPH), "--port", "0", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 120
    # a worker whose Python has set up its SIGINT (caught, to raise KeyboardInterrupt, or ignored): it goes on
    # importing its modules, reading its task and loading the graph for a second or more
    while not any(_sigint_in(w, "SigCgt", "SigIgn") for w in _spawned_workers(proc.pid)) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.002)
    workers = _children(proc.pid)
    assert workers, "no worker started"
    # the cause, seen directly (whether a traceback gets printed before the server ends the worker is a race)
    starting = [w for w in _spawned_workers(proc.pid) if _sigint_in(w, "SigCgt", "SigIgn")]
    assert starting and all(_sigint_in(w, "SigIgn") for w in starting), "a starting worker would take Ctrl-C"
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err)
    assert err == "" and "Traceback" not in out
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)]


def test_sigterm_once_serving_exits_143_in_silence():
    proc = _serve(GRAPH)
    line = proc.stdout.readline()
    assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err == "" and out == ""


def test_a_worker_whose_server_is_gone_ends_without_a_traceback(capsys):
    """The worker itself: the pipe to the server closed while it loaded, so its "ready" cannot be sent."""
    import multiprocessing

    from kg.services.server import _worker_main

    parent, child = multiprocessing.Pipe()
    parent.close()
    _worker_main(child, [str(GRAPH)], 1_000_000)  # returns; no BrokenPipeError
    assert capsys.readouterr().err == ""


def test_kg_serve_called_in_a_process_that_goes_on_leaves_no_sigterm_handler_behind(tmp_path):
    """`kg.cli.main(["serve", …])` in a process that goes on (a test run, a program): the SIGTERM handler
    is the server's only while it runs. Kept after, it was inherited by the workers a later `kg build`
    forked, and a batch's pool, ending them with SIGTERM, hung on the first one (CI, session 71)."""
    from kg.cli import main

    before = signal.getsignal(signal.SIGTERM)
    assert main(["serve", str(GRAPH), "--port", "70000"]) == 2  # refused after the handler was set
    assert signal.getsignal(signal.SIGTERM) is before
    reports = tmp_path / "in"
    reports.mkdir()
    for seed in ("yixian-2019", "qianjiang-2019"):
        (reports / f"{seed}.txt").write_bytes((SEEDS / f"{seed}.txt").read_bytes())
    assert main(["build", "--no-page", "--no-cache", "-j", "2", "-o", str(tmp_path / "out"), str(reports)]) == 0
    assert sorted(p.name for p in (tmp_path / "out").glob("*.ttl")) == ["qianjiang-2019.ttl", "yixian-2019.ttl"]


def test_the_servers_sigterm_handler_in_a_forked_child_is_the_default_action():
    """A child forked while the handler is set ends on SIGTERM as if it were not set (exit by the signal),
    where it used to raise Terminated in the child, or do nothing while a start was under way."""
    from kg.services.server import sigterm_stops_server

    with sigterm_stops_server():
        pid = os.fork()
        if pid == 0:  # the child: wait for the signal
            try:
                time.sleep(30)
            finally:
                os._exit(0)
        time.sleep(0.2)
        os.kill(pid, signal.SIGTERM)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM


# ---------------------------------------------------------------- kg export of a store

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two samples built into graph files and into a store, in one build."""
    tmp = tmp_path_factory.mktemp("built")
    r = kg("build", "--no-page", "--no-cache", "-o", tmp / "out", "--store", tmp / "store",
           SEEDS / "yixian-2019.txt", SEEDS / "qianjiang-2019.txt")
    assert r.returncode == 0, r.stderr
    return tmp


def test_a_store_exports_the_very_files_its_graph_files_export(built):
    """Read a report's graph at a time; numbers as the graph files write them (Oxigraph keeps 30 of 30.0)."""
    for source, out in ((built / "out", built / "pg-files"), (built / "store", built / "pg-store")):
        r = kg("export", source, "--property-graph", out)
        assert r.returncode == 0 and r.stderr == "", r.stderr
    names = ["entities.csv", "observations.csv", "relationships.csv", "load.cypher", "graph.graphml"]
    assert sorted(p.name for p in (built / "pg-store").iterdir()) == sorted(names)
    for name in names:
        assert (built / "pg-store" / name).read_bytes() == (built / "pg-files" / name).read_bytes(), name
    assert ",Observation," in (built / "pg-store" / "observations.csv").read_text(encoding="utf-8")


def test_export_refuses_a_store_with_other_graphs_and_names_an_empty_folder(built, tmp_path):
    line = one_error_line(kg("export", built / "store", GRAPH, "--property-graph", tmp_path / "pg"))
    assert "a store (kg build --store) is exported on its own" in line
    empty = tmp_path / "empty"
    empty.mkdir()
    line = one_error_line(kg("export", empty, "--property-graph", tmp_path / "pg"))
    assert line == f"kg: error: {empty}: not a store (kg build --store), and no graph files in it"
    assert not (tmp_path / "pg").exists()


def test_a_union_store_is_refused_rather_than_loaded_whole(tmp_path):
    store = tmp_path / "union"
    r = kg("build", "--no-page", "--no-cache", "-o", tmp_path / "out", "--store", store, "--store-graphs", "union",
           SEEDS / "yixian-2019.txt")
    assert r.returncode == 0, r.stderr
    line = one_error_line(kg("export", store, "--property-graph", tmp_path / "pg"))
    assert "--store-graphs union holds no report's graph apart" in line and "its -o folder" in line
    assert not (tmp_path / "pg").exists()


# ---------------------------------------------------------------- a PDF with no Chinese text

def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand: each line of ASCII text drawn in Helvetica (none: a blank page, as a
    scanned page's text layer is)."""
    content = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({t}) Tj 0 -16 Td" for t in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{o:010d} 00000 n \n".encode("ascii") for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def test_a_pdf_whose_text_is_only_a_printed_header_is_told_to_run_ocr(tmp_path):
    """A scanned report printed from a browser: its only text is the header and footer the printer added.
    It used to be asked "is the encoding right?", which a PDF has no say in."""
    from kg.text.reading import read_source

    pdf = tmp_path / "2019-scan.pdf"
    pdf.write_bytes(minimal_pdf(["2026/12/7 20:10", "file:///home/user/scan/img-0001.png", "1/12"]))
    with pytest.raises(KgError) as err:
        read_source(pdf)
    message = str(err.value)
    assert "a PDF whose text layer holds no Chinese report text" in message and "ocrmypdf --force-ocr" in message
    assert "encoding" not in message
    r = kg("build", "--no-page", "--no-cache", pdf, "-o", tmp_path / "out")
    assert "run OCR on it first" in one_error_line(r) and not (tmp_path / "out").exists()


def test_a_blank_pdf_and_a_text_file_of_no_chinese_keep_their_own_hints(tmp_path):
    from kg.text.reading import read_source

    blank = tmp_path / "blank.pdf"
    blank.write_bytes(minimal_pdf([]))
    with pytest.raises(KgError, match=r"a PDF with no text in it \(scanned pages\?\).*ocrmypdf"):
        read_source(blank)
    latin = tmp_path / "latin.txt"  # a text file: here the encoding is the likely fault
    latin.write_text("Government work report 2019\n" * 20, encoding="utf-8")
    with pytest.raises(KgError, match=r"holds no Chinese report text \(is the encoding right\?\)"):
        read_source(latin)


# ---------------------------------------------------------------- bad input across commands

def test_a_query_file_that_is_not_there_is_said_missing_not_parsed_as_a_query(tmp_path):
    """`kg query out/ q.rq` with q.rq mistyped used to say "SPARQL syntax error … (near "q")"."""
    missing = tmp_path / "missing.rq"
    expected = f"kg: error: {missing}: cannot read the query (No such file or directory)"
    assert one_error_line(kg("query", GRAPH, missing)) == expected
    assert one_error_line(kg("query", GRAPH, "-f", missing)) == expected
    # a query's text is never one word ending in .rq: a query is still a query
    r = kg("query", GRAPH, "ASK { ?s ?p ?o }")
    assert r.returncode == 0 and r.stdout.strip() == "true"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nothing can be made in (/proc)")
def test_a_database_folder_that_cannot_be_written_is_refused_before_any_file(tmp_path):
    """It used to write the CSVs, then fail naming the database's hidden staging folder."""
    pytest.importorskip("real_ladybug")
    line = one_error_line(kg("export", GRAPH, "--property-graph", tmp_path / "pg", "--ladybug", "/proc/kg.lbdb"))
    assert line.startswith("kg: error: /proc/kg.lbdb: cannot make the database in /proc (") and ".tmp" not in line
    assert not (tmp_path / "pg").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_output_folder_is_one_line_and_leaves_nothing(tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        line = one_error_line(kg("export", GRAPH, "--property-graph", out))
        assert "Permission denied" in line
        assert list(out.iterdir()) == []
    finally:
        out.chmod(stat.S_IRWXU)
