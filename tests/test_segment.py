"""The tokenizer's shortcuts cut as jieba.posseg does with the same dictionary, word for word."""
from __future__ import annotations

import jieba.posseg

from kg.text.document import parse_document
from kg.text.reading import read_source
from kg.text.segment import Cutter, best_route, reference_tokenizer, tokenizer, tokens
from tests.conftest import HAILAR, SEEDS


def test_tokens_are_jiebas_on_the_samples_and_hailar():
    ours = tokenizer()
    theirs = reference_tokenizer()
    assert not isinstance(theirs, type(ours))
    paths = sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt"))[:1]
    sentences = [s.text for p in paths for s in parse_document(read_source(p)).sentences]
    words = 0
    for text in sentences + ["PM2.5浓度下降12.3%，  GDP增长\r\n第3季度&R#D_x"]:
        expected = [(p.word, p.flag) for p in jieba.posseg.POSTokenizer.cut(theirs, text)]
        assert [(t.word, t.pos) for t in tokens(text)] == expected, text
        assert [(p.word, p.flag) for p in ours.cut(text)] == expected
        words += len(expected)
    assert words > 20000


def test_offsets_cover_the_sentence():
    text = "重庆市黔江区2019年地区生产总值增长8.5%。"
    toks = tokens(text)
    assert "".join(t.word for t in toks) == text
    assert all(text[t.start:t.end] == t.word for t in toks)
    assert [t.start for t in toks[1:]] == [t.end for t in toks[:-1]]


def test_best_route_memo_changes_nothing():
    cutter: Cutter = tokenizer().cutter()
    text = "加快建设渝东南武陵山区城镇群和黔江区域性中心城市"
    fresh = best_route(text, cutter.freq, cutter.total)
    memo: dict = {}
    assert best_route(text, cutter.freq, cutter.total, memo) == fresh
    assert memo and best_route(text, cutter.freq, cutter.total, memo) == fresh


def test_tokenizer_loads_without_pkg_resources_and_leaves_it_importable():
    import subprocess
    import sys

    code = ("import sys; from kg.text.segment import tokens; tokens('加快建设'); "
            "assert 'pkg_resources' not in sys.modules, 'pkg_resources imported'; "
            "import pkg_resources; print(pkg_resources.__name__)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SEEDS.parent)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "pkg_resources"


def test_the_cache_keeps_only_the_newest_dictionaries(tmp_path):
    """Each change of the lexicons writes a new ~12 MB dictionary; old ones do not pile up."""
    import os

    from kg.text.segment import prune_dictionaries

    for n in range(6):
        f = tmp_path / f"dictionary-{n:02d}.marshal"
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 + n, 1_000_000 + n))
    (tmp_path / "other.txt").write_text("kept")
    removed = prune_dictionaries(tmp_path, keep=3)
    assert sorted(p.name for p in removed) == ["dictionary-00.marshal", "dictionary-01.marshal", "dictionary-02.marshal"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dictionary-03.marshal", "dictionary-04.marshal",
                                                          "dictionary-05.marshal", "other.txt"]


def test_the_sorted_tables_answer_as_the_dicts_they_replace():
    """The cached dictionary is read as two SortedTables over one sorted word list (no hash
    table of ~500,000 words to build at each start): every look-up the rules and jieba make —
    get, in, [] — answers as FREQ and the tag table did as dicts, prefixes (frequency 0) and
    words with a tag but no frequency included."""
    import pytest

    from kg.text.segment import _packed, _unpacked

    freq = {"黔江": 120, "黔": 0, "黔江区": 0, "区": 900, "武陵山": 15, "武": 40, "武陵": 0}
    tags = {"黔江": "ns", "区": "n", "武陵山": "ns", "武": "nr", "黔江区": "ns", "只标": "x"}
    table, total, tag_table, force_split = _unpacked(_packed(freq, 1075, tags, ["黔江区"]))
    assert (total, force_split) == (1075, ["黔江区"])
    for word in list(freq) + list(tags) + ["", "黔江区人民", "山", "zz", "武陵山区"]:
        assert table.get(word) == freq.get(word) and (word in table) == (word in freq), word
        assert tag_table.get(word, "x") == tags.get(word, "x") and (word in tag_table) == (word in tags), word
        assert table.get(word, -1) == freq.get(word, -1)
    assert table.get(None) is None and None not in tag_table
    assert dict(table.items()) == freq and dict(tag_table.items()) == tags
    assert len(table) == len(freq) and sorted(tag_table) == sorted(tags)
    assert table["武陵"] == 0 and tag_table["黔江区"] == "ns"
    with pytest.raises(KeyError):
        table["只标"]
