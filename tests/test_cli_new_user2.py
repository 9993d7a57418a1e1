"""What a new user met walking the README, round two (ux48b): Ctrl-C and --timeout for a long
kg query, a store folder that holds other files, an empty folder, errors that name the real
target rather than a hidden temporary file. Bad input is one `kg: error:` line."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

from .conftest import ROOT

GRAPH = ROOT / "output" / "qianjiang-2019.ttl"
LONG_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def kg(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env)


def one_error_line(r, status: int = 1) -> str:
    assert r.returncode == status, (r.stdout, r.stderr)
    assert r.stderr.startswith("kg: error: ") and len(r.stderr.splitlines()) == 1, r.stderr
    return r.stderr.strip()


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
