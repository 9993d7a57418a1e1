"""A quoted part inside an indicator's name stays as the text writes it (ANNOTATION: only quotes
around the whole name drop) where the name is the noun after its count and where a verb carried
over a list names it (sentences from gansu-2026, hebei-2026 and guangxi-2026-review in tests/real)."""
from tests.conftest import report_mentions


def written(tmp_path, line):
    found = report_mentions(tmp_path, "2026年甘肃省政府工作报告", "2025年工作回顾", line)
    return {m.attrs["indicator"]: m.attrs.get("indicator_written") for m in found if m.type == "Observation"}


def test_a_quoted_noun_after_its_count_keeps_its_quotes(tmp_path):
    found = written(tmp_path, "实施农村水利惠民工程，建设1000个农村“水盆子”项目，其中小型水库7座。")
    assert found["农村水盆子项目"] == "农村“水盆子”项目"
    found = written(tmp_path, "打造10个“数字领航”企业、100个先进级智能工厂。")
    assert found["数字领航企业"] == "“数字领航”企业"


def test_a_carried_verb_before_a_quoted_item_keeps_its_quotes(tmp_path):
    found = written(tmp_path, "新增国家级专精特新“小巨人”企业7家、重点“小巨人”企业9家、单项冠军企业2家。")
    assert found["新增重点小巨人企业"] == "新增重点“小巨人”企业"
    assert found["新增单项冠军企业"] is None
