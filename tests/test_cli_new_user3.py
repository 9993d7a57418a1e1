"""A new user's third walk through the README: faults of the CLI found on a fresh clone."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from kg.errors import KgError

from .conftest import SEEDS
from .test_cli_new_user import kg, one_error_line


def test_an_output_folder_that_cannot_be_made_is_said_once_before_building(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "out"  # under a file: cannot be made
    r = kg("build", "--no-page", "--no-cache", SEEDS / "yixian-2019.txt", SEEDS / "qianjiang-2019.txt", "-o", out)
    assert one_error_line(r).startswith(f"kg: error: cannot make folder {out}: ") and r.stdout == ""


@pytest.mark.parametrize("query, expected", [
    ("SELEC ?s WHERE { ?s ?p ?o }", 'at line 1, column 1 (near "SELEC")'),
    ("PREFIX pol: <https://example.org/pol#>\n# a comment\n  DESCRIBES ?s WHERE { ?s ?p ?o }",
     'at line 3, column 3 (near "DESCRIBES")'),
])
def test_a_misspelled_query_form_is_said_at_its_word(query, expected):
    from kg.services.sparql import run_query
    from pyoxigraph import Store

    with pytest.raises(KgError) as err:
        run_query(Store(), query)
    assert str(err.value) == f"SPARQL syntax error {expected}: expected SELECT, ASK, CONSTRUCT or DESCRIBE"


def test_a_query_form_spelled_right_keeps_the_parsers_reason():
    from kg.services.sparql import run_query
    from pyoxigraph import Store

    with pytest.raises(KgError) as err:
        run_query(Store(), "prefix x: <http://x/> select * where { ?s ?p ?o ")
    assert "the query is unfinished" in str(err.value)


def test_ctrl_c_during_a_build_says_how_many_reports_were_written(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    text = (SEEDS / "yixian-2019.txt").read_bytes()
    for i in range(30):
        (reports / f"county-{i:02d}.txt").write_bytes(text)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--no-page", "--no-cache", "-j", "1", str(reports),
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()  # one report written: stop the build there
    assert first.strip().endswith(".ttl"), first
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    written = sorted(out.glob("*.ttl"))
    assert len(written) == len([first, *rest.splitlines()]) < 30
    assert err == f"kg: build stopped: {len(written)} of 30 reports written\n"


def test_a_worker_the_servers_stop_ends_while_it_starts_is_no_error(capsys):
    """A query over the time limit has its worker replaced in the background; Ctrl-C then ends the
    replacement while it loads: nothing is said (it used to say 'a query worker could not load the
    graphs (exit code -15)')."""
    import multiprocessing
    import threading

    from kg.services.server import Limits, QueryPool

    from .test_cli_new_user import GRAPH

    pool = QueryPool([GRAPH], Limits(5.0, 1_000_000, 1))
    before = set(threading.enumerate())
    pool._replace(pool._idle.get())  # as after a query stopped at the time limit
    import time

    deadline = time.monotonic() + 30
    while not multiprocessing.active_children() and time.monotonic() < deadline:  # the replacement is starting
        time.sleep(0.01)
    pool.close()
    for child in multiprocessing.active_children():  # what the interpreter's exit does to the rest
        child.terminate()
    for thread in set(threading.enumerate()) - before:
        thread.join(30)
    assert capsys.readouterr().err == ""
