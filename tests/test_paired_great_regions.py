"""A great region of China by its bare direction word (place_ranked_regions.txt: 中西部, 东部…) joined
to a named region found beside it ("中西部和东北地区发展加快", national-2010/2011/2013-review; "东部与中西部
地区经济技术合作进一步加强", national-2003-review): both regions are places, the bare one too."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

HEAD = ("国务院政府工作报告", "", "一、过去一年工作回顾", "")


def test_a_bare_region_before_a_named_one(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "中西部和东北地区主要经济指标增速高于全国平均水平。")
    assert_found(got, {"中西部", "东北地区"}, set())


def test_a_bare_region_after_a_named_one(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "东部与中西部地区经济技术合作进一步加强。")
    assert_found(got, {"东部", "中西部地区"}, set())


def test_a_bare_direction_beside_no_named_region_stays_out(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "城市中部和北部的道路全面改造。")
    assert_found(got, set(), {"中部"})
