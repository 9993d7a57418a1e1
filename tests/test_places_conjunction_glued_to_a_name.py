"""A conjunction the tagger glues to the name after it, reading the two as a person's name (和 is a
surname: "工程|和桂田/nr|水库", "廊道|和宝河/nr"), is no part of the place: the reservoir or river is
named from the character after it, and is found as it is where no conjunction stands before it.
Sentences in the genre with invented names (session 50, pl50)."""
from __future__ import annotations

import pytest

from kg.text.segment import tokens
from tests.conftest import assert_found, report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "青禾市2019年政府工作报告", "一、2018年工作回顾", *sentences)


@pytest.mark.parametrize("sentence, found, not_found", [
    ("建设青禾市第二水厂扩建工程和桂田水库引水工程。", {"桂田水库"}, {"和桂田水库", "和桂田"}),
    ("完成玉隆水库和玉隆水库水源地保护工程。", {"玉隆水库"}, {"和玉隆水库", "和玉隆水库水源地"}),
    ("建设澄溪生态廊道和宝河生态治理二期工程。", {"宝河"}, {"和宝河"}),
])
def test_the_glued_conjunction_is_no_part_of_the_place(tmp_path, sentence, found, not_found):
    glued = [t for t in tokens(sentence) if t.word.startswith("和") and t.pos == "nr"]
    assert glued, "the tagger no longer glues the conjunction: the test says nothing"
    assert_found(_places(tmp_path, sentence), found, not_found)
