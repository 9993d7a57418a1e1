"""A count of a level alone ("6个世界级", "3个万亿级", "4个国家级") counts the kind that the next count
of the list names, after 、 or 和 ("6个世界级、7个国家级、9个区域级产业集群" → 世界级产业集群, 国家级产业集群;
"3个万亿级和7个千亿级产业集群" → 万亿级产业集群): the levels and grades besides the administrative ones
are in obs_level_words.txt. Sentences read from tests/real (Liaoning 2026, Beijing 2026 review,
Xinjiang 2026 review, Hunan 2026 review)."""
from tests.conftest import real_observations

PLAN, REVIEW = "二、2026年工作安排", "一、2025年工作回顾"


def test_three_levels_each_name_the_kind(tmp_path):
    got = real_observations(tmp_path, PLAN, "liaoning-2026", "个世界级、")
    assert {("世界级产业集群", "6"), ("国家级产业集群", "7"), ("区域级产业集群", "9")} <= got
    assert not {name for name, _ in got} & {"世界级", "国家级"}


def test_grades_joined_by_and(tmp_path):
    got = real_observations(tmp_path, REVIEW, "beijing-2026-review", "个万亿级和")
    assert {("万亿级产业集群", "3"), ("千亿级产业集群", "7")} <= got
    assert "万亿级" not in {name for name, _ in got}


def test_autonomous_region_level_is_a_level(tmp_path):
    got = real_observations(tmp_path, REVIEW, "xinjiang-2026-review", "个自治区级区域医疗中心")
    assert {("国家级区域医疗中心", "4"), ("自治区级区域医疗中心", "4")} <= got
    assert "国家级" not in {name for name, _ in got}


def test_grades_of_firms(tmp_path):
    names = {name for name, _ in real_observations(tmp_path, REVIEW, "hunan-2026-review", "家千亿级、")}
    assert any(n.endswith("千亿级工业企业") for n in names), names
    assert not any(n.endswith("千亿级") for n in names)
