"""A hospital's emergency and ward buildings (门急诊楼, 内科楼, 传染病区) and a library's or museum's new site
named by its area (某某馆区) are works of the institution named before them, named whole
(project_institution_buildings.txt; ANNOTATION rules 2 and 8). Invented names, sentences in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects

TITLE = "澄江市人民政府工作报告"


@pytest.mark.parametrize("sentence,found,not_found", [
    ("建成澄江市儿童医院门急诊楼。", {"澄江市儿童医院门急诊楼"}, {"澄江市儿童医院"}),
    ("推进澄江医学院附属第二医院内科楼建设。", {"澄江医学院附属第二医院内科楼"}, {"澄江医学院附属第二医院"}),
    ("开工建设青禾省博物馆澄北馆区、青禾图书馆澄北馆区。", {"青禾省博物馆澄北馆区", "青禾图书馆澄北馆区"},
     {"青禾省博物馆澄北馆", "青禾图书馆澄北馆"}),
    ("开工建设澄江医院传染病区。", {"澄江医院传染病区"}, {"澄江医院"}),
    # no institution before the ward: a count of a kind; a word that runs on (病区域) is no ward
    ("每个县建成1个以上传染病区。", set(), {"传染病区"}),
])
def test_an_institutions_ward_or_new_site_is_its_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_a_word_running_on_past_the_ward_names_no_ward(tmp_path):
    got = review_projects(tmp_path, "推进青禾医院心血管病区域医疗中心建设。", TITLE)
    assert not any(p.endswith("病区") for p in got), got
