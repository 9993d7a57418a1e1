"""New districts of one industry (产业城) and islands developed as one undertaking (旅游岛, 生态岛),
named by their place or field, are projects where the clause builds them (project_heads.txt, weak heads;
ANNOTATION rules 3 and 11). Sentences of the 2026 plans of 贵州, 山东, 福建 and 广西 and of the 2026 review
of 四川 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found", [
    ("加快建设贵州航空产业城，推动国产大飞机配套产业发展。", "贵州省政府工作报告", {"贵州航空产业城"}),
    ("推进平潭国际旅游岛、大武夷文化旅游圈等建设。", "福建省政府工作报告", {"平潭国际旅游岛"}),
    ("建设涠洲岛国际生态岛。", "广西壮族自治区政府工作报告", {"涠洲岛国际生态岛"}),
    ("上线运行“四川省科创通”平台，加快建设成都科创生态岛和11个市（州）分岛。", "四川省政府工作报告", {"成都科创生态岛"}),
])
def test_industry_city_or_island_built_is_a_project(tmp_path, sentence, head, found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, set())
