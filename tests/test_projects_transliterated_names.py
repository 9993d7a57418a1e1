"""Project names that open with 那 or run through it (transliterated names of the western regions):
jieba reads 那 as the demonstrative there and the walk for the works' name stopped after it
(session 25: seen in a Qinghai and a Xinjiang excerpt of the tuned pool). Sentences written in the
genre's phrasing; the names are made up."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # 那 opens the name after a mark
    ("续建甲乙水库;那棱达坂水库开工建设。", {"那棱达坂水库"}, {"棱达坂水库"}),
    ("今年,开工建设那棱达坂水库,加快甲乙公路建设。", {"那棱达坂水库"}, {"棱达坂水库"}),
    # 那 inside the name, a noun syllable before it after a verb
    ("加快实施库木那力克金矿二期和甲乙水库建设。", {"库木那力克金矿二期", "甲乙水库"}, {"那力克金矿二期", "力克金矿二期"}),
])
def test_na_in_a_transliterated_name(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_demonstrative_na_opens_no_name(tmp_path):
    # "那一年": the demonstrative before a count is no part of the works named later
    got = projects(tmp_path, "那一年,我们开工建设了甲乙水库。")
    assert "甲乙水库" in got and not any(name.startswith("那") for name in got), got
