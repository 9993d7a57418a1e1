"""Session 72's walk of every command the README documents: what a new user hit, each run as the real command."""
from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading

import pytest

from .conftest import ROOT, SEEDS


def _kg(*argv) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, argv)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_same_report_named_twice_is_built_once(tmp_path):
    """`kg build seeds/ seeds/yixian-2019.txt --merge m`: yixian was built twice, its files written twice and
    every triple of it twice in m.nq."""
    out = tmp_path / "out"
    r = _kg("build", "--no-page", "-j", "2", "-o", out, "--merge", "m", SEEDS / "yixian-2019.txt",
            SEEDS / "yixian-2019.txt", SEEDS / "qianjiang-2019.txt")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines().count(str(out / "yixian-2019.ttl")) == 1, r.stdout
    quads = (out / "m.nq").read_text(encoding="utf-8").splitlines()
    assert len(quads) == len(set(quads))
    # two reports of one name in two folders are still refused, not taken for the same file
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "yixian-2019.txt").write_bytes((SEEDS / "qianjiang-2019.txt").read_bytes())
    r = _kg("build", "--no-page", "-o", tmp_path / "o2", SEEDS / "yixian-2019.txt", tmp_path / "a" / "yixian-2019.txt")
    assert r.returncode == 1 and "would both be written as yixian-2019.*" in r.stderr, r.stderr


@pytest.fixture
def empty_store(tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.flush()
    del store
    return path


def test_an_empty_store_is_said_to_hold_nothing_once(empty_store, tmp_path):
    """An empty store answered every command silently (`false`, a table of 0 rows, `valid`, five empty CSV files, a
    push of nothing), where an empty graph file is said to hold no triples: now the store is too, once."""
    r = _kg("query", empty_store, "ASK { ?s ?p ?o }")
    assert (r.returncode, r.stdout.strip()) == (0, "false")
    assert r.stderr.strip() == f"kg: warning: {empty_store} holds no triples"
    r = _kg("export", empty_store, "--property-graph", tmp_path / "pg")  # opens the store three times
    assert r.returncode == 0 and r.stderr.strip() == f"kg: warning: {empty_store} holds no triples", r.stderr


def test_a_store_with_triples_is_not_warned_of(tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    assert _kg("build", "--no-page", "-o", out, "--store", store, SEEDS / "yixian-2019.txt").returncode == 0
    r = _kg("query", store, "ASK { ?s ?p ?o }")
    assert (r.returncode, r.stdout.strip(), r.stderr) == (0, "true", "")


class _GraphStore(http.server.BaseHTTPRequestHandler):
    puts: list[str] = []

    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        _GraphStore.puts.append(self.path)
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_refuses_a_graph_name_that_is_no_iri(tmp_path):
    """`kg push … --graph 'my graph'` was sent as is: the server stored it under a name no query can write (or refused
    it after the upload). Now refused before anything is read or sent; an IRI of any script is pushed."""
    graph = tmp_path / "yixian-2019.ttl"
    assert _kg("build", "--no-page", "-o", tmp_path, SEEDS / "yixian-2019.txt").returncode == 0
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GraphStore)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
    try:
        for bad in ("my graph", "graph1", "<urn:x:a>"):
            r = _kg("push", graph, "--endpoint", url, "--graph", bad)
            assert r.returncode == 2 and r.stderr.strip().splitlines() == [
                f"kg push: error: --graph {bad!r} is not an IRI (give one such as https://example.org/graph/report or "
                "urn:x:report) (see kg push --help)"], r.stderr
        assert _GraphStore.puts == []
        r = _kg("push", graph, "--endpoint", url, "--graph", "urn:x:易县")
        assert (r.returncode, r.stdout.strip()) == (0, "201 urn:x:易县"), r.stderr
        assert _GraphStore.puts == ["/store?graph=urn%3Ax%3A%E6%98%93%E5%8E%BF"]
    finally:
        httpd.shutdown()


def test_kg_cache_on_a_new_machine_says_where_the_cache_will_be_and_makes_nothing(tmp_path):
    """`kg cache` made the folder it was asked to show (`…/policy-kg: 0.0 MB`); now it is looked at, not made. A
    cache folder that cannot be made is still said so (as kg build says it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "new")}
    for extra in ([], ["--clear"]):
        r = subprocess.run([sys.executable, "-m", "kg", "cache", *extra], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[-1] == (f"{tmp_path / 'new' / 'policy-kg'}: not made yet (nothing cached; "
                                             "the first kg build, extract or eval makes it)")
        assert not (tmp_path / "new").exists()
    (tmp_path / "afile").write_text("")
    r = subprocess.run([sys.executable, "-m", "kg", "cache"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={**env, "XDG_CACHE_HOME": str(tmp_path / "afile")})
    assert r.returncode == 1 and r.stderr.startswith("kg: error: cannot write the cache folder"), r.stderr


def test_a_screenshot_with_no_page_is_refused_not_ignored(tmp_path):
    """`kg build --screenshot --no-page` wrote the Turtle alone and said nothing of the picture it was asked for."""
    r = _kg("build", "--screenshot", "--no-page", "-o", tmp_path / "out", SEEDS / "yixian-2019.txt")
    assert r.returncode == 2 and r.stderr.strip() == ("kg build: error: --screenshot is a picture of the page, and "
                                                      "--no-page writes none: leave one of them out (see kg build --help)")
    assert not (tmp_path / "out").exists()
