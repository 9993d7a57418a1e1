"""Every mistake a user can make gives one line on stderr and a non-zero exit, never a traceback."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from kg.cli import main

from .conftest import SEEDS


def _one_line_error(capsys, argv: list[str], *needles: str) -> str:
    rc = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert rc not in (0, None), err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, err)
    return lines[0]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("g")
    assert main(["build", "--no-page", "-o", str(out), str(SEEDS / "yixian-2019.txt")]) == 0
    return out / "yixian-2019.ttl"


@pytest.mark.parametrize("endpoint", ["not-a-url", "http://[::1", "ftp://example.org/x", "http://:80/", "http://h:99999/"])
def test_push_to_a_malformed_endpoint(capsys, graph, endpoint):
    # a bad value on the command line: the usage form, exit 2, as the README says of every bad value (session 72)
    rc = main(["push", str(graph), "--endpoint", endpoint])
    lines = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(lines) == 1, lines
    assert lines[0].startswith("kg push: error: --endpoint ") and lines[0].endswith("(see kg push --help)")


def _listener():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}/store"


def test_push_to_a_server_that_never_answers_times_out(capsys, graph):
    sock, url = _listener()  # connections are queued by the kernel and never answered
    try:
        t0 = time.monotonic()
        line = _one_line_error(capsys, ["push", graph, "--endpoint", url, "--timeout", "0.5"],
                               "no answer within 0.5 s", "graph/yixian-2019")
        assert time.monotonic() - t0 < 10, line
    finally:
        sock.close()


def test_push_retries_a_dropped_connection_then_names_the_report(capsys, graph):
    sock, url = _listener()
    accepted = []

    def drop():
        sock.settimeout(10)
        try:
            while len(accepted) < 3:
                conn, _ = sock.accept()
                accepted.append(conn)
                conn.recv(65536)
                conn.close()  # closed without an answer
        except OSError:
            pass

    worker = threading.Thread(target=drop, daemon=True)
    worker.start()
    try:
        _one_line_error(capsys, ["push", graph, "--endpoint", url, "--timeout", "5"], "dropped 3 times",
                        "graph/yixian-2019")
    finally:
        sock.close()
        worker.join(5)
    assert len(accepted) == 3  # the first try and two retries


def test_push_timeout_must_be_positive(capsys, graph):
    with pytest.raises(SystemExit):
        main(["push", str(graph), "--endpoint", "http://127.0.0.1:9/x", "--timeout", "-1"])
    assert "--timeout" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_serve_on_an_impossible_port(capsys, graph, port):
    # a bad value of an option: a usage error, exit 2, the command and its help named (README)
    assert main(["serve", str(graph), "--port", port]) == 2
    err = capsys.readouterr().err
    assert err == f"kg serve: error: --port {port} is not a port number (0–65535) (see kg serve --help)\n", err


def test_query_file_that_is_binary(capsys, graph, tmp_path):
    q = tmp_path / "q.rq"
    q.write_bytes(bytes(range(256)))
    _one_line_error(capsys, ["query", graph, "-f", q], "q.rq", "UTF-8")


@pytest.mark.parametrize("line,needle", [('{"name": "易县"}', '"type"'), ('{"type": "Place"}', "'name'"),
                                         ('{"type": "Observation", "indicator": "GDP"}', "'value'"),
                                         ('["Place"]', "JSON object"), ('{"type": "Place", "name": "x", "aliases": "y"}', "list")])
def test_eval_with_a_malformed_gold_line(capsys, tmp_path, line, needle):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"type": "Place", "name": "易县"}\n' + line + "\n", encoding="utf-8")
    _one_line_error(capsys, ["eval", SEEDS / "yixian-2019.txt", gold], "gold.jsonl:2", needle)


def test_a_report_over_the_size_limit_is_refused_before_it_is_read(capsys, tmp_path):
    from kg.text.reading import MAX_REPORT_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_REPORT_BYTES + 1)  # sparse: costs nothing
    _one_line_error(capsys, ["build", "-o", tmp_path / "out", big], "big.txt", "limit")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [["query", "{g}", "ASK {{}}"], ["validate", "{g}"],
                                     ["export", "{g}", "--property-graph", "{out}"],
                                     ["push", "{g}", "--endpoint", "http://127.0.0.1:9/store"]])
def test_a_graph_file_that_is_binary(capsys, tmp_path, command):
    g = tmp_path / "g.ttl"
    g.write_bytes(bytes(range(256)) * 4)
    _one_line_error(capsys, [c.format(g=g, out=tmp_path / "pg") for c in command], "g.ttl")


def test_a_cache_folder_that_cannot_be_made_is_named_with_the_way_out(tmp_path):
    # XDG_CACHE_HOME a file: the cache folder inside it cannot be made
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    r = subprocess.run([sys.executable, "-m", "kg", "extract", str(SEEDS / "yixian-2019.txt")], cwd=ROOT,
                       capture_output=True, text=True, env={**os.environ, "XDG_CACHE_HOME": str(blocked)})
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.splitlines() == [f"kg: error: cannot write the cache folder {blocked / 'policy-kg'} (Not a directory): "
                                     "set XDG_CACHE_HOME to a folder you can write, where policy-kg/ will be made (~25 MB)"]
