"""A company written by its trade name beside its registered name (issue 10, session 22 qc22): the trade
name with 公司, or with its place, is an alias of the registered name (ANNOTATION rule 13), and a works'
name that holds it is that company's works; a trade name then a plant's output rate and figure
("某某年产…项目") names the company whose plant it is. Sentences written in the genre's phrasing; the
whole pipeline runs on each."""
from __future__ import annotations

import pytest

from kg.model import ORG
from kg.text.company_names import company_trade_name
from tests.conftest import review_graph

HEAD = "2023年临江县人民政府工作报告"


def _orgs_with_aliases(tmp_path, sentence: str) -> dict[str, set[str]]:
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"{HEAD}\n\n一、2022年工作回顾\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    return {e.name: set(e.aliases) for e in report.entities.values() if e.type == ORG}


@pytest.mark.parametrize("name, split", [
    ("湖南康泰源生物科技有限公司", ("湖南", "康泰源")),  # not 康泰: 源 is no trade
    ("浙江泓轮机械股份有限公司", ("浙江", "泓轮")),
    ("青海晶澜太阳能科技有限公司", ("青海", "晶澜")),
    ("江西沃锐新材料有限公司", ("江西", "沃锐")),  # jieba's word 沃锐新 holds the trade's first character
    ("湖南金禾集团", ("湖南", "金禾")),
    # no trade name: a place or a common word before the trade, or no legal form
    ("中国交通建设集团有限公司", None),
    ("黔江区城市建设投资有限公司", None),
    ("县城投公司", None),
    ("湖南集团", None),
])
def test_the_trade_name_of_a_registered_name(name, split):
    assert company_trade_name(name) == split


def test_a_trade_name_and_gongsi_is_the_registered_companys_alias(tmp_path):
    orgs = _orgs_with_aliases(tmp_path, "浙江泓轮机械股份有限公司投资12亿元建设智能装备产业园项目，"
                                        "泓轮公司年内新增产值5亿元。")
    assert "泓轮公司" not in orgs, orgs
    assert "泓轮公司" in orgs["浙江泓轮机械股份有限公司"]


def test_a_trade_name_two_companies_share_is_no_alias(tmp_path):
    orgs = _orgs_with_aliases(tmp_path, "浙江泓轮机械股份有限公司、江苏泓轮电子科技有限公司签约落户，"
                                        "泓轮公司追加投资2亿元。")
    assert not any("泓轮公司" in aliases for aliases in orgs.values()), orgs


def test_a_works_named_by_the_trade_name_and_place_is_the_companys(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "湖南康泰源生物科技有限公司饲料添加剂生产项目签约落户，城北园区湖南康泰源项目年内开工。", HEAD)
    assert "城北园区湖南康泰源项目" in projects, projects
    assert ("湖南康泰源生物科技有限公司", "城北园区湖南康泰源项目") in links, links


def test_a_trade_name_before_a_plants_output_rate_names_its_company(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "新开工江苏沃锐年产500万平方米高性能隔热膜生产线项目、城南污水处理厂扩建工程。", HEAD)
    works = next((p for p in projects if "沃锐年产500万平方米" in p), None)
    assert works is not None and "沃锐" in orgs, (projects, orgs)
    assert links == {("沃锐", works)}, links


@pytest.mark.parametrize("sentence", [
    "清河县年产50万吨新型建材项目开工建设。",
    "东城镇工业集中区年产8万吨电子铜箔建设项目建成投产。",
    "其中年产5万吨高纯晶硅项目建成投产。",
])
def test_a_place_or_a_scope_before_the_output_rate_is_no_company(tmp_path, sentence):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not links, (orgs, links)


def test_a_works_named_by_a_two_character_trade_name_is_the_companys(tmp_path):
    # issue 9: a trade name of two characters opens its company's works ("长虹…产业园" of 四川长虹…公司)
    projects, orgs, links = review_graph(
        tmp_path, "引进湖南宏图电器股份有限公司投资建设智能家电项目，宏图智能电视产业园开工建设。", HEAD)
    assert "宏图智能电视产业园" in projects, projects
    assert ("湖南宏图电器股份有限公司", "宏图智能电视产业园") in links, links


def test_a_two_character_trade_name_that_names_a_place_is_the_place(tmp_path):
    # "茅台" of 茅台集团 is also 茅台镇: a works named by it is the town's, not the company's
    projects, orgs, links = review_graph(
        tmp_path, "引进湖南宏图电器股份有限公司投资建设智能家电项目。宏图镇污水处理厂开工建设，宏图镇人民政府加强管理。", HEAD)
    assert "宏图镇污水处理厂" in projects, projects
    assert ("湖南宏图电器股份有限公司", "宏图镇污水处理厂") not in links, links
