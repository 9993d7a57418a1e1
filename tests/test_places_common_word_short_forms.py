"""A county's short form that is also a common word (place_common_word_short_forms.txt: 合作 of 合作市,
振兴 of 振兴区, 南部 of 南部县, 新建 of 新建区) is a place only where its context names a place: after
a word of going or being somewhere, after its city, in a list of places. Elsewhere, in a report of
the same province, it is the word (sentences written for the test in the genre's phrasing)."""
from __future__ import annotations

import pytest

from kg.model import PLACE
from tests.conftest import assert_found, review_names


def places(tmp_path, title: str, sentence: str) -> set[str]:
    return review_names(tmp_path, PLACE, sentence, title)


@pytest.mark.parametrize("title, sentence, words", [
    ("2019年甘肃省政府工作报告", "深化对外合作，加强区域合作，推进合作共赢。", {"合作"}),
    ("2019年辽宁省政府工作报告", "全力以赴谋发展、促振兴，推动全面振兴、全方位振兴。", {"振兴"}),
    ("2019年四川省政府工作报告", "推动南部山区和川东北发展。", {"南部"}),
    ("2019年西藏自治区政府工作报告", "比如，我们加强了生态保护。", {"比如"}),
    ("2019年江西省政府工作报告", "新建学校120所，新建农村公路3000公里。", {"新建"}),
    ("2019年湖南省政府工作报告", "省政府会同有关部门打通物流通道，中方企业积极参与。", {"会同", "通道", "中方"}),
    ("2019年广西壮族自治区政府工作报告", "整合资源，港口吞吐量增长10%。", {"资源", "港口"}),
])
def test_the_common_word_is_no_place(tmp_path, title, sentence, words):
    assert not words & places(tmp_path, title, sentence)


@pytest.mark.parametrize("title, sentence, named", [
    ("2019年辽宁省政府工作报告", "组织企业到振兴考察，推进振兴、元宝、振安三区协同发展。", {"振兴", "元宝", "振安"}),
    ("2019年辽宁省政府工作报告", "丹东振兴建设边境口岸。", {"丹东", "振兴"}),
    ("2019年甘肃省政府工作报告", "与合作签订对口帮扶协议，临夏、合作两地联动。", {"合作", "临夏"}),
    ("2019年江西省政府工作报告", "在新建建设物流园，新建区完成投资10亿元。", {"新建", "新建区"}),
])
def test_the_county_named_in_a_place_context_is_still_a_place(tmp_path, title, sentence, named):
    assert named <= places(tmp_path, title, sentence)


def test_the_reports_own_county_keeps_its_full_name_and_the_word_stays_a_word(tmp_path):
    # the report of 合作市 itself: 合作市 is its area; "推动区域合作" is still cooperation
    got = places(tmp_path, "2019年合作市政府工作报告", "合作市地区生产总值增长8%，推动区域合作。")
    assert_found(got, {"合作市"}, {"合作"})


def test_a_towns_full_name_read_across_a_word_is_the_common_word(tmp_path):
    # 克山县 has a township 发展乡: "发展乡村旅游" is 发展 (develop) + 乡村 (the countryside)
    got = places(tmp_path, "2019年克山县政府工作报告", "推动经济发展，发展乡村旅游。")
    assert_found(got, set(), {"发展乡"})


def test_a_towns_full_name_that_ends_a_word_is_the_town(tmp_path):
    got = places(tmp_path, "2019年克山县政府工作报告", "发展乡建设乡村公路10公里，在发展乡、河南乡实施项目。")
    assert_found(got, {"发展乡", "河南乡"}, set())
