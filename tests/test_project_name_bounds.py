"""Project names in and out (kg.resolve.not_works): a name starts after the clause's subject and
predicate that a span ran back over (project_name_lead_cuts.txt: "中央财政安排|保障性安居工程",
"做火|海北环线"); a span over a predicate of rank, share or showing names no works
(project_not_works_words.txt: "…稳居…港口", "…位列…博物馆"); nor a name opened by a class or a kind's
qualifier (project_not_works_class_openers.txt: 现役, 城市更新基金, 燃煤, 民用…); nor a body a founding verb
sets up (project_body_founding_verbs.txt: 成立, 组建). The sentences and names are the design texts'."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import ORG, PROJECT
from kg.pipeline import build
from kg.resolve.not_works import names_no_works

from tests.conftest import entity_names


def _report(tmp_path: Path, title: str, sentence: str):
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    return build(path).report


def _projects(tmp_path: Path, title: str, sentence: str) -> set[str]:
    return entity_names(_report(tmp_path, title, sentence), PROJECT)


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


VERDICTS = [
    # predicates of rank, share and showing
    ("岳阳港货物吞吐量稳居长江中上游港口", "predicate"),  # hunan-2026-review: "…稳居长江中上游港口前列"
    ("山西博物院位列国家一级博物馆", "predicate"),  # shanxi-2026-review: "…位列国家一级博物馆运行评估第一名"
    ("离岛免税销售额占全球免税市场", "predicate"),  # hainan-2026-review: "…占全球免税市场比重超8%"
    ("旅客吞吐量增速居省会城市机场", "predicate"),  # qinghai-2026-review: "…增速居省会城市机场首位"
    ("“琉光璃彩”淄博琉璃艺术展走进国家博物馆", "predicate"),  # shandong-2026-review
    ("居然之家二期项目", None),  # the characters inside other words
    ("宜居村庄建设项目", None),
    ("西宁机场三期", None),
    ("国家博物馆改扩建工程", None),
    # a class: every unit in service, the city renewal programme
    ("现役煤电机组改造", "class"),  # guizhou-2026: "加快推动先进煤电机组布局和现役煤电机组改造"
    ("现役煤电机组升级改造", "class"),  # shanxi-2026
    ("城市更新项目", None),  # a company wins or builds one (test_participation_builders_and_not_companies.py)
    ("城市更新基金", "class"),  # guizhou-2026: "设立城市更新基金和专项引导资金"
    ("城市更新改造", "class"),  # hubei-2026: "以“城市更新改造”为主体"
    ("城乡清洁供热取暖工程", None),
    ("某某片区城市更新项目", None),
    ("煤电机组改造项目", None),
    # a kind by its qualifier
    ("燃煤电厂", "class"),  # national-2011
    ("燃煤电厂脱硫", "class"),  # national-2007-review
    ("新型储能", "class"),  # shanxi-2026-review
    ("民用运输机场", "class"),  # yunnan-2026-review
    ("主题体育公园", "class"),  # tianjin-2026-review
    ("口袋体育公园", "class"),  # jiangxi-2026
    ("边境口岸", "class"),  # national-2009
    ("高速公路隧道", "class"),  # xinjiang-2026-review
    ("邻县高速", "class"),  # fujian-2026
    ("盟市互通高速", "class"),  # neimenggu-2026-review
    ("大唐托克托电厂", None),  # a works named by its place or owner first
    ("呼和浩特新机场", None),
    ("满洲里边境经济合作区", None),
    ("京新高速公路", None),
    # programmes of education, growing, sharing, population, welfare and deeds (rule 12)
    ("基础教育扩优提质工程", "programme"),  # jiangxi-2026
    ("“2152”龙头引育工程", "programme"),  # jiangxi-2026
    ("文化信息资源共享工程", "programme"),  # national-2006-review, national-2007-review
    ("少生快富工程", "programme"),  # national-2009-review
    ("社保扩面提标工程", "programme"),  # ningxia-2026
    ("办实事工程", "programme"),  # guangxi-2026-review
    ("国省干线公路提质工程", None),
    ("污水处理厂提标工程", None),
    # verbs of applying for, putting online, keeping open and support
    ("荆州申建保税物流中心", "predicate"),  # hubei-2026: "支持荆州申建保税物流中心"
    ("上线台胞台企数字“第一家园”服务平台", "predicate"),  # fujian-2026-review
    ("延时开放热门文博场馆", "predicate"),  # liaoning-2026-review
    ("积极支持中国科学院", "predicate"),  # jiangxi-2026
    # a figure of output or capacity closing the span
    ("光伏391万千瓦", "amount"),  # chongqing-2026-review
    ("碳酸锂16.9万吨", "amount"),  # qinghai-2026-review
    ("同比增加1829万千瓦", "amount"),  # shanxi-2026-review
    ("中粮油脂年产60万吨油料", None),  # a capacity before the kind
    ("防城港30万吨级", None),
    ("1000千伏输电线路", None),
]


def test_each_name_gets_its_verdict():
    assert {name: names_no_works(name) for name, _ in VERDICTS} == dict(VERDICTS)


def test_a_rank_in_a_review_sentence_is_no_works(tmp_path):
    projects = _projects(tmp_path, "2026年湖南省政府工作报告",
                         "岳阳港货物吞吐量稳居长江中上游港口前列,衡阳智能衡器计量“一区两基地”加快建设。")
    assert not any("稳居" in p for p in projects)


FOUNDED = [
    ("2026年福建省政府工作报告", "出台足球振兴发展政策文件,成立省足球运动管理中心。", "省足球运动管理中心"),
    ("2026年重庆市政府工作报告", "挂牌重庆大学智能汽车技术学院,组建重庆信息与智慧医学研究院、重庆人工智能学院。",
     "重庆信息与智慧医学研究院"),
]


@pytest.mark.parametrize("title, sentence, name", FOUNDED)
def test_a_body_a_founding_verb_sets_up_is_no_works(tmp_path, title, sentence, name):
    report = _report(tmp_path, title, sentence)
    assert name in entity_names(report, ORG)
    assert name not in entity_names(report, PROJECT)


def test_a_centre_placed_in_a_city_stays_a_works(tmp_path):
    # liaoning-2026-review: "落户" places the works (gold: a project with alt_types Organization)
    projects = _projects(tmp_path, "2026年辽宁省政府工作报告", "东北亚具身智能创新中心落户沈阳,大连获批建设国家级数据产业集聚区。")
    assert "东北亚具身智能创新中心" in projects
