"""Project rules (issue 9): a route named by its ends' one-character forms that jieba cuts into pieces
it reads as other words ("沪/j 苏/ 通/p 铁路") keeps them all, also where a section's name opens with
the route ("…铁路遂宁段"); common words before a route head are no such forms. Invented sentences."""
from __future__ import annotations

from tests.conftest import report_names

HEAD = "遂宁市人民政府工作报告"
PROJECT = "Project"


def test_a_section_of_a_route_named_by_its_ends_initials(tmp_path):
    found = report_names(tmp_path, PROJECT, HEAD, "二、2019年工作安排", "沪苏通铁路遂宁段完成征地拆迁，站前工程加快推进。")
    assert "沪苏通铁路遂宁段" in found
    assert "铁路遂宁段" not in found


def test_a_route_by_initials_after_a_build_verb(tmp_path):
    found = report_names(tmp_path, PROJECT, HEAD, "二、2019年工作安排", "加快成遂万高铁遂宁段建设，开工建设遂潼城际。")
    assert "成遂万高铁遂宁段" in found
    assert not {"万高铁遂宁段", "遂万高铁遂宁段"} & found


def test_common_words_before_a_route_head_are_no_initials(tmp_path):
    found = report_names(tmp_path, PROJECT, HEAD, "二、2019年工作安排", "加快普通铁路建设，新建铁路专用线，建成两条高铁。")
    assert not {"普通铁路", "新建铁路专用线", "两条高铁"} & found
