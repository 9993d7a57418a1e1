"""An inland (dry) port is a logistics zone, not a hub whose extension is only "on" it: its phase
("某某国际陆港二期", "某某铁路港三期") is works in it, as "某某综合保税区二期" is in its zone (ANNOTATION
rule 8; rel_hub_own_works.txt `inland`, kg.resolve.relations._is_hub), whether or not the report holds it
as a place. A port on the water keeps the hub rule (test_hub_own_works.py: "岳阳港二期" is at 岳阳港 only
where the report holds the port as a place). Sentences written in the genre's
phrasing, with invented inland ports."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TITLE = "2023年青禾市人民政府工作报告"


def test_an_inland_port_s_phase_is_in_the_inland_port(tmp_path: Path):
    links = review_located(tmp_path, "青禾国际陆港完成铁路集装箱吞吐量12.8万标箱,开行中欧班列108列。"
                                     "推进青禾国际陆港二期建设。", TITLE)
    assert ("青禾国际陆港二期", "青禾国际陆港") in links


def test_a_rail_port_s_phase_is_in_the_rail_port(tmp_path: Path):
    links = review_located(tmp_path, "澄江铁路港开行跨境班列120列,澄江陆地港新开通跨境物流专线。"
                                     "澄江铁路港三期开工,澄江陆地港二期建成投用。", TITLE)
    assert {("澄江铁路港三期", "澄江铁路港"), ("澄江陆地港二期", "澄江陆地港")} <= links
