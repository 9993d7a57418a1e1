"""Read JioNLP's china_location table (Apache License 2.0, https://github.com/dongrixinyu/JioNLP)
from the package's wheel: shared by scripts/build_towns.py and scripts/build_villages.py.

The table is a tree written with tabs: province, prefecture, county (name and GB/T 2260 code),
town, village."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

COUNTY, TOWN, VILLAGE = 2, 3, 4


def entries_below_counties(wheel: str, depth: int) -> Iterator[tuple[str, str]]:
    """(county code, name) for every entry at `depth` (TOWN or VILLAGE) under a county."""
    with zipfile.ZipFile(wheel) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
        text = inner.read("china_location.txt").decode("utf-8")
    county = None
    for line in text.splitlines():
        level = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if level == COUNTY:
            county = fields[1] if len(fields) > 1 and fields[1].isdigit() else None
        elif level == depth and county and fields[0]:
            yield county, fields[0]
