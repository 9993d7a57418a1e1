"""Metro and rail transit lines (session 60, helper pjw): a line extended in one direction written with
延伸 ("2号线西延伸", "13号线东延伸", "嘉闵线北延伸": project_heads.txt, as 东延 is), and the lines listed by
their names before 等轨道交通线 or 等地铁 (project_list_kinds.txt: "崇明线、南枫线…等轨道交通线", "B1、Z2等
地铁建设"). Sentences of tests/real/shanghai-2026.txt, shanghai-2026-review.txt and tianjin-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_line_extended_in_one_direction(tmp_path):
    got = review_projects(tmp_path, "建成2号线西延伸、18号线二期等轨道交通线。", "2026年上海市人民政府工作报告")
    assert_found(got, {"2号线西延伸", "18号线二期"}, {"2号线"})


def test_lines_listed_before_their_kind(tmp_path):
    got = review_projects(tmp_path, "开工建设嘉闵线北延伸轨道交通线，加快建设崇明线、上海示范区线、南枫线、13号线东延伸、19号线、"
                          "20号线等轨道交通线。", "2026年上海市人民政府工作报告")
    assert_found(got, {"嘉闵线北延伸", "崇明线", "上海示范区线", "南枫线", "13号线东延伸", "19号线"}, {"13号线", "上海示范区"})
    got = review_projects(tmp_path, "加快7号线一期北段、11号线延伸线、B1、Z2等地铁建设。", "2026年天津市人民政府工作报告")
    assert_found(got, {"B1", "Z2", "11号线延伸线"}, set())
