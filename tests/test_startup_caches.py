"""Start-up's shortcuts answer as the work they spare: what it keeps in the user's cache as the
packed data it is made from, the towns judged when asked as the whole table judged at once."""
import re

from kg import lexicons


def test_villages_from_the_cache_are_the_packed_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicons._villages_index.cache_clear()
    lexicons.villages.cache_clear()
    try:
        table = lexicons._villages_table()
        codes = {m.group(1).decode() for m in re.finditer(rb"\n([^\t\n]*)\t", table)}
        assert len(codes) > 2500
        for code in sorted(codes | set(lexicons.divisions()) | {"999999"}):
            assert lexicons.villages(code) == lexicons.villages_in_table(table, code), code
        assert len(list((tmp_path / "policy-kg").glob("villages-*.bin"))) == 1  # written once
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()
        (tmp_path / "policy-kg").chmod(0o500)  # a later process only reads what is there
        assert lexicons.villages("500114") == lexicons.villages_in_table(table, "500114") and "两河" in lexicons.villages("500114")
    finally:
        (tmp_path / "policy-kg").chmod(0o700)
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()


def test_villages_without_a_writable_cache(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # cache_dir() cannot be made
    lexicons._villages_index.cache_clear()
    lexicons.villages.cache_clear()
    try:
        assert lexicons._villages_index() is None
        assert lexicons.villages("500114") == lexicons.villages_in_table(lexicons._villages_table(), "500114")
    finally:
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()


def test_towns_judged_when_asked_are_the_towns_of_the_whole_table():
    from kg.text.area import national_towns

    kinds = lexicons.word_set("place_compound_kinds.txt") | lexicons.word_set("place_town_not_names.txt")
    ethnic = re.compile(r"^([\u3400-\u9fff]{2,4}?)(?:[\u3400-\u9fff]{1,3}族)+(乡|镇)$")
    eager, asked = set(), set()
    for code in lexicons.divisions():
        for town in lexicons.towns(code):
            m = ethnic.match(town)
            for name in (town, m.group(1) + m.group(2)) if m else (town,):
                short = lexicons.town_short(name)
                if short and short not in kinds and name not in kinds:
                    eager.add(name)
            asked |= {town, town[:-1], town + "镇", town[1:]}
    assert len(eager) > 30000
    towns = national_towns()
    assert [n for n in sorted(asked | eager | kinds) if (n in towns) != (n in eager)] == []


def test_names_of_one_province_from_the_cache_are_the_names_built(tmp_path, monkeypatch):
    """The names `_inferred_province` counts, read from the user's cache, are the names built from
    the tables: written once, read back by a later process (even from a cache it cannot write to),
    built again over a damaged file, and built without a cache that cannot be made; the province
    inferred from real reports is the same with either."""
    from kg.text import area
    from kg.text.lookup import WordTrie
    from kg.text.reading import read_source
    from tests.conftest import HAILAR, SEEDS

    built = area.names_of_one_province()
    assert len(built) > 20000
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "policy-kg"
    assert area._cached_province_names() == built
    files = list(folder.glob("province-names-*.marshal"))
    assert len(files) == 1  # written once
    monkeypatch.setattr(area, "names_of_one_province", lambda: {"not": "read"})
    try:
        folder.chmod(0o500)  # a later process only reads what is there
        assert area._cached_province_names() == built
    finally:
        folder.chmod(0o700)
    files[0].write_bytes(b"\x00damaged")
    assert area._cached_province_names() == {"not": "read"}  # built again (here: the stand-in)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # cache_dir() cannot be made
    assert area._cached_province_names() == {"not": "read"}
    monkeypatch.undo()
    fresh = WordTrie(built)
    trie, names = area._province_names()
    assert names == built
    for path in sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt")):
        text = read_source(path).text
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in fresh.finditer(text)], path.name


def test_villages_when_the_cache_is_removed_meanwhile(tmp_path, monkeypatch):
    """Another checkout's version of the table may prune this one's file after its index was read
    (the newest three kept): each county is then read through one index of the packed table, the
    same names, not by searching the 5 MB table once a county (a province asks for ~100)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicons._villages_index.cache_clear()
    lexicons.villages.cache_clear()
    try:
        table = lexicons._villages_table()
        assert lexicons._villages_index() is not None
        for f in (tmp_path / "policy-kg").glob("villages-*.bin"):
            f.unlink()
        codes = sorted({m.group(1).decode() for m in re.finditer(rb"\n([^\t\n]*)\t", table)} | {"999999"})
        expected = {code: lexicons.villages_in_table(table, code) for code in codes}
        monkeypatch.setattr(lexicons, "villages_in_table", None)  # no search of the table a county
        assert {code: lexicons.villages(code) for code in codes} == expected
        assert "两河" in lexicons.villages("500114")
    finally:
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()
