"""A zone whose name the walk began inside a place found (kg.extract.places zone_places): the port area
长风港区 of 安庆港 starts after the port, not at its 港. A sentence of the 2019 report of 安徽省."""
from __future__ import annotations

from kg.model import PLACE

from tests.conftest import review_names


def test_a_port_area_after_its_port_starts_after_the_port(tmp_path):
    found = review_names(tmp_path, PLACE, "推进芜湖港朱家桥外贸码头、安庆港长风港区集装箱码头建设。", "2019年安徽省政府工作报告")
    assert "长风港区" in found and "港长风港区" not in found
