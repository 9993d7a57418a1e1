"""A works right before 在 and a list of places, closed by 等 and a kind of place or not, then a build or
stage verb ("“某某工程”在甲市、乙市等市全面实施") is in each place of the list (kg.extract.attributes
_put_in_listed_places, location.txt `list_close`); not where the list is no site of its building ("推广
“某某工程”在甲市、乙市等市的经验"). A place that opens a works' name is where the works is, no short
form of it, even where the report builds the place as a whole. Sentences written in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import review_located

TITLE = "2023年湖南省人民政府工作报告"


def test_a_works_carried_out_in_listed_cities_is_in_each(tmp_path):
    links = review_located(tmp_path, "“天网工程”在株洲、湘潭、衡阳等市全面实施，城乡供水一体化工程在岳阳、常德顺利完工。", TITLE)
    assert {("天网工程", "株洲市"), ("天网工程", "湘潭市"), ("天网工程", "衡阳市"),
            ("城乡供水一体化工程", "岳阳市"), ("城乡供水一体化工程", "常德市")} <= links, links


def test_a_list_with_no_stage_verb_places_nothing(tmp_path):
    assert review_located(tmp_path, "推广“天网工程”在株洲、湘潭等市的经验。", TITLE) == set()


def test_a_quoted_works_put_in_one_place(tmp_path):
    # the quote closing the works' name is read past before 在 (kg.extract.attributes _between)
    assert ("天网工程", "株洲市") in review_located(tmp_path, "“天网工程”在株洲开工建设。", TITLE)


def test_a_new_area_built_is_no_short_form_of_its_bonded_zone(tmp_path):
    # 哈尔滨新区, built as a whole in one sentence, opens 哈尔滨新区综合保税区's name: the place it is in, not
    # its short form, so the zone is linked to it (kg.resolve.entities _place_opening)
    links = review_located(tmp_path, "哈尔滨新区综合保税区封关运行。推进哈尔滨新区、绥化经济技术开发区建设。",
                           "2023年黑龙江省人民政府工作报告")
    assert ("哈尔滨新区综合保税区", "哈尔滨新区") in links, links
