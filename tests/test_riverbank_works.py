"""The landscape works a clause builds on the banks of one named water ("伊敏河沿岸景观提升",
"某河两岸景观改造") is one works named by the water, its banks and the action, and it lies in that
water (ANNOTATION rules 7 and 8; kg.extract.genre extract_place_works, with 沿岸/两岸 in
genre_place_works_objects.txt and 景观提升/景观改造 in genre_place_works_actions.tsv). Not where no
verb builds it, nor on the banks of no named water."""
from __future__ import annotations

from tests.conftest import review_located, review_projects

HAILAR = "海拉尔区2018年政府工作报告"
TITLE = "2023年某市人民政府工作报告"


def test_hailar_riverbank_landscape_works_is_a_works_in_its_river(tmp_path):
    sentence = "全力推进海拉尔河生态修复、伊敏河沿岸景观提升，实施滨河路、建华路、棚改配套道路绿化工程。"  # hailar-2018
    assert {"海拉尔河生态修复", "伊敏河沿岸景观提升"} <= review_projects(tmp_path, sentence, HAILAR)
    assert ("伊敏河沿岸景观提升", "伊敏河") in review_located(tmp_path, sentence, HAILAR)


def test_both_banks_renovated_in_the_genre_s_phrasing(tmp_path):
    sentence = "启动青龙河两岸景观改造，完善城市功能。"
    assert ("青龙河两岸景观改造", "青龙河") in review_located(tmp_path, sentence, TITLE)


def test_no_works_without_a_verb_that_builds_it(tmp_path):
    projects = review_projects(tmp_path, "伊敏河沿岸景观提升成效明显，群众满意度不断提高。", HAILAR)
    assert not any("景观提升" in p for p in projects), projects


def test_no_works_on_the_banks_of_no_named_water(tmp_path):
    projects = review_projects(tmp_path, "推进河道两岸景观提升，改善人居环境。", TITLE)
    assert not any("两岸景观提升" in p for p in projects), projects
