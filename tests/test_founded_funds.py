"""Session 61 (org): a fund the report sets up by name (kg.extract.founded_funds;
org_fund_founding_verbs.txt: 设立, 组建, 成立, 落地) is an organization where its name holds at least
three words before 基金 (scope or field, purpose, kind), the verb before it, past its size, or after
it; the list's next funds too. A fund named by its kind or one field alone is none. Sentences of
jiangsu-2026, national-2015, national-2018, sichuan-2026-review, jiangxi-2026-review (found) and
hailar-2018, national-2016, chongqing-2026, anhui-2026 (not found); the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_fund_set_up_by_name(tmp_path):
    assert "现代服务业创新发展基金" in _orgs(tmp_path, "推动先进制造业和现代服务业深度融合。组建现代服务业创新发展基金。")


def test_fund_past_its_size(tmp_path):
    orgs = _orgs(tmp_path, "国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金。")
    assert "新兴产业创业投资引导基金" in orgs


def test_funds_listed_after_the_verb(tmp_path):
    orgs = _orgs(tmp_path, "健全科技金融服务体系，成功落地国家科创协同发展母基金、国家创业投资S基金、四川社保科创基金。")
    assert {"国家科创协同发展母基金", "国家创业投资S基金", "四川社保科创基金"} <= orgs


def test_fund_before_the_verb(tmp_path):
    orgs = _orgs(tmp_path, "重点支持“小巨人”企业23家。未来产业发展基金设立，脑机接口、核医疗等领域取得突破。")
    assert "未来产业发展基金" in orgs


def test_kinds_of_funds_are_none(tmp_path):
    orgs = _orgs(tmp_path, "设立产业扶贫基金、贫困生救助基金、医疗救助基金。二是取消违规设立的政府性基金。"
                           "设立市级文化艺术基金。支持以市场化方式设立并购基金。")
    assert not any(o.endswith("基金") for o in orgs)
