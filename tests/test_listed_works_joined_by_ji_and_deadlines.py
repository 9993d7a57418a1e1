"""An item of a list labelled works (…等项目) that joins two facilities by 及 (kg/extract/projects.py,
_split_at_he / _parts_of_two_works), in the wording of published county reports: each part ends in a
facility's own head, so they are two works ("某某商贸街及酒店", "某某中学分校及标准化中学"); a quality
and a head after 及 is a kind of facility, no name ("标准化中学"); a part after 及 closed by 工程 or
项目 names one package of works with the part before it (ANNOTATION rule 12), kept whole. And a deadline
of the report's year between listed facilities and their predicate ("确保某某大厦年内投入使用",
genre_predicate_times.txt) leaves the list read (genre_listed_facilities). Sentences in the genre's
phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # two facilities joined by 及, each with its own head
    ("青禾建材城、澄江商贸街及酒店等配套项目按期开工。", {"青禾建材城", "澄江商贸街"}, {"澄江商贸街及酒店"}),
    ("重点实施体育场馆、青禾第二中学分校及标准化中学、幼儿园等公共公益项目。",
     {"青禾第二中学分校"}, {"青禾第二中学分校及标准化中学", "标准化中学"}),
    # one package of works closed by a head the two parts share: named whole
    ("加快澄江水库及灌区工程、青禾供水管网等项目建设。", {"澄江水库及灌区工程"}, {"澄江水库"}),
    # a deadline of the report's year between the facilities and the predicate that opens them
    ("确保卫生大厦年内投入使用。", {"卫生大厦"}, set()),
    ("确保文体大厦、澄江写字楼年底前全面投入使用。", {"文体大厦", "澄江写字楼"}, set()),
    # a kind of facility stays no works with a deadline too
    ("确保标准化幼儿园年内投入使用。", set(), {"标准化幼儿园", "幼儿园"}),
])
def test_listed_works_joined_by_ji_and_deadlines(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
