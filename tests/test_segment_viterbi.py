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
