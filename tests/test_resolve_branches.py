"""A name inside a name is its own entity (ANNOTATION rule 8): the parent a branch's name holds
("恒丰银行黔江支行" → 恒丰银行) is not the branch's short form, nor is a division's standard body
("某市委") a short form of another body of that division ("某市发展改革委"); short forms of the same name
stay aliases (kg.resolve.entities._abbreviation_of, _names_a_branch, _other_body; org_branch_heads.txt).
The qianjiang sample and Hailar read from ../shared; the other sentences written in the genre's phrasing."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import shared_file

REPORT = "某市2024年政府工作报告\n一、2023年工作回顾\n{}\n"


def _entities(tmp_path, *lines: str) -> dict[tuple[str, str], set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format("\n".join(lines)), encoding="utf-8")
    return {(e.type, e.name): set(e.aliases) for e in build(path).report.entities.values()}


def _orgs(entities) -> dict[str, set[str]]:
    return {name: aliases for (type_, name), aliases in entities.items() if type_ == "Organization"}


def test_the_sample_keeps_a_bank_and_a_company_apart_from_their_branches(qianjiang):
    orgs = _orgs({(e.type, e.name): set(e.aliases) for e in qianjiang.report.entities.values()})
    assert {"恒丰银行", "恒丰银行黔江支行", "重庆市农业担保公司", "重庆市农业担保公司第三分公司"} <= set(orgs), orgs
    assert "恒丰银行" not in orgs["恒丰银行黔江支行"]
    assert "重庆市农业担保公司" not in orgs["重庆市农业担保公司第三分公司"]


@pytest.mark.parametrize("line, parent, branch", [
    ("粤港澳国家技术创新中心东莞中心揭牌运行。粤港澳国家技术创新中心在我市布局建设中试基地。",
     "粤港澳国家技术创新中心", "粤港澳国家技术创新中心东莞中心"),
    ("建成投用柳江区人民医院城南分院，柳江区人民医院获评三甲医院。", "柳江区人民医院", "柳江区人民医院城南分院"),
    ("建设银行柳州分行落户。", "建设银行", "建设银行柳州分行"),
])
def test_a_parent_named_on_its_own_is_not_its_branchs_alias(tmp_path, line, parent, branch):
    orgs = _orgs(_entities(tmp_path, line))
    assert parent in orgs and branch in orgs, orgs
    assert parent not in orgs[branch]


def test_a_citys_party_committee_is_not_its_development_commission(tmp_path):
    orgs = _orgs(_entities(tmp_path, "柳州市委召开全会，柳州市发展改革委印发方案。"))
    assert {"柳州市委", "柳州市发展改革委"} <= set(orgs), orgs
    assert "柳州市委" not in orgs["柳州市发展改革委"]


def test_a_government_by_its_short_form_stays_its_alias(tmp_path):
    # guard: the same body ("某区政府" of 某区人民政府) is one entity
    orgs = _orgs(_entities(tmp_path, "柳江区人民政府印发方案，柳江区政府召开常务会议。"))
    assert orgs.get("柳江区人民政府") == {"柳江区政府"}, orgs


def test_a_groups_short_name_stays_its_alias():
    # guard: "大唐" opens 大唐集团 but names the group itself, not a parent of it (Hailar 2012)
    report = build(shared_file("corpus", "hailar", "hailar-2012.txt")).report
    orgs = _orgs({(e.type, e.name): set(e.aliases) for e in report.entities.values()})
    assert "大唐" in orgs.get("大唐集团", set()), {n: a for n, a in orgs.items() if "大唐" in n}


def test_a_zone_named_after_another_place_is_not_a_longer_zones_short_form(tmp_path):
    # "赣江新区" runs in order through "赣州章江新区" (赣…江新区) but opens with the river 赣江, which the
    # longer name does not hold: two zones, and the longer one is not located on 赣江
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format("赣江新区建设前期研究深入开展，赣州章江新区建设加快。赣江沿岸截污工程加快实施。"),
                    encoding="utf-8")
    report = build(path).report
    names = {e.key: e.name for e in report.entities.values()}
    projects = {e.name: set(e.aliases) for e in report.entities.values() if e.type == "Project"}
    assert "赣江新区" not in projects.get("赣州章江新区", set()), projects
    located = {(names[r.subject], names[r.object]) for r in report.relations if r.kind == "locatedIn"}
    assert ("赣州章江新区", "赣江") not in located, located
