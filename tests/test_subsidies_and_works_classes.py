"""A subsidy paid to people is no works (project_not_works_words.txt: 补贴, 消费补贴), and the classes of
works the national programmes name are category words before 项目 (generic_projects.txt: 技术改造, 整体改造;
大通道 of the slogan "大通道大枢纽大平台"). Sentences of shandong-2026, tianjin-2026,
yunnan-2026, shanghai-2026, national-2015, anhui-2026, sichuan-2026, fujian-2026-review, zhejiang-2026-review."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,not_found", [
    ("健全覆盖城乡的养老服务网络，实施好失能老人养老服务消费补贴项目。", {"失能老人养老服务消费补贴项目"}),
    ("实施向中度以上失能老年人发放养老服务消费补贴项目。", {"中度以上失能老年人发放养老服务消费补贴项目"}),
    ("谋划实施重大技术改造项目。", {"重大技术改造项目"}),
    ("推动城中村改造提速扩容增效，全面启动整体改造项目。", {"整体改造项目"}),
    ("采取财政贴息、加速折旧等措施，推动传统产业技术改造。", {"传统产业技术改造"}),
    ("加快开放大通道大平台大通关建设。", {"大通道大平台"}),
    ("统筹开放大通道大枢纽大平台建设。", {"大通道大枢纽大平台"}),
])
def test_no_works_named(tmp_path, sentence, not_found):
    assert_found(projects(tmp_path, sentence), set(), not_found)


@pytest.mark.parametrize("sentence,not_found", [
    ("兴化府历史文化街区获批国家级旅游休闲街区，福鼎白茶文化系统入选全球重要农业文化遗产。", {"福鼎白茶文化系统"}),
    ("德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产，新增国家级非遗项目12个。", {"德清淡水珍珠复合养殖系统"}),
])
def test_listed_farming_system_is_no_works(tmp_path, sentence, not_found):
    """A farming system its clause lists as agricultural heritage (project_heritage_system_titles.txt):
    fujian-2026-review, zhejiang-2026-review."""
    assert_found(projects(tmp_path, sentence), set(), not_found)
