"""A size class opening a kind names every facility of that size, no one works
(kg.resolve.not_works, project_not_works_class_openers.txt: 大型, 重特大): heilongjiang-2026's
"大型智算中心", national-2012's "大型运动会场馆", shanxi-2026's "大型农贸批发市场",
sichuan-2026-outline's "重特大道路". One named by its place or owner first stays a works."""
from __future__ import annotations

import pytest

from kg.resolve.not_works import names_no_works
from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("name", ["大型智算中心", "大型运动会场馆", "大型农贸批发市场", "重特大道路"])
def test_a_size_class_is_no_works(name):
    assert names_no_works(name) == "class"


@pytest.mark.parametrize("name", ["龙腾果蔬粮油农贸批发市场", "哈尔滨大型智算中心"])
def test_a_named_one_stays(name):
    assert names_no_works(name) is None


def test_in_a_report(tmp_path):
    projects = review_graph(tmp_path, "加快建设大型农贸批发市场，推进龙腾果蔬批发市场改造工程。", "2018年海拉尔区政府工作报告")[0]
    assert_found(projects, {"龙腾果蔬批发市场改造工程"}, {"大型农贸批发市场"})


@pytest.mark.parametrize("name", [
    "4个国家骨干冷链物流基地",  # neimenggu-2026
    "个老旧街区(厂区)改造",  # sichuan-2026-outline: the number cut off before 个
    "五所普通中小学新建扩建",  # hl17
])
def test_a_count_opening_a_name_is_a_set(name):
    assert names_no_works(name) == "class"


@pytest.mark.parametrize("name", ["六个现代化灌区覆盖工程", "三个一号旅游公路", "117项目", "条帚门航道", "台州温玉铁路"])
def test_gold_names_opening_with_a_numeral_or_a_measure_character_stay(name):
    assert names_no_works(name) is None
