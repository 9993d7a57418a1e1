"""The extraction cache: a text extracted once per rules, its graph the same as without it."""
from __future__ import annotations

import shutil
import warnings

from kg.corpus.batch import build_reports
from kg.corpus.extraction_cache import PACKAGE, ExtractionCache, extract_cached, read_extracted, rules_digest
from kg.rdf.formats import to_turtle
from kg.rdf.graph import to_rdf
from kg.resolve.entities import build_graph
from kg.text.reading import read_source

from .conftest import SEEDS


def _turtle(source, doc, mentions) -> str:
    return to_turtle(to_rdf(build_graph(doc, mentions)))


def test_a_copy_under_another_name_gets_the_graph_of_a_fresh_build(tmp_path):
    original = SEEDS / "yixian-2019.txt"
    copy = tmp_path / "另一个 名字 2019.txt"  # the year the name ends with is part of the key (see below)
    shutil.copyfile(original, copy)
    cache = ExtractionCache(tmp_path / "cache")
    extract_cached(read_source(original), cache)  # fills the cache
    source = read_source(copy)
    assert cache.get(source) is not None, "the same text is a hit whatever else the file's name says"
    doc, mentions = extract_cached(source, cache)
    assert doc.source is source
    fresh = _turtle(source, *extract_cached(source, None))
    cached = _turtle(source, doc, mentions)
    assert cached == fresh
    assert "%E5%8F%A6%E4%B8%80%E4%B8%AA%20" in cached or "另一个%20名字" in cached  # the copy's own IRIs


def test_another_text_or_other_rules_miss(tmp_path):
    source = read_source(SEEDS / "national-2017.txt")
    cache = ExtractionCache(tmp_path / "rules-a")
    extract_cached(source, cache)
    changed = tmp_path / "changed.txt"
    changed.write_text(source.original.replace("。", ",", 1), encoding="utf-8")
    assert cache.get(read_source(changed)) is None
    assert ExtractionCache(tmp_path / "rules-b").get(source) is None


def test_a_changed_word_list_changes_the_rules_digest(tmp_path):
    package = tmp_path / "kg"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = rules_digest(package)
    assert before == rules_digest(PACKAGE), "the digest is of the files' contents, not of where they are"
    lexicon = sorted((package / "lexicons").glob("*.txt"))[0]
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "新词\n", encoding="utf-8")
    rules_digest.cache_clear()
    assert rules_digest(package) != before


def test_an_unreadable_entry_is_a_miss_and_is_rewritten(tmp_path):
    source = read_source(SEEDS / "national-2017.txt")
    cache = ExtractionCache(tmp_path / "c")
    cache.path(source).parent.mkdir(parents=True)
    cache.path(source).write_bytes(b"not a pickle")
    assert cache.get(source) is None
    doc, mentions = extract_cached(source, cache)
    assert cache.get(source) is not None and len(cache.get(source)[1]) == len(mentions)


def test_prune_keeps_the_newest_rules(tmp_path):
    old = [tmp_path / "extraction" / f"old{i}" for i in range(3)]
    for p in old:
        p.mkdir(parents=True)
    removed = ExtractionCache(tmp_path / "extraction" / "current").prune()
    assert len(removed) == 2 and (tmp_path / "extraction" / "current").is_dir()
    assert sum(p.is_dir() for p in old) == 1


def test_batch_with_and_without_the_cache_writes_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(ExtractionCache, "default", classmethod(lambda cls: cls(tmp_path / "cache" / "r")))
    reports = []
    for i in range(3):  # the same report three times under three names, as scrapes hold them
        reports.append(tmp_path / "in" / f"r{i}.txt")
        reports[-1].parent.mkdir(exist_ok=True)
        shutil.copyfile(SEEDS / "national-2017.txt", reports[-1])
    for out, cache in (("cached", None), ("fresh", False)):
        assert build_reports(reports, tmp_path / out, ("ttl",), page=False, screenshot=False, merge=None, store=None,
                             jobs=1, echo=lambda p: None, cache=cache) == 0
    assert len(list((tmp_path / "cache" / "r").rglob("*.pickle.z"))) == 1
    for r in reports:
        assert (tmp_path / "cached" / f"{r.stem}.ttl").read_bytes() == (tmp_path / "fresh" / f"{r.stem}.ttl").read_bytes()


