"""Session 61's speed work (issue 11): shortcuts that must compute what the plain code computes."""
import importlib

from kg.text.segment import _transitions_into, viterbi


def test_transitions_into_inverts_the_table_with_its_scores():
    trans = {"a": {"b": -1.0, "c": -2.0}, "b": {"c": -0.5}, "c": {}}
    into, live = _transitions_into(trans)
    assert into == {"b": {"a": -1.0}, "c": {"a": -2.0, "b": -0.5}}
    assert live == frozenset("ab")  # c leads nowhere
    assert _transitions_into(trans)[0] is into  # made once per table


def test_viterbi_with_the_ways_in_is_jiebas_on_real_wording():
    """"推进黔江区正阳工业园区标准厂房建设" (qianjiang-2019's wording): the HMM path and score of each of
    its runs, as jieba's own viterbi gives them."""
    from jieba import posseg

    jieba_viterbi = importlib.import_module("jieba.posseg.viterbi").viterbi
    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    text = "推进黔江区正阳工业园区标准厂房建设"
    for a in range(len(text)):
        for b in range(a + 1, min(len(text), a + 8) + 1):
            assert viterbi(text[a:b], *tables) == jieba_viterbi(text[a:b], *tables), text[a:b]
