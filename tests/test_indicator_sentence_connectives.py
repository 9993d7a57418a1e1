"""Connectives and adverbs of frequency that open a sentence of the State Council's older wording (为此,
今后, 加上, 每年, 可使…) are no part of an indicator's name (sentences of its reports 2004-2013)."""
from tests.conftest import report_mentions


def indicators(tmp_path, part, *lines):
    found = report_mentions(tmp_path, "2009年政府工作报告", part, *lines)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_connectives_opening_a_sentence_are_no_part_of_the_name(tmp_path):
    found = indicators(tmp_path, "2008年工作回顾", "加上取消和停征行政事业性收费100项，可减轻企业和居民负担。",
                       "每年减轻农民负担1335亿元。", "每年资助金额1000亿元。")
    assert {"取消和停征行政事业性收费", "减轻农民负担", "资助金额"} <= found
    assert not any(name.startswith(("加上", "每年")) for name in found)


def test_in_a_plan(tmp_path):
    found = indicators(tmp_path, "2009年工作安排", "为此中央财政支出95亿元。", "今后国家财政新增义务教育经费2182亿元。",
                       "每年可使农民减轻负担48亿元。")
    assert {"中央财政支出", "国家财政新增义务教育经费", "农民减轻负担"} <= found
