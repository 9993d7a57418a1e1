"""A city or province named right before a district of its own, where jieba keeps the two as one
word ("上海浦东新区": the word 上海浦东; national-2006, 2007, 2011, 2012), is still named there: 上海
is a place (ANNOTATION rule 8), as 天津 of 天津滨海新区 already was; a county's short form never
starts such a word, and a word that is no district of the city names no city."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

PLAN = ("", "二、2011年工作任务", "")


def test_shanghai_before_pudong(tmp_path):
    got = report_names(tmp_path, "Place", "政府工作报告", *PLAN,
                       "更好发挥深圳等经济特区、上海浦东新区、天津滨海新区在改革开放中先行先试的重要作用。")
    assert_found(got, {"上海", "天津", "深圳"}, set())


def test_the_district_alone_names_no_city(tmp_path):
    got = report_names(tmp_path, "Place", "政府工作报告", *PLAN,
                       "继续发挥经济特区和浦东新区的作用。")
    assert_found(got, {"浦东新区"}, {"上海"})
