"""The grammar of zone names (ANNOTATION rules 3, 8 and 11; issue 9): a part named after a national
zone whose official name brackets its place ("中国(某省)自由贸易试验区某某片区", kg.extract.genre
`genre_bracketed_zone_parts`) and a function between the bracket and the kind; a zone named by a place
found, a few words of its function and a kind of place_zone_kinds.txt (kg.extract.places
`zones_of_named_places`), a place or, where its clause builds or develops it, works; a zone cut from the
city that opens its name (`zones_cut_from_their_names`); a quarter's kind after an X化 adjective; a
regional plan's region (kg.resolve.not_works). General grammar examples written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, entity_names, review_mentions, names_by_type


def _places_and_projects(tmp_path, sentence, title):
    found = names_by_type(review_mentions(tmp_path, sentence, title))
    return found.get("Place", set()), found.get("Project", set())


def test_the_part_of_a_pilot_free_trade_zone_is_named_whole(tmp_path):
    places, projects = _places_and_projects(tmp_path, "中国(江苏)自由贸易试验区苏州片区正式揭牌,新设企业1200家。",
                                            "2020年苏州市政府工作报告")
    assert_found(places, ["中国(江苏)自由贸易试验区苏州片区", "江苏"], ["中国(江苏)自由贸易试验区"])
    assert "中国(江苏)自由贸易试验区苏州片区" not in projects  # opened (揭牌): a place, not works


def test_the_part_of_a_zone_built_is_works_too(tmp_path):
    places, projects = _places_and_projects(tmp_path, "深化中国(福建)自由贸易试验区厦门片区建设。", "2020年厦门市政府工作报告")
    assert "中国(福建)自由贸易试验区厦门片区" in places and "中国(福建)自由贸易试验区厦门片区" in projects


def test_a_function_between_the_bracket_and_the_kind(tmp_path):
    _, projects = _places_and_projects(tmp_path, "加快建设中国(宁波)跨境电子商务综合试验区。", "2020年宁波市政府工作报告")
    assert "中国(宁波)跨境电子商务综合试验区" in projects


@pytest.mark.parametrize("sentence, title, place", [
    ("千岛湖旅游区接待游客增长10%。", "2020年杭州市政府工作报告", "千岛湖旅游区"),
    ("太湖自然保护区新增湿地500亩。", "2020年苏州市政府工作报告", "太湖自然保护区"),
])
def test_a_zone_named_after_a_place_is_a_place(tmp_path, sentence, title, place):
    places, projects = _places_and_projects(tmp_path, sentence, title)
    assert place in places and place not in projects


@pytest.mark.parametrize("sentence, title, works", [
    ("建设南京综合保税区,推进港口建设。", "2020年江苏省政府工作报告", ["南京综合保税区"]),
    ("加快太湖旅游度假区、天目湖旅游度假区提质升级。", "2020年江苏省政府工作报告", ["太湖旅游度假区", "天目湖旅游度假区"]),
])
def test_a_zone_its_clause_builds_or_develops_is_works(tmp_path, sentence, title, works):
    _, projects = _places_and_projects(tmp_path, sentence, title)
    assert set(works) <= projects


def test_a_kind_shared_by_listed_places_names_no_zone(tmp_path):
    places, projects = _places_and_projects(tmp_path, "滦县、迁安现代农业园区建设加快。", "2020年唐山市政府工作报告")
    assert not any(n.endswith("园区") for n in places | projects)


def test_a_kind_after_a_word_of_a_list_names_no_zone(tmp_path):
    places, projects = _places_and_projects(tmp_path, "推进东湖、西湖等旅游区建设。", "2020年某市政府工作报告")
    assert not any(n.endswith("旅游区") for n in places | projects)


def test_a_zone_is_not_cut_from_the_city_opening_its_name(tmp_path):
    places, _ = _places_and_projects(tmp_path, "苏州吴中综合保税区封关运行。", "2020年江苏省政府工作报告")
    assert_found(places, ["苏州吴中综合保税区", "苏州"], ["吴中综合保税区"])


def test_a_quarter_a_goal_describes_is_no_place(tmp_path):
    places, _ = _places_and_projects(tmp_path, "为建设现代化国际化新城区而努力奋斗。", "2020年某区政府工作报告")
    assert "新城区" not in places


def test_a_regional_plans_region_is_a_place_not_works(tmp_path):
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text("2020年某市政府工作报告\n\n一、工作回顾\n\n深度融入北部湾经济区建设。\n", encoding="utf-8")
    report = build(path).report
    assert "北部湾经济区" in entity_names(report, "Place")
    assert "北部湾经济区" not in entity_names(report, "Project")


def test_a_zones_part_after_its_kind_is_named_whole(tmp_path):
    _, projects = _places_and_projects(tmp_path, "推进杭州中央商务区钱江片区建设。", "2020年杭州市政府工作报告")
    assert "杭州中央商务区钱江片区" in projects and "杭州中央商务区" not in projects
