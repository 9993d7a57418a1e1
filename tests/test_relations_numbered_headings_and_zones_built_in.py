"""locatedIn and participatesIn on a plan's numbered place headings and on works built in a zone
(issue 10, session 34, rl34): "(1)X镇:建设A、B" puts A and B in the town, as "X镇:A、B…" already did
without the item's number; "在X工业园区建设P" puts P in the park, which the sentence locates works in
(ANNOTATION rule 3: located → Place), and a builder named after it ("由Y投资建设") builds P, not the
park. A heading's number that is no place, and a company before a town's heading, link nothing.
Sentences written in the genre's phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_located, review_names

HEAD = "2025年青林县人民政府工作报告"


@pytest.mark.parametrize("number", ["(1)", "（2）", "3.", "一是", "（一）"])
def test_a_numbered_town_heading_holds_the_works_after_it(tmp_path, number):
    got = review_located(tmp_path, f"{number}松岗镇：建设城南农贸市场、文体活动中心，完成滨河路拓宽改造。", HEAD)
    assert {("城南农贸市场", "松岗镇"), ("文体活动中心", "松岗镇"), ("滨河路拓宽改造", "松岗镇")} <= got


def test_a_numbered_heading_holds_its_works_up_to_the_end_of_its_item_only(tmp_path):
    got = review_located(tmp_path, "(1)松岗镇：建设城南农贸市场。县城第二水厂投入使用。", HEAD)
    assert ("城南农贸市场", "松岗镇") in got
    assert not any(p == "县城第二水厂" for p, _ in got)


def test_a_town_heading_before_a_partner_is_no_company(tmp_path):
    # "(5)白马镇:与X集团…": the heading's colon is no part of a company's name coordinated with X集团
    projects, orgs, links = review_graph(tmp_path, "（5）白沙镇：与正大集团合作建设百万只蛋鸡养殖项目。", HEAD)
    assert not any(o.startswith("白沙镇") for o in orgs)
    assert ("正大集团", "百万只蛋鸡养殖项目") in links
    got = review_located(tmp_path, "（5）白沙镇：与正大集团合作建设百万只蛋鸡养殖项目。", HEAD)
    assert ("百万只蛋鸡养殖项目", "白沙镇") in got


@pytest.mark.parametrize("sentence, works, zone", [
    ("在红岩工业园区建设年产10万吨锰基新材料项目。", "年产10万吨锰基新材料项目", "红岩工业园区"),
    ("在青屿智造小镇建设人才公寓项目。", "人才公寓项目", "青屿智造小镇"),
])
def test_works_built_in_a_park_are_in_the_park(tmp_path, sentence, works, zone):
    assert (works, zone) in review_located(tmp_path, sentence, HEAD)


def test_the_builder_after_works_built_in_a_park_builds_the_works_not_the_park(tmp_path):
    _, _, links = review_graph(tmp_path, "在红岩工业园区建设年产10万吨锰基新材料项目，由磐石锰业集团投资建设。", HEAD)
    assert ("磐石锰业集团", "年产10万吨锰基新材料项目") in links
    assert ("磐石锰业集团", "红岩工业园区") not in links


def test_a_park_being_built_itself_stays_works_with_no_place(tmp_path):
    # no other works built in it: the park is what the sentence builds, not where
    got = review_located(tmp_path, "加快红岩工业园区建设，园区道路全面贯通。", HEAD)
    assert not any(pl == "红岩工业园区" for _, pl in got)


@pytest.mark.parametrize("sentence", ["引进比亚迪动力电池项目，年内实现投产。", "引进比亚迪动力电池项目。"])
def test_a_known_companys_works_brought_in_are_works_it_takes_part_in(tmp_path, sentence):
    # ANNOTATION: "引进X…项目" — the works named after a company found whole is one undertaking where
    # the sentence brings it in or puts it into production (project_sentence_build_words.txt: 引进, 投产)
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert "比亚迪动力电池项目" in projects and ("比亚迪", "比亚迪动力电池项目") in links


def test_companies_brought_in_name_no_works(tmp_path):
    projects, _, links = review_graph(tmp_path, "引进比亚迪、宁德时代等龙头企业。", HEAD)
    assert not projects and not links


@pytest.mark.parametrize("heading", ["（4）松岗经济开发区", "松岗产业集聚区", "三是松岗高新区"])
def test_a_zone_heading_holds_the_works_listed_under_it(tmp_path, heading):
    # a zone's name alone before the colon of a heading, after an item's number or none, is a place
    # (ANNOTATION rule 3: located → Place), and the works after it are in it
    zone = heading.split("）")[-1].split("是")[-1]
    got = review_located(tmp_path, f"{heading}：推进年产5万吨新型建材项目、创业孵化园三期建设。", HEAD)
    assert {("年产5万吨新型建材项目", zone), ("创业孵化园三期", zone)} <= got


@pytest.mark.parametrize("sentence", ["推进经济开发区：年产5万吨新型建材项目建设。", "(4)加快建设开发区：年产5万吨新型建材项目开工。"])
def test_a_zone_after_other_words_or_named_by_its_kind_alone_heads_nothing(tmp_path, sentence):
    got = review_located(tmp_path, sentence, HEAD)
    assert not any(pl.endswith("开发区") for _, pl in got)


def test_works_a_builder_is_named_for_after_them_are_found_though_an_institution_opens_them(tmp_path):
    # "P由X承建。": 承建 builds works (project_sentence_build_words.txt), so a works whose name an
    # institution opens is found in a sentence with no other stage word, and both take part in it
    projects, _, links = review_graph(tmp_path, "县中医院新院区项目由中建三局承建。", HEAD)
    assert "县中医院新院区项目" in projects
    assert {("中建三局", "县中医院新院区项目"), ("县中医院", "县中医院新院区项目")} <= links


@pytest.mark.parametrize("lead", ["全力支持", "大力支持", "鼎力支持"])
def test_a_support_verb_jieba_keeps_whole_opens_no_companys_name(tmp_path, lead):
    # jieba keeps 全力支持/大力支持/鼎力支持 as one word tagged a noun, a name or an idiom
    # (org_lead_words.txt): the company that builds is the group alone, and it takes part
    _, orgs, links = review_graph(tmp_path, f"{lead}宏达林业集团建设的林下经济产业园。", HEAD)
    assert "宏达林业集团" in orgs and not any(o.startswith(lead) for o in orgs)
    assert ("宏达林业集团", "林下经济产业园") in links


def test_landing_after_signing_opens_no_companys_name(tmp_path):
    # jieba tags 落地 a noun after 签约 (org_lead_words.txt): the group alone signs for its works
    _, orgs, links = review_graph(tmp_path, "签约落地恒通物流集团智慧物流园项目。", HEAD)
    assert "恒通物流集团" in orgs and "落地恒通物流集团" not in orgs
    assert ("恒通物流集团", "恒通物流集团智慧物流园项目") in links


# Session 53 (pl61): a zone the works are built in, found as works, is a place also where a place found
# stands between 在 and it, where the works are named before 在 ("X项目在Z开工"), where the verb's object
# was not found as works, and where its head is a city's function zone or a zone of regional policy
# (科技城, 经济区: place_function_zone_heads.txt, genre_zone_output_heads.txt), or a company's verb
# (投资建设) builds in it. Names invented.
@pytest.mark.parametrize("sentence, zone", [
    ("澄江集团在石岭镇青禾工业园区建设的铜箔精深加工项目建成投产。", "青禾工业园区"),
    ("蓝湾锂电池项目在南岭工业园区开工。", "南岭工业园区"),
    ("引进澄江集团在石桥科技城建设研究所。", "石桥科技城"),
    ("澄江集团在白鹭经济区投资建设智能物流骨干网。", "白鹭经济区"),
])
def test_a_zone_works_are_built_in_is_a_place(tmp_path, sentence, zone):
    assert zone in review_names(tmp_path, "Place", sentence, HEAD)


def test_works_named_before_the_zone_they_start_in_are_in_it(tmp_path):
    assert ("蓝湾锂电池项目", "南岭工业园区") in review_located(tmp_path, "蓝湾锂电池项目在南岭工业园区开工。", HEAD)


@pytest.mark.parametrize("sentence", ["在南岭工业园区建设中坚持绿色发展。", "在南岭工业园区建设和管理上下功夫。"])
def test_a_zone_whose_building_is_spoken_of_is_no_place(tmp_path, sentence):
    # 建设中, 建设和…: the verb takes no object, the zone itself is what is built
    assert "南岭工业园区" not in review_names(tmp_path, "Place", sentence, HEAD)


def test_a_zone_built_in_inside_another_zone_is_two_places(tmp_path):
    # "某某高新区某某工业园": the park is named inside the zone; each is a place, not the two as one
    sentence = "澄江化工集团股份有限公司在青林高新区岚沙工业园投资建设的12万吨/年负极材料项目开工。"
    places = review_names(tmp_path, "Place", sentence, HEAD)
    assert {"青林高新区", "岚沙工业园"} <= places and "青林高新区岚沙工业园" not in places
