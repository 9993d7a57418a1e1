"""A project's name starts after the clause's subject and predicate that a span ran back over
(project_name_lead_cuts.txt: "中央财政安排|保障性安居工程", "做火|海北环线"), and a span that ran over a
predicate of rank, share or showing ("…稳居…港口", "…位列…博物馆", "…占全球免税市场") names no works
(project_not_works_words.txt) — kg.resolve.not_works. The sentences are the design texts' (the State
Council's 2010 review and 2013 plan, 青海 2026, 湖南, 山西, 海南 and 山东 2026 reviews)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import ORG, PROJECT
from kg.pipeline import build
from kg.resolve.not_works import names_no_works

from tests.conftest import entity_names


def _projects(tmp_path: Path, title: str, sentence: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    return entity_names(build(path).report, PROJECT)


LEAD_CUT = [
    ("2010年国务院政府工作报告", "中央财政安排保障性安居工程补助资金551亿元,比上年增长2倍。", "保障性安居工程"),
    ("2013年国务院政府工作报告",
     "中央预算内投资主要投向保障性安居工程,农业、水利、城市管网等基础设施,社会事业等民生工程,节能减排和生态环境等领域。",
     "保障性安居工程"),
    ("2026年青海省政府工作报告", "做优青甘环线、做强海西环线、做火海北环线、做活青南环线。", "海北环线"),
]


@pytest.mark.parametrize("title, sentence, name", LEAD_CUT)
def test_the_name_starts_after_the_clause_predicate(tmp_path, title, sentence, name):
    projects = _projects(tmp_path, title, sentence)
    assert name in projects
    assert not any(p.endswith(name) and p != name for p in projects)


PREDICATE_SPANS = [
    "岳阳港货物吞吐量稳居长江中上游港口",  # hunan-2026-review: "…稳居长江中上游港口前列"
    "山西博物院位列国家一级博物馆",  # shanxi-2026-review: "…位列国家一级博物馆运行评估第一名"
    "离岛免税销售额占全球免税市场",  # hainan-2026-review: "…占全球免税市场比重超8%"
    "旅客吞吐量增速居省会城市机场",  # qinghai-2026-review: "…增速居省会城市机场首位"
    "“琉光璃彩”淄博琉璃艺术展走进国家博物馆",  # shandong-2026-review
]


@pytest.mark.parametrize("name", PREDICATE_SPANS)
def test_a_span_over_a_predicate_of_rank_names_no_works(name):
    assert names_no_works(name) == "predicate"


@pytest.mark.parametrize("name", ["居然之家二期项目", "宜居村庄建设项目", "西宁机场三期", "国家博物馆改扩建工程"])
def test_names_holding_those_characters_in_other_words_stay(name):
    assert names_no_works(name) is None


def test_a_rank_in_a_review_sentence_is_no_works(tmp_path):
    projects = _projects(tmp_path, "2026年湖南省政府工作报告",
                         "岳阳港货物吞吐量稳居长江中上游港口前列,衡阳智能衡器计量“一区两基地”加快建设。")
    assert not any("稳居" in p for p in projects)


CLASS_OPENED = [
    "现役煤电机组改造",  # guizhou-2026: "加快推动先进煤电机组布局和现役煤电机组改造"
    "现役煤电机组升级改造",  # shanxi-2026: "支持现役煤电机组升级改造"
    "城市更新项目",  # guizhou-2026, zhejiang-2026-review: the renewal programme's projects, a class
    "城市更新基金",  # guizhou-2026: "设立城市更新基金和专项引导资金"
    "城市更新改造",  # hubei-2026: "以“城市更新改造”为主体"
]


@pytest.mark.parametrize("name", CLASS_OPENED)
def test_a_name_opened_by_a_class_word_names_no_works(name):
    assert names_no_works(name) == "class"


@pytest.mark.parametrize("name", ["城乡清洁供热取暖工程", "某某片区城市更新项目", "煤电机组改造项目"])
def test_the_class_words_elsewhere_in_a_name_leave_it(name):
    assert names_no_works(name) is None


FOUNDED = [
    ("2026年福建省政府工作报告", "出台足球振兴发展政策文件,成立省足球运动管理中心。", "省足球运动管理中心"),
    ("2026年重庆市政府工作报告", "挂牌重庆大学智能汽车技术学院,组建重庆信息与智慧医学研究院、重庆人工智能学院。",
     "重庆信息与智慧医学研究院"),
]


@pytest.mark.parametrize("title, sentence, name", FOUNDED)
def test_a_body_a_founding_verb_sets_up_is_no_works(tmp_path, title, sentence, name):
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    report = build(path).report
    assert name in entity_names(report, ORG)
    assert name not in entity_names(report, PROJECT)


def test_a_centre_placed_in_a_city_stays_a_works(tmp_path):
    # liaoning-2026-review: "落户" places the works (gold: a project with alt_types Organization)
    projects = _projects(tmp_path, "2026年辽宁省政府工作报告", "东北亚具身智能创新中心落户沈阳,大连获批建设国家级数据产业集聚区。")
    assert "东北亚具身智能创新中心" in projects


KIND_QUALIFIED = [
    "燃煤电厂",  # national-2011
    "燃煤电厂脱硫",  # national-2007-review
    "新型储能",  # shanxi-2026-review
    "民用运输机场",  # yunnan-2026-review
    "主题体育公园",  # tianjin-2026-review
    "口袋体育公园",  # jiangxi-2026
    "边境口岸",  # national-2009
    "高速公路隧道",  # xinjiang-2026-review
    "邻县高速",  # fujian-2026
    "盟市互通高速",  # neimenggu-2026-review
]


@pytest.mark.parametrize("name", KIND_QUALIFIED)
def test_a_kind_by_its_qualifier_names_no_works(name):
    assert names_no_works(name) == "class"


@pytest.mark.parametrize("name", ["大唐托克托电厂", "呼和浩特新机场", "满洲里边境经济合作区", "京新高速公路"])
def test_a_works_named_by_its_place_first_stays(name):
    assert names_no_works(name) is None
