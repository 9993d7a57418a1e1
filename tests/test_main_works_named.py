"""A works' main structure (主体工程) after a named works is works of its own, not a stage of the works
named before it (session 60, helper pjw; project_works_stages.txt keeps only 前期): sentences of
tests/real/hunan-2026-review.txt, shandong-2026.txt and anhui-2026.txt, whose gold names "长赣高铁主体工程",
"长沙机场改扩建主体工程", "双堠水库主体工程", "紧凑型聚变能实验装置园区主体工程"."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_railways_and_an_airports_main_works(tmp_path):
    got = review_projects(tmp_path, "交通领域，长赣高铁主体工程、宜常高铁及虞公港二期开工建设。长沙机场改扩建主体工程全面完工、第三跑道顺利校飞。",
                          "2026年湖南省人民政府工作报告")
    assert_found(got, {"长赣高铁主体工程", "长沙机场改扩建主体工程", "宜常高铁"}, {"长赣高铁", "长沙机场改扩建"})


def test_a_reservoirs_main_works(tmp_path):
    got = review_projects(tmp_path, "完成双堠水库主体工程，实现官路水库蓄水。", "2026年山东省人民政府工作报告")
    assert_found(got, {"双堠水库主体工程", "官路水库"}, {"双堠水库"})
