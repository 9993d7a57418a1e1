"""participatesIn of a company whose works' name opens with its two-character trade name (issue 10,
session 45): a report names the company by its registered or securities short name and its works by
the trade name alone; a hub named like the trade name is a place's, and inside a name two characters
name nothing. Made-up sentences in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2023年临江县人民政府工作报告"


def test_a_works_opening_with_a_registered_companys_trade_name_is_its(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "四川德宇电器股份有限公司实现营业收入52亿元，德宇智能电视产业园、德宇多媒体产业园二期开工建设。", HEAD)
    assert "德宇智能电视产业园" in projects, projects
    assert {("四川德宇电器股份有限公司", "德宇智能电视产业园"), ("四川德宇电器股份有限公司", "德宇多媒体产业园二期")} <= links, links


def test_a_works_opening_with_a_listed_companys_trade_name_is_its(tmp_path):
    # a listed company by its securities short name (证券简称): the trade name and 股份
    projects, orgs, links = review_graph(
        tmp_path, "德宇股份营业收入突破50亿元，德宇光学产业园项目加快建设。", HEAD)
    assert "德宇股份" in orgs, orgs
    assert any(o == "德宇股份" and p.startswith("德宇光学产业园") for o, p in links), links


def test_a_hub_named_like_a_trade_name_is_no_companys_works(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "浙江德宇电器股份有限公司实现营业收入52亿元，德宇机场改扩建工程开工建设。", HEAD)
    assert not any(p.startswith("德宇机场") for _, p in links), links


def test_a_short_trade_name_inside_a_works_name_names_no_company(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "浙江德宇电器股份有限公司实现营业收入52亿元，城北德宇花园安置房项目开工建设。", HEAD)
    assert not any(p.startswith("城北") for _, p in links), links
