"""A works' name that opens with a bare word joined to it by 与, a partner or a field the works is shared
with, is one name as written (kg.extract.projects._partner_joined_by_yu; ANNOTATION: the span that
names the thing completely): hailar-2018's "双良与华能供热管网贯通工程", hebei-2026-review's
"通州区与廊坊北三县一体化高质量发展示范区". Two works joined by 与 stay two."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("head,sentence,found,not_found", [
    ("2018年海拉尔区政府工作报告",
     "着力推动双良与华能供热管网贯通工程，大力实施既有建筑节能改造和老旧小区三级管网改造。",
     {"双良与华能供热管网贯通工程"}, {"华能供热管网贯通工程"}),
    ("河北省政府工作报告",
     "教育、医疗、养老、社保等领域合作持续深化，通州区与廊坊北三县一体化高质量发展示范区、廊坊临空经济区建设提速。",
     {"通州区与廊坊北三县一体化高质量发展示范区"}, {"廊坊北三县一体化高质量发展示范区"}),
    # the walk stopped inside a longer name: two works joined, the second alone
    ("贵州省政府工作报告",
     "推动贵阳综合保税区与贵阳国际陆港一体化打造国际物流枢纽。",
     set(), {"综合保税区与贵阳国际陆港", "贵阳综合保税区与贵阳国际陆港"}),
])
def test_partner_joined_by_yu(tmp_path, head, sentence, found, not_found):
    projects = review_graph(tmp_path, sentence, head)[0]
    assert_found(projects, found, not_found)
