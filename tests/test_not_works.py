"""Project mentions that name no works are not entities (kg.resolve.not_works): a span that ran over
a predicate, a time or a person, a kind of road standing alone and the label of a class of projects;
works in the same sentences stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import PLACE, PROJECT
from kg.pipeline import build
from kg.resolve.not_works import names_no_works

from tests.conftest import HAILAR, entity_names, names_of, shared_file


def _projects(tmp_path: Path, *lines: str) -> tuple[set[str], set[str]]:
    """What the rules found as projects in a small report, and the project entities it keeps."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join(("2023年临川县人民政府工作报告",) + lines) + "\n", encoding="utf-8")
    b = build(path)
    return names_of(b.mentions, PROJECT), entity_names(b.report, PROJECT)


# (name, why it names no works or None); the None rows are works whose names hold a near miss
NAMES = [
    ("官庄工区2017年上半年新开工", "predicate"),
    ("川青铁路成都至黄胜关段通车改变川西北不通铁路", "predicate"),
    ("永济市委书记", "predicate"),
    ("淮河流域重要行蓄洪区建设工程霍邱段", None),  # 重要, 建设: "要" is a word of its own only as a modal
    ("汉江仙桃港", None),
    ("高速公路", "kind"),
    ("城际铁路", "kind"),
    ("内江城市过境高速公路", None),
    ("京雄高速", None),
    ("100亿元项目", "label"),
    ("实际利用省外2000万元以上项目", "label"),
    ("京津项目", "label"),
    ("年产40万吨无碱玻纤项目", None),  # a capacity names one works, money does not
    ("喜来登酒店项目", None),
    ("海拉尔河湿地项目", None),
    # rule 12: a talent, jobs, income or civility programme named 工程 is no works; a package of works is
    ("全民创业工程", "programme"),
    ("乡村振兴人才工程", "programme"),
    ("城市防洪工程", None),
    ("农村饮水安全工程", None),
    # a word of a whole class opening the name: every works of its kind, not one
    ("老旧小区改造", "class"),
    ("病险水库除险加固", "class"),
    ("老城区棚户区改造", None),
]


@pytest.mark.parametrize("name, why", NAMES)
def test_why_a_name_names_no_works(name, why):
    assert names_no_works(name) == why


def test_the_kind_alone_is_dropped_and_the_named_works_beside_it_kept(tmp_path):
    found, kept = _projects(tmp_path, "高速公路续建集安至桓仁等7个项目722公里,新开工长春都市圈西环线等3个项目307公里。")
    assert "高速公路" in found and "高速公路" not in kept
    assert "长春都市圈西环线" in kept


def test_no_gold_project_of_the_samples_names_no_works():
    import json

    for name in ("qianjiang-2019", "yixian-2019", "guangdong-2026", "national-2017"):
        for line in shared_file("gold", f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("type") == "Project":
                assert names_no_works(item["name"]) is None, item["name"]


def test_hailar_2012_loses_the_back_lanes_but_keeps_the_works_listed_with_them():
    shared_file("corpus", "hailar", "hailar-2012.txt")
    names = entity_names(build(HAILAR / "hailar-2012.txt").report, PROJECT)
    assert "背街巷道" not in names
    assert "公交调度中心" in names



def test_a_label_by_money_is_found_by_the_rules_and_dropped(tmp_path):
    found, kept = _projects(tmp_path, "新签约亿元以上项目28个,力争在引进30亿元、100亿元项目上取得突破。")
    assert "100亿元项目" in found
    assert not kept


def test_a_division_before_a_works_named_on_its_own_is_cut_off_the_name_and_kept_a_place(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("2023年上饶市人民政府工作报告\n开工建设婺源县青禾水库，澄江街道110千伏澄溪变电站投入运行，"
                    "望江镇220千伏变电站建成投运，建成婺源县第二水库。\n", encoding="utf-8")
    b = build(path)
    projects = entity_names(b.report, PROJECT)
    assert {"青禾水库", "110千伏澄溪变电站"} <= projects
    # no name of its own after the division: the division names the works
    assert {"望江镇220千伏变电站", "婺源县第二水库"} <= projects
    assert not {"婺源县青禾水库", "澄江街道110千伏澄溪变电站"} & projects
    assert {"婺源县", "澄江街道"} <= entity_names(b.report, PLACE)


# a network of pipes, toilets or village roads after only category and scope words, before at most an
# action: every network of the kind (counted by its length or homes), no one works; a place, a route's
# ends or a label (工程) names one works of the kind
NETWORKS = [
    ("雨污分流管网", "kind"),
    ("城区雨污分流管网改造", "kind"),
    ("农村户厕改造", "kind"),
    ("村通水泥路", "kind"),
    ("城中村供水管网", "kind"),
    ("青禾镇至澄江镇供水管网", None),
    ("澄江区雨污分流管网", None),
    ("老城区雨污分流改造工程", None),
    ("青禾老城区燃气管网改造", None),
]


def test_counted_networks_are_dropped_and_the_works_beside_them_kept(tmp_path):
    found, kept = _projects(tmp_path, "新建雨污分流管网80公里，完成农村户厕改造1.2万户，实现所有建制村通水泥路。",
                            "建成青禾镇至澄江镇供水管网，实施澄江老城区雨污分流改造工程。")
    assert {"雨污分流管网", "农村户厕改造", "村通水泥路"} <= found
    assert not {"雨污分流管网", "农村户厕改造", "村通水泥路"} & kept
    assert {"青禾镇至澄江镇供水管网", "澄江老城区雨污分流改造工程"} <= kept


# rule 12: the renewal carried through a list of areas is a programme, no one works; one area's is a works
RENEWALS = [
    ("青禾街道、澄江街道城市更新", "programme"),
    ("东坪片区、西坪片区、南坪片区棚户区改造", "programme"),
    ("东坪片区城市更新", None),
    ("青禾河、澄江河综合整治", None),  # works on each river: left as the text names them
]


def test_listed_areas_renewal_is_dropped_and_one_areas_renewal_kept(tmp_path):
    found, kept = _projects(tmp_path, "推进青禾街道、澄江街道、望江街道城市更新，实施东坪片区城市更新，建成澄江体育中心。")
    assert "青禾街道、澄江街道、望江街道城市更新" in found
    assert "青禾街道、澄江街道、望江街道城市更新" not in kept
    assert {"东坪片区城市更新", "澄江体育中心"} <= kept


# a span that ran over a predicate, and a campaign of enforcement or rectification: no works
CAMPAIGNS = [
    ("青禾村成为乡村旅游示范点", "predicate"),
    ("澄江国际铁路港开行中欧班列", "predicate"),
    ("旅游市场秩序专项整治", "campaign"),
    ("青禾江沿线化工企业专项整治", "campaign"),
    ("澄江保护区内违建整治", "campaign"),
    ("青禾江综合整治工程", None),
    ("澄江古城环境整治", None),
]


def test_a_campaign_is_dropped_and_the_works_beside_it_kept(tmp_path):
    found, kept = _projects(tmp_path, "旅游市场秩序专项整治深入开展，青禾江综合整治工程完工，澄江村成为乡村旅游示范点。")
    assert "旅游市场秩序专项整治" in found and "旅游市场秩序专项整治" not in kept
    assert "澄江村成为乡村旅游示范点" in found and "澄江村成为乡村旅游示范点" not in kept
    assert "青禾江综合整治工程" in kept


@pytest.mark.parametrize("name, why", NETWORKS + RENEWALS + CAMPAIGNS)
def test_why_a_network_a_renewal_or_a_campaign_names_no_works(name, why):
    assert names_no_works(name) == why
