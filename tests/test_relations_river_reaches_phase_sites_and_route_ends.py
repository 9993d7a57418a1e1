"""locatedIn (issue 10, session 36): the places that a works' own name holds and the rules missed.
A river opening a works on a reach of it ("某某河城区段综合治理工程": the river, past the reach's name
and 段); the site whose later phase the works is ("某某国际商贸城三期": a place with the alternative
type Project, ANNOTATION rule 3, as 太行水镇 of 太行水镇二期); a route's last end cut inside the route's
kind ("至某某镇疏港公路": 某某镇, not 某某镇疏) or glued by jieba to 至 ("勐仑至打洛": 至打/洛); a first end
that is a street ("某湖大道至某山快速路") or a new quarter of six characters; and no
company read from a quarter named by its industry ("某某科技新城至某乡连接线"). Sentences written in
the genre's phrasing, names made up: each test fails without its rule."""
from __future__ import annotations

import pytest

from kg.extract.places import _works_opening_site
from kg.model import ORG, PLACE, PROJECT
from kg.pipeline import build


def _graph(tmp_path, sentence: str, head: str = "某某市人民政府工作报告"):
    """Entities (type, name) and links (kind, subject's name, object's name) of one review sentence."""
    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n一、2023年工作回顾\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    names = {(e.type, e.name) for e in report.entities.values()}
    links = {(r.kind, report.entities[r.subject].name, report.entities[r.object].name) for r in report.relations}
    return names, links


@pytest.mark.parametrize("name, river", [
    ("州河城区段综合治理工程", "州河"),              # jieba cuts 州/河城/区段: no word names the river
    ("沙头河某某县段综合治理工程", "沙头河"),
    ("青石河城区段综合整治工程", "青石河"),
    ("黄泥塘子河生态修复工程", "黄泥塘子河"),      # four characters before the head
    ("青石寨河西延工程", "青石寨河"),              # the river lengthened one way
])
def test_a_river_opens_a_works_on_a_reach_of_it(name, river):
    m = _works_opening_site().match(name)
    assert m is not None and m.group() == river


@pytest.mark.parametrize("name", ["城区段综合治理工程", "某某河城区段建设", "某某大道改造工程"])
def test_no_river_where_no_works_on_water_follows_the_reach(name):
    m = _works_opening_site().match(name)
    assert m is None or m.group(1) is None


def test_the_river_of_a_reach_is_where_the_works_is(tmp_path):
    names, links = _graph(tmp_path, "州河城区段综合治理工程完工。")
    assert (PLACE, "州河") in names
    assert ("locatedIn", "州河城区段综合治理工程", "州河") in links


@pytest.mark.parametrize("sentence, project, site", [
    ("凤栖国际商贸城三期开业运营。", "凤栖国际商贸城三期", "凤栖国际商贸城"),
    ("青石中药材交易市场三期建成运营。", "青石中药材交易市场三期", "青石中药材交易市场"),
    ("枫林湾旅游度假区二期项目开工建设。", "枫林湾旅游度假区二期项目", "枫林湾旅游度假区"),
    ("柳林古镇二期开工建设。", "柳林古镇二期", "柳林古镇"),
])
def test_a_later_phase_lies_in_its_site(tmp_path, sentence, project, site):
    names, links = _graph(tmp_path, sentence)
    assert (PLACE, site) in names
    assert any(k == "locatedIn" and p.removesuffix("项目") == project.removesuffix("项目") and s == site
               for k, p, s in links), links


@pytest.mark.parametrize("sentence, not_site", [
    ("产业园二期开工建设。", "产业园"),                      # the site by its kind alone
    ("青石中药材交易市场一期竣工。", "青石中药材交易市场"),  # a first phase completed names the site itself
    ("污水处理厂二期建成投用。", "污水处理厂"),              # a plant, no site of place_site_works.tsv
    ("柳林镇蔬菜基地三期工程完工。", "柳林镇蔬菜基地"),      # a base: built on, as a park is
])
def test_no_site_of_a_first_phase_a_kind_or_a_plant(tmp_path, sentence, not_site):
    names, _ = _graph(tmp_path, sentence)
    assert (PLACE, not_site) not in names


def test_a_town_inside_the_site_stays_a_place_of_the_phase(tmp_path):
    names, links = _graph(tmp_path, "完成农业示范基地、柳林镇商贸城三期工程。", "某某区人民政府工作报告")
    assert {(PLACE, "柳林镇"), (PLACE, "柳林镇商贸城")} <= names
    assert ("locatedIn", "柳林镇商贸城三期工程", "柳林镇商贸城") in links
    assert ("locatedIn", "柳林镇商贸城三期工程", "柳林镇") in links


def test_a_routes_last_end_stops_before_the_routes_kind(tmp_path):
    names, links = _graph(tmp_path, "推动北港至石厂镇疏港公路开工。")
    assert (PLACE, "石厂镇") in names and (PLACE, "石厂镇疏") not in names
    assert ("locatedIn", "北港至石厂镇疏港公路", "石厂镇") in links


def test_a_routes_to_glued_to_the_next_end_by_jieba_is_still_its_to(tmp_path):
    # jieba cuts 勐仑/至打/洛: a word it only guessed, in no dictionary
    names, links = _graph(tmp_path, "勐仑至打洛高速公路建成通车。")
    assert ("locatedIn", "勐仑至打洛高速公路", "打洛") in links


@pytest.mark.parametrize("stem", ["云岭", "龙场"])
def test_a_quarter_named_by_its_industry_is_no_company(tmp_path, stem):
    names, links = _graph(tmp_path, f"{stem}科技新城至青石乡连接线完工。")
    assert (ORG, f"{stem}科技") not in names
    assert not any(k == "participatesIn" for k, _, _ in links)
    assert (PROJECT, f"{stem}科技新城至青石乡连接线") in names


def test_a_routes_first_end_may_be_a_street(tmp_path):
    # jieba reads 大道 as a works' head (phead): the walk left from 至 stopped there, with no end at all
    names, links = _graph(tmp_path, "建成洪湖大道至白鹤山快速路。")
    assert (PLACE, "洪湖大道") in names
    assert ("locatedIn", "洪湖大道至白鹤山快速路", "洪湖大道") in links


def test_a_routes_end_named_as_a_new_quarter_may_be_six_characters(tmp_path):
    names, links = _graph(tmp_path, "云岭科技新城至青石乡连接线完工。")
    assert ("locatedIn", "云岭科技新城至青石乡连接线", "云岭科技新城") in links
