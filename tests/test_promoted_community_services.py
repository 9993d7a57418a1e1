"""A verb of promoting that the tagger reads as one proper noun (大力发展/nz) opens the predicate before
社区, no compound's name (place_stem_opening_verbs.txt): "大力发展社区卫生服务" (national-2005), "大力发展
社区商业、物业、家政" (national-2009 and national-2009-review)."""
from __future__ import annotations

from tests.conftest import report_names


def test_promoting_community_services_names_no_compound(tmp_path):
    got = report_names(tmp_path, "Place", "国务院政府工作报告", "", "二、2009年主要任务", "",
                       "促进汽车合理消费。大力发展社区商业、物业、家政等服务业。大力发展社区卫生服务。")
    assert "大力发展社区" not in got, got
