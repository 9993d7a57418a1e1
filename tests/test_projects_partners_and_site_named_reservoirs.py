"""Boundaries of a works' name and works found by them (kg.extract.projects). (1) A verb of building together after a
partner that 与 introduces ("某某大学与某某汽车共建…", "某区与某某合作区共建…"), and 合作开发 or 布局 after
an investor brought in ("引进某某集团合作开发…", "引进某某公司布局…项目"), are the clause's predicate
(project_clause_build_verbs.txt): the works' name opens after them. (2) A county written in full before
a works named after its site (place_site_named_works.txt: 水库) whose site name jieba cuts into pieces or
reads as a rare word ("某某县黄泥坝水库", "某某县石门坎水库") says where the works is; the name opens after
it, as before a site jieba tags a proper name ("某某县马家坪水库"). A size, an order or a position before
the head ("小型水库", "第二水厂") names no site. (3) Two works joined by 和 are two names where the first
ends in a head of two words ("某某高速二期和某某高速", "某某路南延和某某大道"). (4) A 工程 programme of
drinking water or of the rural grid is a project (ANNOTATION rule 12), named from the nouns before its
supply word though verbs stand in its name ("农村饮水安全巩固提升工程"). (5) A works and the site
在 puts it at are two names ("某某项目在某某开发区建成"), and (6) an institution's branch, hall, research
building, student housing or campus ends a works' name (project_heads.txt: 分馆, 东馆, 科研楼, 学生公寓,
院区). Sentences in the genre's phrasing, invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_projects

TITLE = "2021年青禾市人民政府工作报告"


@pytest.mark.parametrize("sentence, found, not_found", [
    ("引进澄江集团有限公司合作开发青禾湖文旅综合体。", {"青禾湖文旅综合体"}, {"澄江集团有限公司合作开发青禾湖文旅综合体"}),
    ("引进青禾集团合作开发青螺山旅游度假区。", {"青螺山旅游度假区"}, {"青禾集团合作开发青螺山旅游度假区"}),
    ("引进青禾时代新能源科技股份有限公司布局储能电池项目。", {"储能电池项目"},
     {"青禾时代新能源科技股份有限公司布局储能电池项目"}),
    ("推动青禾区与澄江合作区共建青禾产业园。", {"青禾产业园"}, {"澄江合作区共建青禾产业园"}),
])
def test_the_name_opens_after_a_verb_of_building_together(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_a_reservoir_named_by_its_site_opens_after_its_county(tmp_path):
    sentence = "汶川县马家坪水库、石泉县石门坎水库完工蓄水，紫阳县黄泥坝水库下闸蓄水。"
    assert_found(review_projects(tmp_path, sentence, TITLE), {"马家坪水库", "石门坎水库", "黄泥坝水库"},
                 {"石泉县石门坎水库", "紫阳县黄泥坝水库"})
    links = review_located(tmp_path, sentence, TITLE)
    assert {("石门坎水库", "石泉县"), ("黄泥坝水库", "紫阳县")} <= links


def test_a_works_qualified_by_its_size_or_order_keeps_its_county(tmp_path):
    sentence = "建成青禾县第二水厂，完成澄江县小型水库除险加固。"
    assert "青禾县第二水厂" in review_projects(tmp_path, sentence, TITLE)


@pytest.mark.parametrize("sentence, found, not_found", [
    ("青禾高速二线、澄港高速二期和滨青高速建成通车。", {"澄港高速二期", "滨青高速"}, {"澄港高速二期和滨青高速"}),
    ("建设嵩岭路南延和伊青河大道，在澄溪镇建设青禾港区物流园。", {"伊青河大道"}, {"嵩岭路南延和伊青河大道"}),
])
def test_two_works_joined_by_and_are_two_names(tmp_path, sentence, found, not_found):
    # the first works ends in a head of two words ("高速|二期", "路|南延"): the second's name opens after 和
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


@pytest.mark.parametrize("sentence, found", [
    ("实施农村饮水巩固提升工程，解决3万农村人口饮水问题。", {"农村饮水巩固提升工程"}),
    ("加快青禾河流域农村饮用水提标工程，完成农网改造工程行政村30个。", {"青禾河流域农村饮用水提标工程", "农网改造工程"}),
])
def test_a_programme_of_supply_works_is_a_project(tmp_path, sentence, found):
    # ANNOTATION rule 12: a 工程 of drinking water or of the rural grid is a package of physical works
    # (project_supply_programme_words.txt), one undertaking though its other words are common
    assert_found(review_projects(tmp_path, sentence, TITLE), found, set())


def test_a_programme_of_other_works_stays_no_project(tmp_path):
    assert not review_projects(tmp_path, "实施农村人居环境提升工程，村容村貌明显改善。", TITLE)


def test_a_works_and_the_site_it_stands_at_are_not_one_name(tmp_path):
    # "P在X建成": the name ends with the works' head before 在; the zone after it is where it stands
    sentence = "澄江集团年产20万吨纸浆项目在青禾经济开发区建成，青禾电气公司新增产能30万台。"
    assert_found(review_projects(tmp_path, sentence, TITLE), {"澄江集团年产20万吨纸浆项目"},
                 {"年产20万吨纸浆项目在青禾经济开发区"})


@pytest.mark.parametrize("sentence, found, not_found", [
    ("青禾省科技馆新馆、青禾省图书馆澄江分馆完成选址。", {"青禾省图书馆澄江分馆"}, {"青禾省图书馆"}),
    ("开工建设青禾图书馆东馆、澄江博物馆东馆。", {"青禾图书馆东馆", "澄江博物馆东馆"}, {"青禾图书馆", "澄江博物馆"}),
    ("建成青禾人民医院新院科研楼。", {"青禾人民医院新院科研楼"}, {"青禾人民医院新院"}),
    ("推进青禾市第五小学、澄江学院学生公寓二期建设。", {"澄江学院学生公寓二期"}, {"澄江学院"}),
    ("青禾医科大学附属第一医院澄江口院区和青禾市中医院新院区建成。",
     {"青禾医科大学附属第一医院澄江口院区", "青禾市中医院新院区"}, {"澄江口院区和青禾市中医院新院区"}),
])
def test_an_institution_s_branch_hall_or_building_is_the_works(tmp_path, sentence, found, not_found):
    # ANNOTATION rule 2: the works package of an institution (a branch library, a hall by its side, a
    # research building, student housing, a campus) is a project named with the institution
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_a_list_s_kind_after_a_supply_word_is_no_programme(tmp_path):
    # "…、安全饮水等工程": the kind of a list of works, no one programme
    assert not review_projects(tmp_path, "推进道路硬化、安全饮水等工程效果提升，确保全面完成任务。", TITLE)


@pytest.mark.parametrize("sentence, found, not_found", [
    ("推动青禾广场二期、吾澄广场二期建设。", {"吾澄广场二期"}, {"澄广场二期"}),
    ("青禾路东延、太澄北路北延工程完工。", {"太澄北路北延工程"}, {"澄北路北延工程"}),
    ("实施青禾江两岸防洪堤提升工程和那澄河流域综合治理二期工程。", {"那澄河流域综合治理二期工程"}, {"澄河流域综合治理二期工程"}),
])
def test_a_first_character_cut_off_the_name_stays_in_it(tmp_path, sentence, found, not_found):
    # jieba reads the name's first character as a word of its own (太/d, 吾/r, 那/r) after a list mark or 和
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)


def test_a_deictic_or_an_adverb_before_a_name_stays_out_of_it(tmp_path):
    got = review_projects(tmp_path, "建成青禾水库，该澄江大桥同步完工。", TITLE)
    assert not any(n.startswith("该") for n in got), got
