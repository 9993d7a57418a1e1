"""工程 programmes (ANNOTATION rule 12): a city's lifeline programme (生命线: its gas, water, drainage, heat and
power networks, urban safety works) is a package of physical works, a project though its other words are
common ones (project_supply_programme_words.txt); the programmes of quality, industry upgrading,
innovation, culture, education and clean government (project_not_works_programmes.txt: 赋能, 焕新, 科创,
创作, 探源, 扩优, 利民, 校长, 突破, 扩面, 振兴, 廉洁) are none. Sentences of the 2026 plans of 天津, 重庆,
河南, 宁夏, 山西, 安徽, 湖南, 江苏, 云南, 陕西, 海南 and 北京 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


@pytest.mark.parametrize("sentence,found", [
    ("推进城市生命线安全工程，加强地下管网、综合管廊等市政设施建设。", {"城市生命线安全工程"}),
    ("实施城市生命线工程提升行动，新建改造供排水管网2400公里。", {"城市生命线工程"}),
    ("深入推进城市基础设施生命线安全工程，完善城市防洪排涝体系。", {"城市基础设施生命线安全工程"}),
])
def test_lifeline_programme_is_a_project(tmp_path, sentence, found):
    projects, _, _ = review_graph(tmp_path, sentence, "天津市政府工作报告")
    assert_found(projects, found, set())


@pytest.mark.parametrize("sentence,not_found", [
    ("实施质量强基赋能工程。", {"质量强基赋能工程"}),
    ("深入实施传统产业焕新工程。", {"传统产业焕新工程"}),
    ("实施旅游景区强基焕新工程。", {"旅游景区强基焕新工程"}),
    ("推进湖湘文化精品创作工程。", {"湖湘文化精品创作工程"}),
    ("深度参与中华文明探源工程。", {"中华文明探源工程"}),
    ("二是深化教育提质扩优工程。", {"教育提质扩优工程"}),
    ("七是深化文体惠民利民工程。", {"文体惠民利民工程"}),
    ("实施云岭校长工程、高教突破工程。", {"云岭校长工程", "高教突破工程"}),
    ("实施县域高中振兴工程。", {"县域高中振兴工程"}),
    ("更高标准建设北京廉洁工程。", {"北京廉洁工程"}),
])
def test_programmes_of_no_works_are_no_projects(tmp_path, sentence, not_found):
    projects, _, _ = review_graph(tmp_path, sentence, "云南省政府工作报告")
    assert_found(projects, set(), not_found)
