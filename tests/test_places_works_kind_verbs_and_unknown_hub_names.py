"""A place inside a works' name (ANNOTATION rule 8) that jieba hides: a town's short form before a works'
kind that jieba reads as a verb right before the works' phase ("武都引水二期": 引水/v), and a site's name
jieba's model made of characters its dictionary does not join, before an airport's head ("4F级盛乐国际机场":
盛乐/n, no dictionary word)."""
from __future__ import annotations

from tests.test_province_town_short_forms_in_works import _places  # the places of a one-line province report


def test_a_towns_short_form_before_a_verb_and_the_works_phase(tmp_path):
    # sichuan-2026-review: 武都 of 武都镇 opens the water works' name, 引水 its kind, 二期 its phase
    assert "武都" in _places(tmp_path, "四川省", "“六横六纵”现代水网体系更趋完善，毗河供水一期、武都引水二期等建成通水。")


def test_a_verb_after_the_short_form_and_no_phase_is_no_works_name(tmp_path):
    # qinghai-2026-review: 香加 of 香加乡 before a figure and 主变扩建 (扩建/v) with no phase after it
    assert "香加" not in _places(tmp_path, "青海省", "青藏直流二期扩建、香加750千伏主变扩建相继投运。")


def test_an_unknown_word_before_an_airports_head_names_its_site(tmp_path):
    # neimenggu-2026-review: 盛乐 after a measure (4F级) is a word jieba's dictionary does not know
    assert "盛乐" in _places(tmp_path, "内蒙古自治区", "开通航线483条，全区首座4F级盛乐国际机场通过行业验收。")


def test_a_dictionary_word_before_an_airports_head_is_no_site(tmp_path):
    # guizhou-2026-review "全省支线机场", gansu-2026 "新建通航机场5个": a kind of airport, no place
    names = _places(tmp_path, "贵州省", "民航集团统一运营管理全省支线机场，新建通航机场5个。")
    assert not names & {"支线", "通航", "支线机场", "通航机场"}