def test_kg_build_caches_several_reports_unless_told_not_to(tmp_path):
    import os
    import subprocess
    import sys

    copies = []
    for name in ("a.txt", "b.txt"):
        copies.append(tmp_path / name)
        shutil.copyfile(SEEDS / "national-2017.txt", copies[-1])
    for flag, entries in ((["--no-cache"], 0), ([], 1)):
        cache = tmp_path / f"cache{entries}"
        env = dict(os.environ, KG_EXTRACTION_CACHE=str(cache))
        r = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, copies), "-o", str(tmp_path / "out"),
                            "--no-page", "-j", "1", *flag], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        assert len(list(cache.rglob("*.pickle.z"))) == entries  # two copies, one text: one entry


def test_a_copy_named_for_another_year_is_not_given_the_first_ones_year(tmp_path):
    """A text that gives no year takes the one its file's name ends with: copies named for two
    years are two entries, and each gets its own year."""
    text = "区政府工作报告\n\n一、过去一年工作回顾\n\n全区地区生产总值增长6.5%。\n"
    cache = ExtractionCache(tmp_path / "c")
    years = {}
    for name in ("anhui-2018.txt", "anhui-2019.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        source, doc, _ = read_extracted(path, cache)
        years[name] = doc.year
        assert source.name == path.stem
    assert years == {"anhui-2018.txt": 2018, "anhui-2019.txt": 2019}
    assert len(list((tmp_path / "c").rglob("*.pickle.z"))) == 2


def test_a_hit_by_file_keeps_the_files_own_name_and_encoding(tmp_path):
    original = SEEDS / "national-2017.txt"
    cache = ExtractionCache(tmp_path / "c")
    read_extracted(original, cache)
    copy = tmp_path / "gb.txt"
    copy.write_bytes(read_source(original).original.encode("gb18030"))
    source, doc, mentions = read_extracted(copy, cache)
    fresh = read_source(copy)
    assert (source.name, source.path, source.encoding) == (fresh.name, fresh.path, fresh.encoding)
    assert source.encoding != read_source(original).encoding and doc.source is source
    assert _turtle(source, doc, mentions) == _turtle(fresh, *extract_cached(fresh, None))


def test_a_damaged_file_is_decoded_once_and_its_warning_said_once(tmp_path):
    """A UTF-8 file with a bad byte: its first (uncached) read and its cached read each say the
    warning once, as the file is decoded once."""
    text = "区政府工作报告\n\n一、过去一年工作回顾\n\n全区地区生产总值增长6.5%,新建学校三所。\n"
    path = tmp_path / "damaged-2019.txt"
    path.write_bytes(text.encode("utf-8").replace("学校".encode("utf-8"), b"\xff" + "学校".encode("utf-8")))
    offset = len(text.split("学校")[0].encode("utf-8"))
    cache = ExtractionCache(tmp_path / "c")
    for _ in ("miss", "hit"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            source, doc, _ = read_extracted(path, cache)
        assert [str(w.message) for w in caught] == [f"{path}: 1 byte not valid UTF-8, read as U+FFFD (byte offset {offset})"]
        assert "\ufffd学校" in source.text and doc.year == 2019


def test_the_cache_keys_on_the_year_the_document_reads_from_a_files_name(tmp_path):
    """Names ending in four digits that are no year ("batch-0001") give the text no year: one
    text, one entry, as kg.text.document reads the name."""
    text = "区政府工作报告\n\n一、过去一年工作回顾\n\n全区地区生产总值增长6.5%。\n"
    cache = ExtractionCache(tmp_path / "c")
    for name in ("batch-0001.txt", "batch-0002.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        read_extracted(tmp_path / name, cache)
    assert len(list((tmp_path / "c").rglob("*.pickle.z"))) == 1
