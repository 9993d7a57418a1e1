"""Session 61 (org2): a key laboratory named by its field is an organization (kg.extract.key_labs,
org_key_lab_heads.txt): the nouns before 全国重点实验室 after a clause's mark or a verb. The head after a
count, a verb, a particle or a one-character scope names the kind. Sentences of heilongjiang-2026-review,
neimenggu-2026 and the review parts of 2026 reports (counts); the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_lab_opening_its_clause(tmp_path):
    orgs = _orgs(tmp_path, "崖州湾国家实验室粮油作物实验基地启动运行，陆相页岩油全国重点实验室助力页岩油年产量突破100万吨。")
    assert "陆相页岩油全国重点实验室" in orgs


def test_lab_after_a_verb(tmp_path):
    orgs = _orgs(tmp_path, "加大中重稀土开发利用力度，建强白云鄂博稀土全国重点实验室和国家稀土功能材料制造业创新中心。")
    assert "白云鄂博稀土全国重点实验室" in orgs


def test_kinds_of_labs_are_none(tmp_path):
    orgs = _orgs(tmp_path, "优化重组全国重点实验室14家，获批建设5个全国重点实验室，支持在甘全国重点实验室发挥作用，"
                           "争取更多全国重点实验室落地。")
    assert not any(o.endswith("全国重点实验室") for o in orgs)
