"""Water works named by the river or lake they are done on and the action (kg.extract.genre
extract_place_works): the name runs over a river's stretch through a place, bracketed or not
("黄河甘肃段河道防洪治理", "大运河（天津段）综合治理"), over a basin's rivers and lakes and their
environment ("海拉尔河流域河湖环境综合治理"), and closes with flood control (防洪治理) or a lake's
treatment with its protection (治理保护). Sentences of the 2026 plans of 甘肃, 天津 and 吉林 and of
海拉尔区 2019 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line,found,not_found", [
    ("建成阿克塞生态保护及城乡供水一体化工程，抓好黄河甘肃段河道防洪治理，推动榆安大型灌区建设。",
     {"黄河甘肃段河道防洪治理"}, set()),
    ("强化水环境治理，加快大运河（天津段）综合治理，集中力量分年度完善提升沿线植树绿化。",
     {"大运河(天津段)综合治理"}, {"天津段"}),  # brackets read half-width
    ("推进污水处理厂提标改造、海拉尔河流域河湖环境综合治理，地表水水质进一步改善。",
     {"海拉尔河流域河湖环境综合治理"}, set()),
    ("“一断面一策”治理饮马河流域，巩固辽河流域治理成效，全力推进查干湖治理保护。",
     {"查干湖治理保护"}, set()),
])
def test_water_works_on_a_stretch_or_basin_is_named_whole(tmp_path, line, found, not_found):
    assert_found(plan_entities(tmp_path, "Project", line), found, not_found)
