"""A residential compound that is an item of a list of compounds of one head runs from the mark that
opens the item to its head, where jieba cuts its name into pieces the walk stops at ("金地花园小区、
东升家园小区的回迁安置问题得到有效解决", hailar-2018: 金/地/花园); kinds of compounds stay no name
(kg.extract.places.extract_compound_places)."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_a_listed_compound_keeps_its_whole_name(tmp_path):
    sentence = "经过攻坚，金地花园小区、东升家园小区的回迁安置问题得到有效解决。"
    assert_found(review_names(tmp_path, "Place", sentence), {"金地花园小区", "东升家园小区"}, {"花园小区"})


def test_kinds_of_compounds_listed_are_no_names(tmp_path):
    sentence = "打造完整社区、现代社区，改造老旧小区、安置小区。"
    assert_found(review_names(tmp_path, "Place", sentence), set(), {"打造完整社区", "现代社区", "老旧小区", "安置小区"})
