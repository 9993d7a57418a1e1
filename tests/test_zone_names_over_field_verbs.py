"""A designated zone or development belt whose name a place opens and whose field holds verbs (发展, 合作,
转化: project_zone_field_verbs.txt) is named from that place to its head; the walk over a name stops at
those verbs, which cut the name to its head alone (ANNOTATION rule 11: a place says which zone). Not where
a clause verb stands between the place and the head ("福州争创…示范区": one applied for, no zone yet).
Sentences in the wording of the 2026 plans of 江苏, 湖南, 四川, 广西 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,head,found,not_found", [
    ("深化沿沪宁产业创新带、环太湖科创圈、长江口产业创新绿色发展协同区建设。", "江苏省政府工作报告",
     {"长江口产业创新绿色发展协同区", "环太湖科创圈"}, {"协同区"}),
    ("高质量建设长三角生态绿色一体化发展示范区。", "江苏省政府工作报告", {"长三角生态绿色一体化发展示范区"}, set()),
    ("创建长株潭国家科技成果转移转化示范区。", "湖南省政府工作报告", {"长株潭国家科技成果转移转化示范区"}, set()),
    ("着力打造长江上游绿色低碳发展先行区。", "四川省政府工作报告", {"长江上游绿色低碳发展先行区"}, set()),
    ("建设关键金属研究院、南丹关键金属高质量发展综合试验区。", "广西壮族自治区政府工作报告",
     {"南丹关键金属高质量发展综合试验区"}, set()),
    # a clause verb between the place and the head: the zone is applied for, no name of one zone
    ("支持福州争创国家低空经济发展示范区。", "福建省政府工作报告", set(), {"福州争创国家低空经济发展示范区"}),
])
def test_zone_named_from_its_place_over_field_verbs(tmp_path, sentence, head, found, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, head)
    assert_found(projects, found, not_found)
