"""A freight train service counted by its runs is no works (kg.extract.service_runs,
project_counted_services.txt): "开行中欧班列26列" reports traffic, an indicator's figure; a service the
clause opens with no count stays a project. A name that opens with 至 is the tail of a list of routes
from one city ("新开通某市至北京、至厦门航线") and names no route (kg.resolve.not_works,
project_fragment_openers.txt). Sentences of the genre with made-up names."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works
from tests.conftest import review_projects

TITLE = "2020年青禾市政府工作报告"


@pytest.mark.parametrize("sentence", [
    "青禾国际陆港一期建成,开行中欧班列26列。",
    "澄江国际铁路港建成投用,中欧班列全年开行58列。",
    "青禾国际陆港一期建成,中欧班列开行班次达到152班。",
])
def test_a_service_counted_by_its_runs_is_no_works(tmp_path, sentence):
    assert not any(p.endswith("班列") for p in review_projects(tmp_path, sentence, TITLE))


def test_a_service_the_clause_opens_stays_a_project(tmp_path):
    found = review_projects(tmp_path, "澄江至青禾铁海联运班列开通运营,全年进出口总额增长12%。", TITLE)
    assert "澄江至青禾铁海联运班列" in found


def test_the_works_beside_a_counted_service_stays(tmp_path):
    assert "青禾国际陆港一期" in review_projects(tmp_path, "青禾国际陆港一期建成,开行中欧班列26列。", TITLE)


@pytest.mark.parametrize("name", ["至澄江航线", "至曼谷国际航线"])
def test_a_route_without_its_first_end_names_no_works(name):
    assert names_no_works(name) == "fragment"


@pytest.mark.parametrize("name", ["青禾至澄江航线", "澄江至青禾铁海联运班列", "青禾机场改扩建工程"])
def test_a_route_with_both_ends_is_left_alone(name):
    assert names_no_works(name) is None


def test_a_counted_service_the_report_names_elsewhere_stays(tmp_path):
    from tests.conftest import report_mentions
    mentions = report_mentions(tmp_path, TITLE, "一、工作回顾", "青禾国际陆港一期建成,开行中欧班列26列。",
                               "二、2020年工作安排", "与澄江铁路公司合作开行更多中欧班列。")
    # the second names it, with the 多 of 更多 it keeps: the count is one more mention of that works
    assert "中欧班列" in {m.text for m in mentions if m.type == "Project"}
