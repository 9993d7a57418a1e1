"""An intercity line named by its ends ends in its full kind: 城际轨道交通, 城际快速铁路, 城际快速干道, 快速铁路
(project_heads.txt), not at 城际轨道 or 城际 with the rest of its kind cut off; the first of routes listed
before the one that names their kind starts after the clause's opening verb. Invented names, sentences in the
genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("开工建设岚北高铁、青禾至澄江城际轨道交通。", {"青禾至澄江城际轨道交通"}, {"青禾至澄江城际轨道"}),
    ("澄江城际轨道交通二期建成通车。", {"澄江城际轨道交通二期"}, set()),
    ("青禾至澄江城际快速铁路加快建设。", {"青禾至澄江城际快速铁路"}, {"青禾至澄江城际"}),
    ("开工建设青禾至澄北城际快速干道。", {"青禾至澄北城际快速干道"}, {"青禾至澄北城际"}),
    ("澄江至青禾快速铁路建成通车。", {"澄江至青禾快速铁路"}, set()),
    # a kind alone names no line
    ("加快发展快速铁路和城际轨道交通。", set(), {"快速铁路", "城际轨道交通"}),
])
def test_an_intercity_line_ends_in_its_full_kind(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, "澄江市人民政府工作报告"), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # routes listed before one that names the kind: the first starts after the verb jieba reads as one word
    # with the clause's opening ("开工建设"), not inside it
    ("开工建设青禾岛至澄北高速公路、澄江至青禾高速公路二期。", {"青禾岛至澄北高速公路"}, {"工建设青禾岛至澄北高速公路"}),
    ("开工建设青禾经澄江至澄北城际铁路、澄江至青禾快速路。", {"青禾经澄江至澄北城际铁路"}, {"设青禾经澄江至澄北城际铁路"}),
])
def test_the_first_listed_route_starts_after_the_opening_verb(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, "澄江市人民政府工作报告"), found, not_found)
