"""Lexicons of general facts, as data files beside this module; each file states its source.

Files are read once per process (an explicit cache); a rule is added by adding a line.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVEL_CHARS = "省市区县州旗盟乡镇"


def _lines(name: str) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """`words` once each, longest first and in code-point order among the same length: the order a
    rule tries them in for the longest match (`next(w for w in … if text.endswith(w))`)."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The first column of a one-word-a-line lexicon, longest first (for longest-match)."""
    return longest_first(r[0] for r in _lines(name))


@functools.lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


@functools.lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every line of a tab-separated lexicon, in file order (a word may have several rows)."""
    return tuple(tuple(r) for r in _lines(name))


@functools.lru_cache(maxsize=None)
def words_of_kind(name: str, kind: str = "") -> tuple[str, ...]:
    """The first column of the lines of a tab-separated lexicon whose second column is `kind` ("" for
    the lines with none), in file order: one file holds a rule's word lists by role (quantity_words.tsv's
    min_before, min_after…; place_street_heads.txt's street heads, and the gateways' "direction")."""
    return tuple(r[0] for r in _lines(name) if (r[1] if len(r) > 1 else "") == kind)


@functools.lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """A two-column lexicon as a dict: word → value."""
    return {r[0]: r[1] for r in _lines(name) if len(r) > 1}


@functools.lru_cache(maxsize=None)
def synonyms(name: str) -> dict[str, str]:
    """A lexicon whose lines list a canonical form then aliases: every form → canonical form."""
    out: dict[str, str] = {}
    for row in _lines(name):
        for form in row:
            out.setdefault(form, row[0])
    return out


# ---------------------------------------------------------------- task R: cue lexicons

@functools.lru_cache(maxsize=None)
def roles(name: str) -> dict[str, tuple[str, ...]]:
    """A cue lexicon (word<TAB>role, e.g. location.txt) as role → its words, longest first."""
    out: dict[str, set[str]] = {}
    for row in _lines(name):
        if len(row) > 1:
            out.setdefault(row[1], set()).add(row[0])
    return {role: longest_first(ws) for role, ws in out.items()}


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | prefecture | county
    parent: str
    short: str
    lon: float | None
    lat: float | None


@functools.lru_cache(maxsize=None)
def divisions() -> dict[str, Division]:
    """GB/T 2260 divisions by code."""
    out = {}
    rows = _lines("divisions.tsv")
    for row in rows[1:]:  # the first row names the columns
        row += [""] * (7 - len(row))
        code, name, level, parent, short, lon, lat = row[:7]
        out[code] = Division(code, name, level, parent, short,
                             float(lon) if lon else None, float(lat) if lat else None)
    return out


@functools.lru_cache(maxsize=None)
def divisions_by_name() -> dict[str, tuple[Division, ...]]:
    """Full and short names → the divisions they may name, higher levels first."""
    rank = {"province": 0, "prefecture": 1, "county": 2}
    out: dict[str, list[Division]] = {}
    for d in divisions().values():
        out.setdefault(d.name, []).append(d)
        if d.short and d.short != d.name:
            out.setdefault(d.short, []).append(d)
    # "玉树州", "白沙县": an autonomous division's short name with its kind's last character, where
    # that is no other division's name
    kind_shorts = rows("division_kind_shorts.tsv")
    for d in divisions().values():
        for kind, short_kind in kind_shorts:
            if d.short and d.name.endswith(kind) and d.short + short_kind not in out:
                out.setdefault(d.short + short_kind, []).append(d)
    # "土右旗", "达茂旗": a customary contraction of the full name (division_customary_names.tsv)
    by_full = {d.name: d for d in divisions().values() if d.level == "county"}
    for full, short in rows("division_customary_names.tsv"):
        if full in by_full and short not in out:
            out[short] = [by_full[full]]
    return {k: tuple(sorted(v, key=lambda d: (rank[d.level], d.code))) for k, v in out.items()}


@functools.lru_cache(maxsize=None)
def org_bodies() -> dict[str, str]:
    """Standard bodies with the level placeholder expanded: form → canonical form."""
    out: dict[str, str] = {}
    # the autonomous levels written whole (org_department_levels.txt: "自治区发展改革委", "自治州妇联")
    levels = (*LEVEL_CHARS, *(w for w in words("org_department_levels.txt") if len(w) > 1))
    for row in _lines("org_bodies.txt"):
        if "{L}" in row[0]:
            for level in levels:
                canonical = row[0].replace("{L}", level)
                for form in row:
                    if "{L}" in form:
                        out.setdefault(form.replace("{L}", level), canonical)
        else:
            for form in row:
                out.setdefault(form, row[0])
    return out


# Places that are not GB/T 2260 divisions: regions, rivers and mountains, countries, the world's
# regions and cities.
REGION_FILES = ("regions.txt", "landforms.txt", "countries.txt", "world.txt", "place_city_landmarks.txt",
               "place_land_ports.txt", "place_sea_ports.txt", "place_scenic_sites.txt", "place_former_divisions.txt",
               "place_literary_names.txt")


@functools.lru_cache(maxsize=None)
def named_regions() -> frozenset[str]:
    """Regions, landforms, countries and foreign places: names that are places but not divisions."""
    return frozenset().union(*(word_set(f) for f in REGION_FILES))


# The PRC's own names in countries.txt: a report's country is never foreign to it.
_OWN_COUNTRY = frozenset({"中国", "中华人民共和国", "新中国"})


@functools.lru_cache(maxsize=1)
def foreign_countries() -> frozenset[str]:
    """The names of countries but the PRC's own (countries.txt)."""
    return word_set("countries.txt") - _OWN_COUNTRY


