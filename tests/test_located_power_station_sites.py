"""A nuclear power station is named after its site ("某某核电一期", place_dam_site_heads.txt: 核电): the
words before 核电 name a place, where the works is (ANNOTATION rule 8), whatever their characters
("白龙核电一期", "红沙核电三期", 广西 2026; "三澳核电二期", "金七门核电一期", 浙江 2026 review); a kind of
power joined to it names no site ("建设水电核电", national 2016: place_dam_site_kinds.txt). Sentences as the
design texts write them (tests/real)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import review_located, review_names


@pytest.mark.parametrize(("text", "head", "links"), [
    ("推进白龙核电一期、红沙核电三期、钦州电厂三期以及在建抽水蓄能电站等项目，稳妥推进源网荷储一体化试点。",
     "2026年广西壮族自治区政府工作报告", {("白龙核电一期", "白龙"), ("红沙核电三期", "红沙")}),
    ("三门核电三期项目获国家核准，三澳核电二期、中石化六横LNG接收站等项目开工建设，"
     "甘电入浙、金七门核电一期、浙江（华东）深远海风电母港等项目加快推进。",
     "2026年浙江省政府工作报告", {("三澳核电二期", "三澳"), ("金七门核电一期", "金七门")}),
])
def test_a_nuclear_station_s_site_is_where_it_is(tmp_path: Path, text: str, head: str, links: set):
    assert links <= review_located(tmp_path, text, head)


def test_a_kind_of_power_before_nuclear_power_is_no_site(tmp_path: Path):
    places = review_names(tmp_path, "Place", "再开工20项重大水利工程，建设水电核电、特高压输电、智能电网、油气管网、"
                                             "城市轨道交通等重大项目。", "2016年国务院政府工作报告")
    assert "水电" not in places
