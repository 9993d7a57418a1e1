"""A works whose name opens with its capacity written as a rate, "N吨/年" for 年产N吨 (issue 10):
the name runs back over the rate to its number and over the owner before it
(kg.extract.projects._over_rate_capacity, _CAPACITY_OPENS), so the works is found and the companies that
build it are linked to it; a group whose short name ends in 化 (中石化) opening such a name is no
"-化" quality (_opens_with_kind). A rate that closes a clause names no works. Sentences written in
the genre's phrasing (names, places and figures invented)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_projects

TITLE = "2022年某市人民政府工作报告"


def test_two_companies_build_a_works_sized_by_a_rate(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "鹏程集团与华岳重工集团合作建设5万辆/年电动装载机研发制造项目,总投资42亿元。", TITLE)
    assert "5万辆/年电动装载机研发制造项目" in projects, projects
    assert not any(p.startswith("年") for p in projects), projects
    assert {("鹏程集团", "5万辆/年电动装载机研发制造项目"),
            ("华岳重工集团", "5万辆/年电动装载机研发制造项目")} <= links, links


def test_the_owner_before_the_rate_is_part_of_the_name(tmp_path):
    found = review_projects(tmp_path, "加快建设宏达化工30万吨/年合成氨项目,推进城区供水管网改造。", TITLE)
    assert_found(found, {"宏达化工30万吨/年合成氨项目"}, {"年合成氨项目", "30万吨/年合成氨项目"})
    found = review_projects(tmp_path, "投资6亿元的12万吨/年甲醇项目正在实施。", TITLE)
    assert_found(found, {"12万吨/年甲醇项目"}, {"年甲醇项目"})


def test_a_group_whose_short_name_ends_in_hua_opens_its_works(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "中石化40万吨/年聚乙醇酸项目建设正加快推进。", TITLE)
    assert "中石化40万吨/年聚乙醇酸项目" in projects, projects
    assert ("中石化", "中石化40万吨/年聚乙醇酸项目") in links, links
    # a quality in -化 still opens a kind, no works
    assert not review_projects(tmp_path, "推动专业化产业园建设。", TITLE) & {"专业化产业园"}


def test_a_rate_closing_a_clause_names_no_works(tmp_path):
    found = review_projects(tmp_path, "工业固废综合利用能力提高到800万吨/年,新增绿色工厂5家。", TITLE)
    assert not any("万吨/年" in p for p in found), found


def test_a_found_group_after_a_leading_verb_owns_its_rate_sized_works(tmp_path):
    # the owner found by the company lexicon joins the name whatever its length, after 推进 and 加快 as at
    # the sentence's start (a guessed brand and trade still needs four characters: "宏达化工")
    projects, orgs, links = review_graph(tmp_path, "推进中石化40万吨/年聚乙醇酸项目建设。", TITLE)
    assert "中石化40万吨/年聚乙醇酸项目" in projects, projects
    assert "40万吨/年聚乙醇酸项目" not in projects, projects
    assert ("中石化", "中石化40万吨/年聚乙醇酸项目") in links, links
    found = review_projects(tmp_path, "加快中石化50万吨/年合成氨项目建设,推进城区供水管网改造。", TITLE)
    assert_found(found, {"中石化50万吨/年合成氨项目"}, {"50万吨/年合成氨项目"})
    # as with 年产 before the capacity
    found = review_projects(tmp_path, "推进中石化年产40万吨聚乙醇酸项目建设。", TITLE)
    assert_found(found, {"中石化年产40万吨聚乙醇酸项目"}, {"年产40万吨聚乙醇酸项目"})
    found = review_projects(tmp_path, "加快宏达化工30万吨/年合成氨项目建设。", TITLE)
    assert_found(found, {"宏达化工30万吨/年合成氨项目"}, {"30万吨/年合成氨项目"})
