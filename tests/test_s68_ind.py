"""Session 68, indicator names (class ind): a bare measure whose owner the clause before names.

- An exact count of a set named by more than its kind, closed by a comma, owns the pace measure right
  after it ("全年实施重点项目47个，完成投资46.9亿元" → 重点项目完成投资), as the district and county golds
  write it; a round count (2800多个) or a set that is only a stage and 项目 (开工项目) leaves 完成投资 bare
  (kg/extract/observations.py `_exact_count_owns_pace`, beside the pace rule of obs_pace_measures.txt).
- A bare enrolment measure (obs_scheme_measures.txt: 参合率, 参保人数) opening its clause after a clause
  that names a social insurance scheme and states no value is that scheme's
  (`_scheme_of_clause_before`, obs_scheme_heads.txt).
Sentences from tests/real (hailar-2018, hailar-2019, ningxia-2026-review, national-2009-review) and the
Hailar corpus (2014, 2015)."""
from __future__ import annotations

from kg.pipeline import build, predictions


def _observed(tmp_path, body: str, year: int = 2015) -> dict[float, str]:
    path = tmp_path / f"{year}-report.txt"
    path.write_text(f"{year}年政府工作报告\n\n一、{year - 1}年工作回顾\n\n{body}\n", encoding="utf-8")
    return {p["value"]: p["indicator"] for p in predictions(build(path).rdf) if p.get("type") == "Observation"}


def test_an_exact_count_of_a_named_set_owns_the_investment_done_after_it(tmp_path):
    got = _observed(tmp_path, "全年实施重点项目47个，完成投资46.9亿元。全年共实施重点工业项目28个，完成投资33.9亿元。")
    assert got[46.9] == "重点项目完成投资"
    assert got[33.9] == "重点工业项目完成投资"


def test_a_round_count_or_a_stage_of_bare_projects_leaves_the_pace_bare(tmp_path):
    got = _observed(tmp_path, "组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。"
                              "年内开工项目57个，完成投资34.8亿元。")
    assert got[2400] == "完成投资"
    assert got[34.8] == "完成投资"


def test_a_bare_enrolment_rate_after_a_clause_naming_the_scheme_is_the_schemes(tmp_path):
    got = _observed(tmp_path, "新农合制度保障水平不断提高，参合率达到99.2%。农村常住人口养老保险工作全面开展，参保人数达到8000人。")
    assert got[99.2] == "新农合参合率"
    assert got[8000] == "农村常住人口养老保险参保人数"


def test_a_clause_that_states_a_value_of_its_own_lends_no_scheme(tmp_path):
    got = _observed(tmp_path, "参加新型农村合作医疗的人口8.14亿，参合率91.5%。", year=2009)
    assert got[91.5] == "参合率"


def test_main_before_the_basins_and_enterprises_monitored_is_part_of_the_name(tmp_path):
    # obs_lead_compounds.txt: 主要 qualifies the things monitored, but leads a plan's list of goals
    got = _observed(tmp_path, "城区所有燃煤电厂发电机组、供热锅炉均达到减排标准，主要工业企业二氧化硫排放量比2010年降低5.2%。"
                              "空气质量保持全国前列，城市生活污水集中收集率达87.8%，主要流域优良水质比例100%。")
    assert got[5.2] == "主要工业企业二氧化硫排放量"
    assert got[100] == "主要流域优良水质比例"
    plan = _observed(tmp_path, "主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右。", year=2026)
    assert plan[5] == "地区生产总值"
