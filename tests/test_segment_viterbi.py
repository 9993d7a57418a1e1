"""Our POS `viterbi` (speed: only the state pairs with a transition are visited) must give
jieba's own path and score, on every run of characters the HMM is asked about in real reports."""
import importlib
import re

from kg.text.reading import read_source
from kg.text.segment import transition_sources, viterbi
from tests.conftest import HAILAR, SEEDS


def _han_runs(limit: int = 400) -> list[str]:
    """Pieces of the samples' and Hailar's text, 1 to 9 Han characters long, from every offset."""
    runs = []
    for path in sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt"))[:1]:
        for han in re.findall("[\u4e00-\u9fd5]+", read_source(path).text)[:limit]:
            runs.extend(han[a:a + 1 + a % 9] for a in range(0, len(han), 3))
    return runs


def test_viterbi_is_jiebas_on_real_text():
    from jieba import posseg

    jieba_viterbi = importlib.import_module("jieba.posseg.viterbi").viterbi
    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    sources = transition_sources(posseg.trans_P)
    runs = _han_runs()
    assert len(runs) > 1000
    for run in runs:
        assert viterbi(run, *tables, sources) == jieba_viterbi(run, *tables), run


def test_transition_sources_invert_the_table():
    trans = {"a": {"b": -1.0, "c": -2.0}, "b": {"c": -0.5}, "c": {}}
    assert transition_sources(trans) == {"b": frozenset("a"), "c": frozenset("ab")}


def test_viterbi_is_jiebas_where_no_state_of_a_character_can_follow():
    """A character none of whose states the states before lead to: jieba then takes every
    successor of those states (our loop's second round), with the same path and score; and the
    greatest state before where every way in scores -inf."""
    jieba_viterbi = importlib.import_module("jieba.posseg.viterbi").viterbi
    start = {"a": -1.0, "b": -2.0, "c": -3.0, "d": -4.0}
    trans = {"a": {"b": -1.0, "c": -0.5}, "b": {"a": -1.0}, "c": {"a": float("-inf"), "b": -2.0}, "d": {"b": -1.0}}
    emit = {"a": {"x": -1.0}, "b": {"y": -0.5}, "c": {"x": -2.0, "z": -1.0}, "d": {"x": -3.0}}
    states = {"x": ("a", "c", "d"), "y": ("b",), "z": ("c",), "w": ("a",)}
    sources = transition_sources(trans)
    for obs in ("xy", "xz", "zw", "xw", "xzy", "yyx", "zzz", "xwzw", "qx", "xq"):
        assert viterbi(obs, states, start, trans, emit, sources) == jieba_viterbi(obs, states, start, trans, emit), obs
