"""The free trade port named by its short form (place_suffixes.txt: 自贸港, the usual short form of
自由贸易港, a zone head that is a place when a known place names it): a place the reports dock with
(ANNOTATION rule 3, alt Project). Sentences of the 2026 plans of 广西, 湖南, 吉林, 江苏 and 山东 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


@pytest.mark.parametrize("head, sentence", [
    ("2026年广西壮族自治区政府工作报告", "主动对接京津冀、长江经济带、海南自贸港发展。"),
    ("2026年湖南省政府工作报告", "抢抓海南自贸港封关运作机遇,持续建好湘琼先进制造业共建产业园。"),
    ("2026年吉林省政府工作报告", "高质量建设沿边开发开放平台,借力海南自贸港政策和RCEP机制。"),
    ("2026年江苏省政府工作报告", "深化落实自贸试验区提升战略,加强与海南自贸港等对接合作。"),
    ("2026年山东省政府工作报告", "深化与海南自贸港联动创新。"),
])
def test_the_free_trade_port_by_its_short_form_is_a_place(tmp_path, head, sentence):
    assert "海南自贸港" in report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_a_free_trade_port_named_by_its_kind_alone_is_no_place(tmp_path):
    found = report_names(tmp_path, "Place", "2026年湖南省政府工作报告", "", "二、2026年工作安排", "",
                         "学习借鉴自贸港建设经验。")
    assert not any(p.endswith("自贸港") for p in found)
