"""Project recall (issue 9: works on unseen text), on real sentences of fresh reports
and the dev sets: each test names the shape of works name it checks."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.resolve.entities import build_graph
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import assert_found, report_mentions


def check(tmp_path, sentence, found, not_found):
    """The projects of one sentence, read in the review part of a district report, hold `found` and
    none of `not_found` (a project named with a quoted part by the name its entity gets: `quoted`)."""
    got = {m.attrs.get("quoted", m.text) for m in report_mentions(tmp_path, "区政府工作报告", "一、工作回顾", sentence)
           if m.type == "Project"}
    assert_found(got, found, not_found)


# "A、B等一批…项目" names projects by example as a count does ("等16个项目"): companies and their
# trades stand for their works; industries listed as kinds do not.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("芯创电子、远景风电等一批新兴产业项目成势见效。",  # fresh tianmen-2022
     {"芯创电子", "远景风电"}, set()),
    ("海博思创、阳光电源、国瑞协创等一批储能装备制造项目建成投产。",  # dev text (gold)
     {"海博思创", "阳光电源", "国瑞协创"}, set()),
    ("推动智能制造、新材料等一批产业项目落地。",  # industries are kinds, not works
     set(), {"智能制造", "新材料"}),
])
def test_batch_of_projects_by_example(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A quoted part of a works name is read into the name and kept as written (ANNOTATION: only quotes
# around the whole name are dropped); a quoted 工程 (a programme's slogan, rule 12), a slogan before a
# weak head (a kind) and an epithet before a proper name are not.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进农业生产物联网应用示范和“三农”大数据中心建设。",  # qianjiang-2019 (gold)
     {"“三农”大数据中心"}, {"三农大数据中心"}),
    ("精细化工呋喃铵盐搬迁改造、吉林师范大学“双创”中心等项目开复工建设。",  # devtext3 siping-2020 (gold)
     {"吉林师范大学“双创”中心"}, {"吉林师范大学双创中心"}),
    ("分别是总投资0.53亿元的永济经济技术开发区“九通一平”道路建设工程。",  # fresh yongji-2020
     {"永济经济技术开发区“九通一平”道路建设工程"}, set()),
    ("“万里黄河第一隧”济泺路隧道、黄河凤凰大桥建成通车。",  # fresh jinan-2022: an epithet
     {"济泺路隧道"}, {"“万里黄河第一隧”济泺路隧道"}),
    ("首家保税仓库开仓运营，“渭西欧”班列开行15列。",  # heldtext2 weinan-2022: a weak head
     set(), {"“渭西欧”班列"}),
    ("深入实施“立德树人”工程和“百千万”工程。",  # programmes
     set(), {"“立德树人”工程", "“百千万”工程"}),
])
def test_quoted_part_of_works_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# An item of a list of projects may run to 18 characters (a company by place, trade name and industry,
# and its product), but a long item joined by 和 or 及 is not read as one.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("全力推进恒天宝丽丝生物基纤维、江苏浩跃新型防水材料、江苏九久交通设施汽车安全带、溧阳市韵欢建材科技助磨剂、"
     "江苏阔拼科岩服饰高档运动夹克衫等5个重点项目，目前5个项目都顺利达产。",  # fresh liyang-shezhu-2017
     {"恒天宝丽丝生物基纤维", "江苏浩跃新型防水材料", "江苏阔拼科岩服饰高档运动夹克衫"}, set()),
    ("建成定升一级公路、S206阆中天宫至凉水公路、S101西充段及都京港嘉陵江大桥等项目。",  # fresh sichuan-jiaotong-2017
     {"S101西充段", "都京港嘉陵江大桥"}, {"S101西充段及都京港嘉陵江大桥"}),
])
def test_long_items_of_a_project_list(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_quoted_project_name_in_the_graph(tmp_path):
    """The entity takes the name with its quotes, the mention's text (as clean_name writes it) is its
    alias, and the mention stays valid against its sentence."""
    path = tmp_path / "report.txt"
    path.write_text("区政府工作报告\n\n一、工作回顾\n\n推进农业生产物联网应用示范和“三农”大数据中心建设。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    graph = build_graph(doc, extract_mentions(doc))
    project = next(e for e in graph.entities.values() if e.type == "Project")
    assert project.name == "“三农”大数据中心" and "三农大数据中心" in project.aliases


# A year before a list of projects is no part of its first item, and does not cut it either.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("2019年副中心站综合交通枢纽、东环路改造提升等项目顺利开工。",  # fresh beijing-2020
     {"副中心站综合交通枢纽"}, {"年副中心站综合交通枢纽"}),
    ("2023年沪渝蓉高铁武宜段、安九高铁等项目开工建设。",
     {"沪渝蓉高铁武宜段"}, {"渝蓉高铁武宜段"}),
])
def test_year_before_a_project_list(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A river's stretch through a place is no works; a road's or railway's section is.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("长江干流湖南段和四水干流131个断面全部达到或优于Ⅱ类。",  # heldtext hunan-2023
     set(), {"长江干流湖南段"}),
    ("黄河干流运城段水质稳定保持在Ⅱ类。",  # devtext3 yuncheng-2024
     set(), {"黄河干流运城段"}),
    ("黄河济南段“十三五”防洪工程全面完工。",  # fresh jinan-2022
     set(), {"黄河济南段"}),
    ("开工建设渝湘高铁重庆至黔江段、成昆铁路峨米段。",
     {"渝湘高铁重庆至黔江段", "成昆铁路峨米段"}, set()),
])
def test_river_stretch_is_no_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
