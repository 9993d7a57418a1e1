"""A street alone before 等 and a kind of urban area ("集中打造机场路等主要街道"), and a street that closes
a list of its own inside a longer list of areas ("机场路等主要街道、成吉思汗广场、伊敏河等重点区域的亮化":
hailar-2018), is a place, and so are the squares and rivers listed beside it (ANNOTATION Place: named
sub-regions and areas; kg.extract.streets.extract_listed_streets)."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_a_street_closing_a_list_inside_a_list_of_areas(tmp_path):
    sentence = "集中打造机场路等主要街道、成吉思汗广场、伊敏河等重点区域的亮化，全年新增亮化楼宇82栋。"
    assert_found(review_names(tmp_path, "Place", sentence, "海拉尔区政府工作报告"),
                 {"机场路", "成吉思汗广场", "伊敏河"}, {"主要街道", "重点区域"})


def test_one_street_before_its_kind(tmp_path):
    sentence = "集中打造望城路等主要街道的亮化。"
    assert_found(review_names(tmp_path, "Place", sentence), {"望城路"}, {"打造望城路"})


def test_no_street_no_place(tmp_path):
    sentence = "集中整治市场周边等重点区域的环境。"
    assert_found(review_names(tmp_path, "Place", sentence), set(), {"市场周边"})


def test_an_areas_proper_name_in_a_list_of_areas_with_no_street(tmp_path):
    sentence = "修复建筑立面，对陵园五岔路口、三角地等重点区域实施环境综合整治。"
    assert_found(review_names(tmp_path, "Place", sentence, "海拉尔区政府工作报告"), {"三角地"}, {"重点区域"})


def test_common_words_in_a_list_of_areas_are_no_places(tmp_path):
    sentence = "整治市场周边、背街巷道等区域的环境卫生。"
    assert_found(review_names(tmp_path, "Place", sentence), set(), {"市场周边", "背街巷道"})
