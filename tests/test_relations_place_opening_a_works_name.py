"""A place opening a clause locates the works the clause lists (kg/resolve/relations.py,
`_clause_relations`), unless the words between it and the first works are a part of that works'
name: then the place opens that one name, and the works listed after it, which have names of their
own, are not in it (`_opens_first_name`). Sentences written in the reports' phrasing."""
from __future__ import annotations

import pytest

from tests.test_relations import links


def test_a_place_opening_the_first_works_name_is_not_the_place_of_the_others(tmp_path):
    got = links(tmp_path, "清溪河城区段防洪及生态治理工程、白沙河大桥、东山一号大桥全面完工。", area="某某市",
                places=["清溪河"], projects=["生态治理工程", "白沙河大桥", "东山一号大桥"])
    assert ("locatedIn", "生态治理工程", "清溪河") in got
    assert ("locatedIn", "白沙河大桥", "清溪河") not in got
    assert ("locatedIn", "东山一号大桥", "清溪河") not in got


def test_a_place_subject_of_its_clause_still_locates_every_works_it_lists(tmp_path):
    # a verb between the place and the works: the place is the clause's subject
    got = links(tmp_path, "清溪镇将加快建设白沙河大桥、东山一号大桥。", area="某某市",
                places=["清溪镇"], projects=["白沙河大桥", "东山一号大桥"])
    assert {("locatedIn", "白沙河大桥", "清溪镇"), ("locatedIn", "东山一号大桥", "清溪镇")} <= got
    # a list right after the place (an area opening it) is unchanged too
    got = links(tmp_path, "清溪景区游客中心、白沙河栈道投用。", area="某某市",
                places=["清溪景区"], projects=["游客中心", "白沙河栈道"])
    assert {("locatedIn", "游客中心", "清溪景区"), ("locatedIn", "白沙河栈道", "清溪景区")} <= got


@pytest.mark.parametrize("sentence", [
    "清溪镇争取到白沙河大桥、东山一号大桥。",
    "清溪镇成功招引白沙河大桥、东山一号大桥。",
    "清溪镇辖区内白沙河大桥、东山一号大桥建成通车。",
    "清溪镇今年白沙河大桥、东山一号大桥均已完工。",
    "清溪镇谋划储备白沙河大桥、东山一号大桥。",
    # session 23 (mw23, review of my23): a figure is name material only as a name token's part (10.5代,
    # 5#, 1号), not as an amount with its unit, a year or a date
    "清溪镇投资3亿元的白沙河大桥、东山一号大桥建成通车。",
    "清溪镇2024年白沙河大桥、东山一号大桥均已完工。",
    "清溪镇3月1日白沙河大桥、东山一号大桥开工建设。",
])
def test_words_that_are_no_part_of_a_name_leave_the_place_the_subject(tmp_path, sentence):
    # session 23 (my23): only a figure, a Latin letter, a name's mark or a joining 及 glue the words
    # between to the first works' name; any other words (a verb, a time, 辖区内) leave the place the
    # clause's subject, which locates every works listed, whatever the verb
    got = links(tmp_path, sentence, area="某某市", places=["清溪镇"], projects=["白沙河大桥", "东山一号大桥"])
    assert {("locatedIn", "白沙河大桥", "清溪镇"), ("locatedIn", "东山一号大桥", "清溪镇")} <= got


def test_a_figure_in_the_first_works_name_glues_the_place_to_it(tmp_path):
    got = links(tmp_path, "清溪8#标准厂房、白沙河大桥全面完工。", area="某某市",
                places=["清溪"], projects=["标准厂房", "白沙河大桥"])
    assert ("locatedIn", "白沙河大桥", "清溪") not in got


@pytest.mark.parametrize("sentence", [
    "清溪1号标准厂房、白沙河大桥全面完工。",
    "清溪10.5代标准厂房、白沙河大桥全面完工。",
])
def test_a_number_or_a_model_in_the_first_works_name_glues_the_place_to_it(tmp_path, sentence):
    got = links(tmp_path, sentence, area="某某市", places=["清溪"], projects=["标准厂房", "白沙河大桥"])
    assert ("locatedIn", "白沙河大桥", "清溪") not in got
