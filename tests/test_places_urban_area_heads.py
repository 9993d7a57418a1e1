"""Fragments read as places (issue 9, false places of the design pools): a city's urban-area word (新城, 老城,
旧城…: text_urban_areas.txt) names the report's own new or old town only where it stands alone; glued after a
proper name or noun it is the head of a longer name, no place of its own (kg.extract.places `lexicon_places`).
A works' name never runs back over a designation verb (place_designation_verbs.txt: "某某旅游度假区创成国家级旅游
度假区"): the area before the verb is the place, the kind after it a designation (ANNOTATION rule 11;
kg.extract.projects). Sentences of the genre with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, names_by_type, review_mentions, review_names


@pytest.mark.parametrize("sentence, bare", [
    ("青禾县城市建设步伐加快,澄湾新城、岚峤新城、梧汀新城路网框架基本形成。", "新城"),
    ("推进海澄新区、多棠新城、城南新区功能完善。", "新城"),
    ("推进航空智慧新城建设。", "新城"),
    ("建成岚溪老城片区提升工程。", "老城"),
    ("沙头街、东澜街、桥北街旧城更新加快推进。", "旧城"),
])
def test_an_urban_area_word_closing_a_longer_name_is_no_place_alone(tmp_path, sentence, bare):
    places = review_names(tmp_path, "Place", sentence, "2021年青禾县政府工作报告")
    assert bare not in places


@pytest.mark.parametrize("sentence, bare", [
    ("统筹推进新区开发和老城改造,城市框架进一步拉开。", "老城"),
    ("推进老城区路网改造,打通断头路12条。", "老城区"),
    ("实现主城区集中供暖全覆盖。", "主城区"),
    ("新城路网框架基本形成,老城品质持续提升。", "新城"),
])
def test_an_urban_area_word_standing_alone_is_still_a_place(tmp_path, sentence, bare):
    places = review_names(tmp_path, "Place", sentence, "2021年青禾县政府工作报告")
    assert bare in places


def test_a_city_and_its_urban_area_stay_one_place(tmp_path):
    places = review_names(tmp_path, "Place", "推进龙川新城建设,完善城市功能。", "2021年河源市政府工作报告")
    assert_found(places, ["龙川新城"], [])


@pytest.mark.parametrize("sentence, area, whole", [
    ("澄山温泉旅游度假区创成国家级旅游度假区,接待游客增长12%。", "澄山温泉旅游度假区",
     "澄山温泉旅游度假区创成国家级旅游度假区"),
    ("岚湖旅游度假区创成省级旅游度假区。", "岚湖旅游度假区", "岚湖旅游度假区创成省级旅游度假区"),
])
def test_a_designation_obtained_ends_the_area_before_its_verb(tmp_path, sentence, area, whole):
    # kg.extract.projects: a works' name never runs back over a designation verb (place_designation_verbs.txt);
    # the kind after it is the designation (ANNOTATION rule 11), the area before it a place
    found = names_by_type(review_mentions(tmp_path, sentence, "2021年青禾县政府工作报告"))
    assert area in found.get("Place", set())
    assert whole not in found.get("Place", set()) | found.get("Project", set())
