"""Session 60 (org): bodies by the short forms the reports of 2026 use alone.

1. 兵团, the Xinjiang Production and Construction Corps (org_bodies.txt: 新疆生产建设兵团).
2. 供销社 and 农垦, the supply and marketing co-operatives and the state farms, where the report sets them
   to work; in a clause that reforms them they name the sector (org_reformed_bodies.txt:
   "深化农垦、供销社等改革" names no body, as the annotators of national-2015, national-2018, yunnan-2026,
   guangxi-2026 and the national-2017 sample read it).

Sentences of the reports (tests/real, the samples); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, bodies", [
    ("坚持“全疆一盘棋”思想，全力支持兵团改革发展。", {"兵团"}),
    ("发挥农垦、供销社等联农带农机制作用。", {"农垦", "供销社"}),
    ("发挥供销社服务“三农”综合平台作用，构建便捷高效的农业社会化服务体系。", {"供销社"}),
    ("气象地震、供销社、对口支援合作、驻京驻沪联络服务等工作取得新成绩。", {"供销社"}),
], ids=["corps", "farms_and_cooperatives", "cooperatives_at_work", "listed_work"])
def test_bodies_by_their_short_forms(tmp_path, sentence, bodies):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert bodies <= orgs


@pytest.mark.parametrize("sentence", [
    "深化农村集体产权、集体林权、农垦、供销社、农信社等改革。",
    "深化供销社、农垦、种业、国有林场林区等改革。",
], ids=["listed_reforms", "reforms_opening"])
def test_the_sector_reformed_is_no_body(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not {"农垦", "供销社"} & orgs


def test_state_farms_opening_a_compound_are_no_body(tmp_path):
    # ningxia-2026: 农垦场区 are the state farms' areas, a kind of region beside 老工业基地
    orgs, _ = review_orgs_and_links(tmp_path, "支持革命老区、生态退化地区、老工业基地、农垦场区转型发展。", HEAD)
    assert "农垦" not in orgs
