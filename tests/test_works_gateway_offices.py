"""An international telecommunication gateway office (国际通信业务出入口局, project_heads.txt) is a works
named by its city, in a clause that builds, opens or runs it (guangxi-2026, hainan-2026, shandong-2026);
a submarine cable listed before it (国际海缆, not_names.txt) is no place."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PLACE, PROJECT

from tests.conftest import plan_entities


@pytest.mark.parametrize("line, works", [
    ("推进南宁国际通信业务出入口局投产运营，布局发展周边产业。", "南宁国际通信业务出入口局"),
    ("实施工业互联网创新发展工程，开通运营青岛国际通信业务出入口局。", "青岛国际通信业务出入口局"),
    ("加快2条在建国际海缆、海口国际通信业务出入口局建设，推动“千兆自贸港”向“万兆自贸港”演进。", "海口国际通信业务出入口局"),
])
def test_gateway_office_is_a_works(tmp_path, line, works):
    assert works in plan_entities(tmp_path, PROJECT, line)
    assert "国际海缆" not in plan_entities(tmp_path, PLACE, line)
