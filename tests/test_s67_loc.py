"""locatedIn (session 67, helper loc): an irrigation district (灌区) is named after the source, headworks or
plain it draws on ("位山灌区": the 位山 sluice, "河套灌区": the Hetao plain, "向家坝灌区": the Xiangjiaba dam), so
works on the district are at the district, not in the place its name opens with: the landmark rule
(kg.resolve.relations._landmark_of) does not carry them on to that place (kg/lexicons/location.txt
`source_area`). Sentences from tests/real; the near-miss is the link to the source's place, and a water's
basin (巢湖流域), which the landmark rule still carries on to its water."""
from __future__ import annotations

import pytest

from tests.conftest import review_located

CASES = [
    ("2026年山东省人民政府工作报告", "水利方面，开工位山灌区现代化改造等工程，稳步推进东平湖蓄滞洪区安全建设。",
     "位山灌区现代化改造", "位山灌区", "位山"),
    ("2026年内蒙古自治区人民政府工作报告", "建成引绰济辽及二期工程，开工建设河套灌区现代化改造、乌布林水库等重点项目。",
     "河套灌区现代化改造", "河套灌区", "河套"),
    ("2026年四川省人民政府工作报告", "谋划多年、惠及3400万人的引大济岷工程启动建设，向家坝灌区一期一步工程建成通水。",
     "向家坝灌区一期一步工程", "向家坝灌区", "向家坝"),
]


@pytest.mark.parametrize("head,text,works,district,source", CASES)
def test_irrigation_district_works_are_at_the_district_not_its_source(tmp_path, head, text, works, district, source):
    got = review_located(tmp_path, text, head)
    assert (works, district) in got, got
    assert (works, source) not in got, got


def test_a_basin_still_carries_its_works_onto_the_water(tmp_path):
    got = review_located(tmp_path, "实施巢湖流域水环境综合治理项目，开工位山灌区现代化改造。", "2026年安徽省人民政府工作报告")
    assert ("巢湖流域水环境综合治理项目", "巢湖") in got, got
    assert ("位山灌区现代化改造", "位山") not in got, got
