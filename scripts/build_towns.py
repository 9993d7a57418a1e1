"""Regenerate kg/lexicons/towns.tsv: the towns, townships and sub-districts (乡镇街道) of every
county, from JioNLP's china_location table.

JioNLP (Apache License 2.0, https://github.com/dongrixinyu/JioNLP) ships
dictionary/china_location.zip: China's divisions down to villages, with GB/T 2260 codes to county
level. We keep only the town level, one line per county, instead of depending on jionlp at run time
(245 MB installed, prints to stdout on import, unpacks files into site-packages). Villages are left
out (660,000 names): the suffix rules find them. Run:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_towns.py /tmp/jionlp/jionlp-*.whl

Columns: county code, then the county's towns separated by spaces. A county changed after JioNLP's
table also lists the towns of the former counties it took over (scripts/towns_moved.tsv).
"""
from __future__ import annotations

import sys
from pathlib import Path

from china_location import TOWN, entries_below_counties

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "towns.tsv"
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


def main(wheel: str) -> None:
    towns: dict[str, list[str]] = {}
    for county, name in entries_below_counties(wheel, TOWN):
        if " " not in name and name not in towns.setdefault(county, []):
            towns[county].append(name)
    for new, former in moved_counties().items():
        towns.setdefault(new, [])
        towns[new] += [t for code in former for t in towns.get(code, []) if t not in towns[new]]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Towns, townships and sub-districts (乡镇街道) by county code, derived from JioNLP's\n")
        f.write("# china_location table (Apache-2.0). Regenerate with scripts/build_towns.py.\n")
        for code in sorted(towns):
            f.write(code + "\t" + " ".join(sorted(towns[code])) + "\n")
    print(f"wrote {sum(map(len, towns.values()))} towns of {len(towns)} counties to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