@functools.lru_cache(maxsize=64)
def province_forms(province: str | None) -> frozenset[str]:
    """The one-character forms (简称) of the province whose division code opens with `province`, a
    two-digit code ("51": 川 and 蜀 of 四川省; place_abbreviations.txt, whose second column is the
    province's full name); none for no province."""
    if not province:
        return frozenset()
    return frozenset(form for form, full in mapping("place_abbreviations.txt").items()
                     if (d := find_division(full, None)) is not None and d.code[:2] == province)


@functools.lru_cache(maxsize=1 << 14)
def find_division(name: str, near: str | None = "") -> Division | None:
    """The division a name stands for in a report from province `near` (a two-digit code).

    A full name ("黔江区") is that division, the one in `near` first when several share it. A short
    form ("黔江", "成都") stands for a province or prefecture anywhere, but for a county only
    inside `near`: "正阳" in a Chongqing report is a local place, not 正阳县 in Henan. With
    near=None (no report to be near) every full name is taken as it stands. A named region that is
    also a district's full name ("滨海新区", "浦东新区") is that district only in a report of its own
    province, where its short form is the district too; elsewhere it may be a local zone's name; never
    a word for a town's own quarter ("新城区", "老城区": text_urban_areas.txt).
    Remembered by its arguments (the answer depends on nothing else: the lexicons are read once):
    the place rules ask it ~4,000 times a pass over the samples and Hailar, of a few hundred names."""
    if name in named_regions():
        if not near or name in _urban_quarter_words():
            return None
        return next((d for d in divisions_by_name().get(name, ()) if d.name == name and d.code[:2] == near), None)
    candidates = divisions_by_name().get(name, ())
    if not candidates:
        return None
    full = [d for d in candidates if d.name == name]
    # a two-character county name ("和县", "兴县") is as ambiguous as a short form, and a quarter-like
    # district name of a known province ("西城区" in a Gansu county's report: its own western
    # quarter, not Beijing's district) is only that province's
    if full and near is not None and (len(name) == 2 and all(d.level == "county" for d in full)
                                      or near and name in word_set("place_quarter_division_names.txt")):
        full = [d for d in full if near and d.code[:2] == near]
        if not full:
            return None
    pool = full or [d for d in candidates if d.level != "county" or (near and d.code[:2] == near)]
    if not pool:
        return None
    home = [d for d in pool if near and d.code[:2] == near]
    return (home or pool)[0]


@functools.lru_cache(maxsize=1)
def _urban_quarter_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows("text_urban_areas.txt"))


TOWN_SUFFIXES = words("text_town_suffixes.txt")  # longest first
# Town short forms that are also ordinary words for parts of a city: never a town's short form.
_DIRECTIONAL = word_set("text_directional_towns.txt")


@functools.lru_cache(maxsize=None)
def _towns_table() -> dict[str, tuple[str, ...]]:
    out = {}
    for row in _lines("towns.tsv"):
        out[row[0]] = tuple(row[1].split(" ")) if len(row) > 1 else ()
    return out


@functools.lru_cache(maxsize=None)
def _villages_table() -> bytes:
    """villages.tsv.gz as bytes, after a newline: a county's line is found by its code (a report
    asks for one county; decoding and splitting the whole table cost twice the decompression)."""
    import gzip

    return b"\n" + gzip.decompress(_villages_packed().read_bytes())


def _villages_packed() -> Path:
    return HERE / "villages.tsv.gz"


@functools.lru_cache(maxsize=None)
def _villages_table_index() -> dict[str, tuple[int, int]]:
    """Where each county's names lie in the packed table (`_villages_table`): the offset after the
    table's leading newline and the length, of the first line of each code."""
    data = _villages_table()
    index = {}
    for key, at in ((m.group(1).decode("utf-8"), m.end()) for m in re.finditer(rb"\n([^\t\n]*)\t", data)):
        end = data.find(b"\n", at)
        index.setdefault(key, (at - 1, (end if end >= 0 else len(data)) - at))  # the first line of a code
    return index


