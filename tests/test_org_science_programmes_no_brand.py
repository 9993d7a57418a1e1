"""科技 before a programme, a role or a strategy (org_trade_field_compounds.txt: 专项, 特派员, 战略) is the
field of science policy, no company's trade: "六大科技专项" (sichuan-2026-review), "农业特色优势产业科技特派员"
(guizhou-2026-outline), "六大重大科技战略行动" (guizhou-2026-review) gave the brands 六大科技,
优势产业科技 and 六大重大科技. A trade name before 科技 stays a company. Sentences as the design texts
write them."""
from __future__ import annotations

from tests.conftest import review_graph


# (sentence, the head of its report): each names the field of science policy after 科技
_FIELD_SENTENCES = (
    ("人工智能、航空航天、先进装备等六大科技专项深入实施。", "2026年四川省政府工作报告"),
    ("实现农业特色优势产业科技特派员涉农乡镇服务全覆盖。", "2026年贵州省政府工作报告"),
    ("实施“六大重大科技战略行动”，科技创新能力持续提升。", "2026年贵州省政府工作报告"),
)


def test_science_field_names_no_brand(tmp_path):
    for sentence, head in _FIELD_SENTENCES:
        _, orgs, _ = review_graph(tmp_path, sentence, head)
        assert not any(o.endswith("科技") for o in orgs), sentence


def test_trade_name_before_science_stays(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "支持天兵科技、天章卫星等商业航天企业做大做优。", "2026年河南省政府工作报告")
    assert "天兵科技" in orgs
