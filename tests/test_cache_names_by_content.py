"""The villages' index and the province names kept in the user's cache are named by a digest of
the files they are made from, as the tokenizer's dictionary and the extraction cache are: a file
touched but unchanged (a checkout, a copy) finds its entry, and a file changed within the same
clock tick, or given its old time back, makes a new one (they were named by size and time)."""
from __future__ import annotations

import gzip
import os
import shutil

import pytest

from kg import lexicons


def _same_time(path, stat) -> None:
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_files_digest_is_of_names_and_contents_not_times(tmp_path):
    from kg.files import files_digest

    a = tmp_path / "a.txt"
    a.write_text("青禾镇\n", encoding="utf-8")
    first = files_digest([("a.txt", a)])
    stat = a.stat()
    os.utime(a, ns=(stat.st_atime_ns + 10**10, stat.st_mtime_ns + 10**10))
    assert files_digest([("a.txt", a)]) == first  # touched
    a.write_text("青河镇\n", encoding="utf-8")
    _same_time(a, stat)
    assert files_digest([("a.txt", a)]) != first  # changed, its time given back
    assert files_digest([("b.txt", a)]) != files_digest([("a.txt", a)])


@pytest.fixture
def own_lexicons(tmp_path, monkeypatch):
    """A copy of the lexicons in their place, and a cache folder of the test's own."""
    here = tmp_path / "lexicons"
    shutil.copytree(lexicons.HERE, here, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(lexicons, "HERE", here)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for f in (lexicons._villages_table, lexicons._villages_table_index, lexicons._villages_index, lexicons.villages):
        f.cache_clear()
    yield here
    for f in (lexicons._villages_table, lexicons._villages_table_index, lexicons._villages_index, lexicons.villages):
        f.cache_clear()


def test_the_villages_index_is_made_again_when_the_table_changes_not_when_touched(own_lexicons, tmp_path):
    packed = own_lexicons / "villages.tsv.gz"
    table = gzip.decompress(packed.read_bytes())
    line = next(l for l in table.split(b"\n") if l and not l.startswith(b"#"))
    county = line.split(b"\t", 1)[0].decode()
    first = lexicons._villages_index()[0]
    assert first.parent == tmp_path / "cache" / "policy-kg"
    written = first.stat().st_mtime_ns

    stat = packed.stat()
    os.utime(packed, ns=(stat.st_atime_ns + 10**10, stat.st_mtime_ns + 10**10))  # touched, unchanged
    lexicons._villages_index.cache_clear()
    assert lexicons._villages_index()[0] == first and first.stat().st_mtime_ns == written

    # a village added to the county's line, the file given its time back: a new index, which has it
    changed = table.replace(line, line.replace(b"\t", "\t青禾 ".encode("utf-8"), 1), 1)
    packed.write_bytes(gzip.compress(changed, mtime=0))
    _same_time(packed, stat)
    for f in (lexicons._villages_table, lexicons._villages_table_index, lexicons._villages_index, lexicons.villages):
        f.cache_clear()
    second = lexicons._villages_index()[0]
    assert second != first and lexicons.villages(county)[0] == "青禾"


def test_the_province_names_are_built_again_when_a_lexicon_changes_not_when_touched(own_lexicons, monkeypatch):
    from kg.text import area

    builds = []
    monkeypatch.setattr(area, "names_of_one_province", lambda: builds.append(1) or {"青禾镇": "99"})
    assert area._cached_province_names() == {"青禾镇": "99"} and len(builds) == 1
    towns = own_lexicons / "towns.tsv"
    stat = towns.stat()
    os.utime(towns, ns=(stat.st_atime_ns + 10**10, stat.st_mtime_ns + 10**10))  # touched, unchanged
    assert area._cached_province_names() == {"青禾镇": "99"} and len(builds) == 1  # read from the cache
    towns.write_bytes(towns.read_bytes() + "999999\t青禾镇\n".encode("utf-8"))
    _same_time(towns, stat)
    area._cached_province_names()
    assert len(builds) == 2  # built again, though the file's time is the same
