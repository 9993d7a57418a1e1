"""The store filled by several loading threads at once holds exactly what it holds filled one
chunk after another: every quad, the union default graph, a report built again replaced."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.corpus.batch import StoreLoader, open_store

from .conftest import ROOT

FILES = [ROOT / "output" / name for name in ("yixian-2019.ttl", "national-2017.ttl", "qianjiang-2019.ttl")]


def _filled(path, threads: int, chunk_bytes: int, files) -> list[str]:
    loader = StoreLoader(open_store(path), chunk_bytes=chunk_bytes, threads=threads)
    try:
        for f in files:
            loader.add(f.stem, f.read_bytes())
        loader.flush()
        return sorted(map(str, loader.store))
    finally:
        loader.close()


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 16])
def test_threads_load_the_same_quads_as_one_after_another(tmp_path, chunk_bytes):
    # chunk 1: a bulk load a report, three loads in flight at once on two threads; 64 KiB: several
    # reports a chunk, and the last chunk sent by flush
    files = FILES + FILES[:1]  # yixian built again: its graph replaced after the loads under way
    one = _filled(tmp_path / "one", 1, chunk_bytes, files)
    two = _filled(tmp_path / "two", 2, chunk_bytes, files)
    assert two == one
    store = ox.Store.read_only(str(tmp_path / "two"))
    graphs = {q.graph_name for q in store if q.graph_name != ox.DefaultGraph()}
    assert len(graphs) == len(FILES)
    default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for q in store if q.graph_name != ox.DefaultGraph()}
    assert default == named


def test_a_loading_threads_error_is_raised_by_flush(tmp_path):
    # a chunk Oxigraph cannot parse fails in its thread; flush raises it in the caller
    loader = StoreLoader(open_store(tmp_path / "s"), chunk_bytes=1, threads=2)
    try:
        loader.add("good", FILES[0].read_bytes())
        loader.add("bad", b"<http://a.example/s> <http://a.example/p> .\n")
        with pytest.raises(SyntaxError):
            loader.flush()
    finally:
        loader.close()