@functools.lru_cache(maxsize=None)
def _villages_index() -> tuple[Path, int, dict[str, tuple[int, int]]] | None:
    """The table decompressed once into the user's cache (beside the tokenizer's dictionary), after
    an index of where each county's names lie in it: decompressing 5 MB cost ~65 ms at every start,
    to read one county. One file a version of the table and of this module that indexes it (named by
    a digest of both), the newest three kept; None when the cache cannot be written. Returns the
    file, where the table starts, the index."""
    import marshal

    from kg.files import files_digest, write_atomic
    from kg.text.segment import KEPT_DICTIONARIES, cache_dir, prune_dictionaries

    try:
        digest = files_digest([("villages.tsv.gz", _villages_packed()), ("lexicons/__init__.py", Path(__file__))])
        path = cache_dir() / f"villages-{digest}.bin"
        try:
            with open(path, "rb") as f:
                size = int.from_bytes(f.read(8), "little")
                index = marshal.loads(f.read(size))
            return path, 8 + size, index
        except (OSError, EOFError, ValueError, TypeError):
            pass
        data = _villages_table()
        index = _villages_table_index()
        head = marshal.dumps(index)
        write_atomic(path, len(head).to_bytes(8, "little") + head + data[1:])  # (offsets less the leading newline)
        prune_dictionaries(path.parent, KEPT_DICTIONARIES, "villages-*.bin")
        return path, 8 + len(head), index
    except OSError:
        return None


@functools.lru_cache(maxsize=None)
def villages(county_code: str) -> tuple[str, ...]:
    """The short names of a county's villages and communities ("两河" for 两河社区; JioNLP's table)."""
    cached = _villages_index()
    if cached is not None:
        path, table_start, index = cached
        where = index.get(county_code)
        if where is None:
            return ()
        try:
            with open(path, "rb") as f:
                f.seek(table_start + where[0])
                return _names_of_line(f.read(where[1]))
        except OSError:
            pass  # the cache removed meanwhile (another checkout's version pruned it): read the packed table
    # the table indexed once, not searched (5 MB) for each county: a province's villages ask for ~100
    where = _villages_table_index().get(county_code)
    if where is None:
        return ()
    return _names_of_line(_villages_table()[where[0] + 1:where[0] + 1 + where[1]])


def villages_in_table(table: bytes, county_code: str) -> tuple[str, ...]:
    """A county's villages read from the packed table itself (a line "\ncode\tname name…"): what the
    cache's index answers without searching it."""
    key = b"\n" + county_code.encode("utf-8") + b"\t"
    at = table.find(key)
    if at < 0:
        return ()
    end = table.find(b"\n", at + 1)
    return _names_of_line(table[at + len(key):end if end >= 0 else len(table)])


def _names_of_line(names: bytes) -> tuple[str, ...]:
    """A county's villages from its line of the packed table, after the code and the tab."""
    return tuple(names.decode("utf-8").split(" ")) if names else ()


def towns(county_code: str) -> tuple[str, ...]:
    """The towns, townships and sub-districts of a county (JioNLP's table)."""
    return _towns_table().get(county_code, ())


@functools.lru_cache(maxsize=1 << 16)
def town_short(name: str) -> str:
    """"濯水镇" → "濯水", "冯家街道" → "冯家"; "" when too short or an ordinary direction word.
    Remembered: an area's towns are asked about again and again (~50,000 times in a province's report)."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            return "" if short in _DIRECTIONAL else short
    return ""


@functools.lru_cache(maxsize=1)
def visit_words_after() -> tuple[str, ...]:
    """The words that close a visit's phrase (place_visit_words.tsv, role after: "考察", "调研"): read by
    the visit places ("来陕考察") and by the works a company's visit is not ("宏达科技董事长一行考察产业园")."""
    return words_of_kind("place_visit_words.tsv", "after")


# ---------------------------------------------------------------- word lists inside patterns

@functools.lru_cache(maxsize=1)
def route_name_ends() -> tuple[str, ...]:
    """What closes a route's name: its kind (project_route_kinds.txt) or a section's 段 or 线."""
    return words("project_route_kinds.txt") + ("段", "线")


@functools.lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A lexicon's words as a regex alternation, longest first, for a pattern whose shape stays in
    code: rf"(?:{alternation('genre_store_kinds.txt')})"."""
    from kg.text.lookup import alternation_pattern

    return alternation_pattern(words(name))


# ---------------------------------------------------------------- one-character lists

@functools.lru_cache(maxsize=None)
def characters(name: str) -> str:
    """A lexicon of one character a line as one string, in file order (for `c in chars` tests and
    regex character classes)."""
    return "".join(r[0] for r in _lines(name))
