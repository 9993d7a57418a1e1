"""A common phrase of the genre before a place's head is no place (place_common_phrase_stem_words.txt):
"债务高风险地区", "学龄人口净流入地区", "省际交界地区", "艰苦边远地区", "新一轮村“两委”换届", "各级样板村",
"全国首笔河湖碳汇交易", "高标准流域防洪体系"; the places named beside them stay. Sentences of the design
texts (tests/real: neimenggu-2026, liaoning-2026, jiangsu-2026-review, zhejiang-2026, national-2014,
beijing-2026, ningxia-2026, fujian-2026-review)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


_REVIEW = ("", "一、工作回顾", "")


def test_risk_flow_border_and_remote_areas_are_no_places(tmp_path):
    got = report_names(tmp_path, "Place", "内蒙古自治区政府工作报告", *_REVIEW,
                  "提级审批债务高风险地区政府投资项目。扩大学龄人口净流入地区教育资源供给。"
                  "苏皖鲁豫省际交界地区深化协同发展。完善艰苦边远地区津贴增长机制。")
    assert_found(got, set(), {"高风险", "高风险地区", "净流入", "净流入地区", "省际交界", "省际交界地区",
                              "艰苦边远", "艰苦边远地区"})


def test_rounds_models_firsts_and_standards_are_no_places(tmp_path):
    got = report_names(tmp_path, "Place", "北京市政府工作报告", *_REVIEW,
                  "完成新一轮村“两委”换届。打造各级样板村300个。完成全国首笔河湖碳汇交易。"
                  "加快构建高标准流域防洪体系,推进潮白河综合治理。")
    assert_found(got, {"潮白河"}, {"新一轮村", "样板村", "首笔河", "高标准流域"})


def test_listed_villages_and_named_areas_of_a_common_phrase_are_no_places(tmp_path):
    # sichuan-2026-review (a list of villages counted), hubei-2026 (a historic site's head)
    got = report_names(tmp_path, "Place", "四川省政府工作报告", *_REVIEW,
                       "推进21个先行片区、200个样板村、2000个补短村建设。实施新一轮荆楚大遗址传承发展工程。")
    assert_found(got, set(), {"个样板村", "样板村", "新一轮荆楚大遗址"})
