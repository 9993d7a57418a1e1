"""A works named by its owner, its capacity and a product whose words jieba tags verbs ("热轧带钢":
热轧/v 带钢/v, issue 10): the walk from the head stops inside the product, and where a company already
found ends right before the capacity the name runs back to it and over the owner
(kg.extract.projects._back_to_owned_capacity), so the works is found and its builder linked
(ANNOTATION rule 8). Sentences written in the genre's phrasing (names and figures invented)."""
from __future__ import annotations

from tests.conftest import review_graph, review_projects

TITLE = "2022年某市人民政府工作报告"


def test_a_group_opens_its_works_sized_by_capacity(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "加快建设宏达钢铁集团冷轧薄板二期项目、宏达钢铁集团300万吨热轧带钢改造项目。", TITLE)
    assert "宏达钢铁集团300万吨热轧带钢改造项目" in projects, projects
    assert ("宏达钢铁集团", "宏达钢铁集团300万吨热轧带钢改造项目") in links, links


def test_no_company_before_the_capacity_leaves_the_walk_as_it_was(tmp_path):
    found = review_projects(tmp_path, "全市钢铁产能压减到300万吨,热轧带钢项目停建。", TITLE)
    assert not any("万吨" in p for p in found), found


def test_a_group_before_a_capacity_and_product_owns_the_listed_works(tmp_path):
    # no head closes the item: the group's legal form (集团) is no rare word, yet the company found names the owner
    projects, orgs, links = review_graph(
        tmp_path, "加快宏达煤化二期、远山集团200万吨煤制油、青峰能源60万吨甲醇制烯烃项目建设。", TITLE)
    assert "远山集团200万吨煤制油" in projects, projects
    assert ("远山集团", "远山集团200万吨煤制油") in links, links
    projects, orgs, links = review_graph(tmp_path, "推进华岳恒升集团50万吨尿素建设。", TITLE)
    assert "华岳恒升集团50万吨尿素" in projects, projects


def test_a_group_output_figure_names_no_works(tmp_path):
    found = review_projects(tmp_path, "全市钢铁产能压减到300万吨,宏达集团产量100万吨。", TITLE)
    assert not any("万吨" in p for p in found), found


def test_a_company_opening_the_sentence_names_the_works_on_its_own_plant(tmp_path):
    # the company's own enlargement (org_works_after_company.txt), no act on works of others
    projects, orgs, links = review_graph(tmp_path, "华岳企业集团扩能项目建成投产。", TITLE)
    assert "华岳企业集团扩能项目" in projects, projects
    assert ("华岳企业集团", "华岳企业集团扩能项目") in links, links
    projects, orgs, links = review_graph(tmp_path, "华岳集团增资青峰科技城。", TITLE)
    assert not any(p.startswith("华岳集团") for p in projects), projects


def test_a_new_energy_materials_company_opens_its_works_whole(tmp_path):
    # 新能源材料 is a trade of its own (org_company_trades.txt), not 新能源 and a word of the works
    projects, orgs, links = review_graph(tmp_path, "推进青峰新能源材料临港项目建设。", TITLE)
    assert "青峰新能源材料" in orgs and "青峰" not in orgs, orgs
    assert ("青峰新能源材料", "青峰新能源材料临港项目") in links, links
