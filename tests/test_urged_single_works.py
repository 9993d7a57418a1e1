"""A 项目 named by common words is one undertaking when an event befalling one project follows it
(project_one_works_events.txt: 建成投产, 开工建设), whether it opens its clause or follows a verb of urging
opening it (project_one_works_event_openers.txt: "推动铝产业链一体化项目建成投产", shanxi-2026 in tests/real);
a kind of project (an industry, a generic word, a counted batch) stays none."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_urged_project_befallen_as_one_is_found(tmp_path):
    projects, _, _ = review_graph(tmp_path, "建设铝镁、黄金等有色金属项目，推动铝产业链一体化项目建成投产。", "山西省政府工作报告")
    assert_found(projects, {"铝产业链一体化项目"}, set())


def test_kinds_of_projects_urged_are_none(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推动智能制造项目建成投产，确保重大项目开工建设，推动一批新材料项目建成投产。",
                                  "某省政府工作报告")
    assert_found(projects, set(), {"智能制造项目", "重大项目", "新材料项目", "一批新材料项目"})
