"""A people's congress by its level and term alone ("市十五届人大", "县十六届人大"): city, district and
county reports name the congress whose session set the year's goals so ("较好完成了县十六届人大三次会议
确定的各项目标任务"), and the annotators take it as the congress (ANNOTATION rule 4: the term's name is
the congress's alias). Where the report names its own congress by its short form (县人大), the form by
term is an alias of it. Sentences written in the genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

from kg.model import ORG
from kg.pipeline import build
from tests.conftest import review_graph


def test_a_past_sessions_congress_by_level_and_term_is_the_body(tmp_path):
    # organizations._congresses_by_term: no longer only after 在 ("在区十六届人大三次会议上")
    _, orgs, _ = review_graph(tmp_path, "较好完成了县十六届人大三次会议确定的各项目标任务。", "2024年某县人民政府工作报告")
    assert "县十六届人大" in orgs


def test_the_standing_committee_is_no_congress_by_term(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "区十六届人大常委会第五次会议审议通过了计划。", "2024年某区人民政府工作报告")
    assert "区十六届人大" not in orgs


def test_the_congress_by_term_is_an_alias_of_the_reports_own_congress(tmp_path):
    # resolve.entities._body_aliases: "县十六届人大" → 县人大 where the report names it so
    path = tmp_path / "report.txt"
    path.write_text("2024年安岳县人民政府工作报告\n\n一、2023年工作回顾\n\n"
                    "一年来,在县委的坚强领导下,在县人大、县政协的监督支持下,"
                    "较好完成了县十六届人大三次会议确定的各项目标任务。\n", encoding="utf-8")
    report = build(path).report
    congress = [e for e in report.entities.values() if e.type == ORG and "人大" in e.name]
    assert len(congress) == 1
    assert congress[0].name == "县人大"
    assert "县十六届人大" in congress[0].aliases


def test_the_congress_by_its_terms_is_one_body_where_the_report_has_no_short_form(tmp_path):
    # resolve.entities._body_aliases: with no "县人大" in the text, the session line's full name and the past
    # session's form by term are one congress (the annotators merge them), named as the session line names it
    path = tmp_path / "report.txt"
    path.write_text("2023年泰宁县政府工作报告\n\n——2023年1月5日在泰宁县第十七届人民代表大会第二次会议上\n\n"
                    "一、2022年工作回顾\n\n过去一年,在县委的坚强领导下,我们圆满完成县十七届人大一次会议确定的目标任务。\n",
                    encoding="utf-8")
    report = build(path).report
    congress = [e for e in report.entities.values() if e.type == ORG and ("人大" in e.name or "人民代表大会" in e.name)]
    assert len(congress) == 1
    assert congress[0].name == "泰宁县第十七届人民代表大会"
    assert "县十七届人大" in congress[0].aliases
