"""A basin's works whose own name opens with the landscape slogan 山水(林田湖草沙) keep the basin in their
name (kg.extract.projects _past_area_before_named_works): jieba tags 山水 a place (ns), but it is a word
of not_names.txt, no proper name of a works of its own after the area's head 流域. Sentences of the 2026
plans of 海南 and 青海 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line,found,not_found", [
    ("推进南渡江防洪治理等工程前期工作，谋划南渡江流域山水林田湖草沙一体化保护和修复工程。",
     {"南渡江流域山水林田湖草沙一体化保护和修复工程"}, {"山水林田湖草沙一体化保护和修复工程"}),
    ("打好“三北”工程攻坚战，争取实施青海湖、澜沧江流域山水工程，完成国土绿化450万亩。",
     {"青海湖、澜沧江流域山水工程"}, set()),
])
def test_basin_before_the_landscape_slogan_stays_in_the_works_name(tmp_path, line, found, not_found):
    assert_found(plan_entities(tmp_path, "Project", line), found, not_found)
