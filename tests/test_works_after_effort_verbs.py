"""A verb of effort before a works (建好, 建强, 做实, 做强, 办好, 投向, 织密 …: project_openers.txt, marked
"lead") opens the span but no name: the works' name starts after it, also before a bracketed place
("建好北方(沧州)…") and in a later item of a list of routes ("、改扩建西安至永寿等高速公路"). Sentences
from the design texts (hebei-2026, tianjin-2026, shaanxi-2026, jiangsu-2026, national-2014)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PROJECT

from tests.conftest import plan_entities


def _projects(tmp_path: Path, line: str) -> set[str]:
    return plan_entities(tmp_path, PROJECT, line)


@pytest.mark.parametrize("line, works, fragment", [
    ("深入实施冀货出海等行动，建好北方（沧州）跨境电商物流基地。",
     "北方(沧州)跨境电商物流基地", "建好北方(沧州)跨境电商物流基地"),
    ("绿色石化产业以南港工业区为重要承载地，做实绿色石化科创中心，实施中石化催化剂项目。",
     "绿色石化科创中心", "做实绿色石化科创中心"),
    ("开工周至至乾县、改扩建西安至永寿等高速公路，力争延安东绕城、洛卢高速公路建成通车。",
     "西安至永寿", "改扩建西安至永寿"),
])
def test_the_name_starts_after_the_verb(tmp_path, line, works, fragment):
    found = _projects(tmp_path, line)
    assert works in found
    assert fragment not in found


@pytest.mark.parametrize("line, fragment", [
    ("加快南京机场三期、南通新机场工程前期工作，织密公路连接线、拓展延长线、打通断头路。", "织密公路连接线"),
    ("中央预算内投资拟增加到4576亿元，重点投向保障性安居工程、农业、重大水利等领域。", "投向保障性安居工程"),
])
def test_no_works_named_with_the_verb(tmp_path, line, fragment):
    assert fragment not in _projects(tmp_path, line)
