"""Cost bounded by the input: work linear in the report and in each sentence."""
from __future__ import annotations

import time

from kg.text.document import MAX_SENTENCE_CHARS, parse_document
from kg.text.reading import read_source

from .conftest import SEEDS


def _unbroken(n: int) -> str:
    """Real report text with every mark and line break removed: one sentence of n characters."""
    text = "".join(ch for ch in (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")
                   if "\u4e00" <= ch <= "\u9fff" or ch.isdigit())
    return (text * (n // len(text) + 1))[:n]


def test_long_sentences_are_cut_at_a_clause_mark(tmp_path):
    clause = "加快建设黔江区城市综合体项目,"
    path = tmp_path / "long.txt"
    path.write_text("各位代表:\n" + clause * 400 + "。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    sentences = [s for s in doc.sentences if s.text.startswith("加快")]
    assert len(sentences) >= 5
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith((",", "。")) for s in sentences)
    assert "".join(s.text for s in sentences) == clause * 400 + "。"  # nothing lost, nothing doubled


def test_an_unbroken_line_is_cut_without_splitting_numbers(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(_unbroken(20_000), encoding="utf-8")
    src = read_source(path)
    doc = parse_document(src)
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE_CHARS
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end == b.start
        assert not (src.text[a.end - 1].isdigit() and src.text[b.start].isdigit())


def test_work_grows_linearly_with_an_unbroken_line(tmp_path):
    from kg.pipeline import build

    build(SEEDS / "yixian-2019.txt")  # jieba loaded
    times = []
    for n in (8_000, 32_000):
        path = tmp_path / f"{n}.txt"
        path.write_text(_unbroken(n), encoding="utf-8")
        t0 = time.process_time()
        build(path)
        times.append(time.process_time() - t0)
    # 4× the text: linear work takes about 4× the time, quadratic 16× (before the cut: 24× for 50k → 200k)
    assert times[1] < 9 * times[0] + 0.5, times
