"""False places of pf61. A drinking-water source named after the water it draws on: "某某水库水源地",
"某某湖饮用水源地", "某某江上游水源地". The water is the place the sentence protects; the source is
its use, no area of its own (place_water_source_uses.tsv), unlike a 水源保护区 drawn round it. A source
named after no water ("某某站水源地") stays one place. A settlement, then a common noun of its kind
("某某镇小城镇建设", "贫困村整村推进"): the kind names nothing (not_names.txt). Sentences in the genre's phrasing with
invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

COUNTY = "2019年青禾县政府工作报告"

CASES = [
    # a reservoir's source: the reservoir and its stem, not the source
    ("实施澄岭水库水源地保护工程,加快玉带河流域综合治理。", {"澄岭水库"}, {"澄岭水库水源地"}),
    ("推进岚溪水库水源地保护和周边环境整治。", {"岚溪水库"}, {"岚溪水库水源地"}),
    # a river's reach opening its source: no place of the reach and source
    ("推进澄江上游水源地原水连通工程。", (), {"澄江上游水源地"}),
    # the zone drawn round the reservoir is still a place of its own
    ("划定岚溪水库饮用水水源保护区。", {"岚溪水库", "岚溪水库饮用水水源保护区"}, ()),
    # a source named after a station, no water: one place
    ("重点抓好白桦站水源地保护。", {"白桦站水源地"}, ()),
    # a town, then the common noun of its kind: the kind is no part of a name
    ("推进岚沙镇、雁关镇小城镇建设。", {"岚沙镇"}, {"雁关镇小城镇"}),
    ("沙河镇、月亮镇、石关镇小城镇建设加快推进。", {"沙河镇"}, {"石关镇小城镇"}),
    # villages of a kind, then the village-wide programme's 整村
    ("推进岚峰山片区贫困村整村推进,全县86个贫困村整村脱贫。", (), {"贫困村整村"}),
]


@pytest.mark.parametrize("sentence, found, not_found", CASES, ids=[c[0][:12] for c in CASES])
def test_water_source_uses(tmp_path, sentence, found, not_found):
    assert_found(report_names(tmp_path, "Place", COUNTY, "二、2019年工作安排", sentence), found, not_found)
