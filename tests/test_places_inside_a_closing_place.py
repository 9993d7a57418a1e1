"""A place that ends a works' name after other words of it ("土右旗美岱召景区": the scenic area
美岱召景区) is no place the works is in, and it does not hide the places inside it either: the works
is linked to the site its name holds (kg.resolve.relations, ANNOTATION rule 8). A sentence of the
2016 report of 包头市."""
from __future__ import annotations

from tests.conftest import review_located


def test_the_site_inside_a_scenic_area_ending_the_name_is_linked(tmp_path):
    links = review_located(tmp_path, "加快土右旗美岱召景区、固阳秦长城遗址公园建设,推进达茂旗希拉穆仁草原旅游区提档升级。",
                           "2016年包头市政府工作报告")
    assert ("土右旗美岱召景区", "美岱召") in links
    assert ("土右旗美岱召景区", "美岱召景区") not in links
