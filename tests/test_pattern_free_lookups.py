"""Two look-ups that built a regex a call, written without one (session 72, issue 11): a sentence's
clauses (`Sentence.clauses`: the marks' class compiled once) and the bare verb before a count
(`_verb_of_the_count`: the verb, 了 or 过 ending the words before the value, by `str.endswith`). The
same answers as the regexes they replace, on real sentences, including where nothing is found."""
from __future__ import annotations

import re
from pathlib import Path

from kg.extract.base import tokenizer_tags
from kg.extract.observations import _verb_of_the_count
from kg.model import CLAUSE_MARKS, _clauses
from kg.text.quantities import find_quantities


def _clauses_by_regex(text: str, marks: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for m in re.finditer("[" + re.escape(marks) + "]", text):
        out.append((pos, m.start()))
        pos = m.end()
    return tuple(out + [(pos, len(text))])


_SENTENCES = [
    "解决了9个村3.2万人的安全饮水。",  # qianjiang-2019's kind: the verb 解决 (and 了) before the count
    "完成今年1200户改造，新建农村公路85公里；",  # the verb after the value: nothing before it
    "全年接待游客超过300万人次",  # no clause mark: one clause
    "",
]


def test_clauses_are_those_the_regex_found():
    texts = _SENTENCES + Path("tests/real/hailar-2019.txt").read_text(encoding="utf-8").splitlines()[:200]
    for text in texts:
        for marks in (CLAUSE_MARKS, "，,；;", "、"):
            assert _clauses(text, marks) == _clauses_by_regex(text, marks)


def test_the_verb_before_a_count_is_read_as_the_regex_read_it():
    for text in _SENTENCES + Path("tests/real/hailar-2018.txt").read_text(encoding="utf-8").splitlines()[:300]:
        for q in find_quantities(text):
            for name in ("解决", "完成", "新建", "接待", "超过", "了", "", "新增加"):
                before = text[max(0, q.start - len(name) - 1):q.start]
                by_regex = len(name) <= 3 and re.search(re.escape(name) + "[了过]?$", before) is not None
                words = list(tokenizer_tags().cut(name)) if by_regex else []
                verb = len(words) == 1 and words[0].flag == "v"  # the test after the pattern, unchanged
                assert _verb_of_the_count(text, q, name) == (by_regex and verb)


def test_the_bare_verb_fires_and_the_verb_after_the_value_does_not():
    fired = find_quantities(_SENTENCES[0])[0]
    assert _verb_of_the_count(_SENTENCES[0], fired, "解决")
    q = find_quantities(_SENTENCES[1])[0]
    assert not _verb_of_the_count(_SENTENCES[1], q, "完成")
