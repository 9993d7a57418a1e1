"""What start-up keeps in the user's cache answers as the packed data it is made from."""
import re

from kg import lexicons


def _from_packed(table: bytes, code: str) -> tuple[str, ...]:
    key = b"\n" + code.encode() + b"\t"
    at = table.find(key)
    if at < 0:
        return ()
    end = table.find(b"\n", at + 1)
    names = table[at + len(key):end if end >= 0 else len(table)].decode("utf-8")
    return tuple(names.split(" ")) if names else ()


def test_villages_from_the_cache_are_the_packed_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicons._villages_index.cache_clear()
    lexicons.villages.cache_clear()
    try:
        table = lexicons._villages_table()
        codes = {m.group(1).decode() for m in re.finditer(rb"\n([^\t\n]*)\t", table)}
        assert len(codes) > 2500
        for code in sorted(codes | set(lexicons.divisions()) | {"999999"}):
            assert lexicons.villages(code) == _from_packed(table, code), code
        assert len(list((tmp_path / "policy-kg").glob("villages-*.tsv"))) == 1  # written once
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()
        (tmp_path / "policy-kg").chmod(0o500)  # a later process only reads what is there
        assert lexicons.villages("500114") == _from_packed(table, "500114") and "两河" in lexicons.villages("500114")
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
        assert lexicons.villages("500114") == _from_packed(lexicons._villages_table(), "500114")
    finally:
        lexicons._villages_index.cache_clear()
        lexicons.villages.cache_clear()
