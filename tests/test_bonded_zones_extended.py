"""A bonded zone named by its city and written short (综保区) or extended by a new area (扩区) is developed as
a whole: a project (genre_zones_built.txt, read by kg.extract.genre.extract_zones_built; ANNOTATION rules 3
and 11), where a count of bonded zones or the kind alone is none. Sentences of the 2026 review of 浙江 and
the 2026 plans of 河南 and 内蒙古 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("大宗商品资源配置枢纽“三基地两中心”建设开局顺利，衢州综保区封关运作，杭州综保区成功扩区。", "浙江省政府工作报告",
     {"衢州综保区", "杭州综保区"}),
    ("实施自贸试验区提升战略，完成新郑综保区扩区，增强郑州航空港区开放功能。", "河南省政府工作报告", {"新郑综保区"}),
])
def test_bonded_zone_opened_or_extended_is_a_project(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())


@pytest.mark.parametrize("sentence,not_found", [
    ("推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。", {"满洲里3个综保区", "综保区"}),
    ("推进开发区规范提升、综保区转型升级。", {"综保区"}),
])
def test_bonded_zones_counted_or_by_kind_are_no_projects(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "内蒙古自治区政府工作报告")
    assert_found(projects, set(), not_found)
