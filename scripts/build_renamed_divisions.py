"""Bring kg/lexicons/divisions.tsv up to date with the counties renamed or re-coded since cpca's
table (宁乡县 430124 → 宁乡市 430182, 从化市 440184 → 从化区 440117), from JioNLP's china_location
table (Apache License 2.0), whose county codes are the ones towns.tsv uses. Run after
scripts/build_divisions.py:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_renamed_divisions.py /tmp/jionlp/jionlp-*.whl

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


def renamed(rows: list[list[str]], current: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    """old code → (new code, new name, its short name) for the counties whose code only the old
    table has."""
    codes = {r[0] for r in rows}
    stale = [r for r in rows if r[2] == "county" and r[0] not in current]
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


def main(wheel: str) -> None:
    lines = OUT.read_text(encoding="utf-8").splitlines(keepends=True)
    changes = CHANGES.read_text(encoding="utf-8")
    if changes.splitlines(keepends=True)[0] in lines:  # the block of a former run goes, to come back last
        lines = lines[:lines.index(changes.splitlines(keepends=True)[0])]
    header = [line for line in lines if line.startswith("#")]
    body = [line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")]
    columns, rows = body[0], body[1:]
    current = jionlp_counties(wheel)
    moves = renamed(rows, current)
    rows += added(rows, current, {code for code, _, _ in moves.values()})
    codes = {r[0] for r in rows}
    # a report written before the change names the county as it was then (宁乡县 in 2016): the
    # former name stays a place, under its former code, without the short form the new row keeps
    former = [[r[0], r[1], r[2], r[3], "", r[5], r[6]] for r in rows
              if r[0] in moves and moves[r[0]][1] != r[1]]
    for row in rows:
        if row[0] in moves:
            row[0], row[1], short = moves[row[0]]
            row[4] = row[4] or (short if short != row[1] else "")  # 赣县 had none: 赣县区 → 赣县
            if row[0][:4] + "00" in codes and row[0][:4] + "00" != row[0]:
                row[3] = row[0][:4] + "00"  # its prefecture now (钢城区 moved from 莱芜 to 济南)
    rows += former
    rows.sort(key=lambda r: r[0])
    if NOTE not in "".join(header):
        header.append(NOTE)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(header)
        for row in [columns] + rows:
            f.write("\t".join(row) + "\n")
        f.write(changes)
    print(f"renamed {len(moves)} counties in {OUT}; {len(rows) - len(body) + 1} rows now added")


if __name__ == "__main__":
    main(sys.argv[1])
