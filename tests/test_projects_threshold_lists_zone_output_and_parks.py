"""Project and link rules met on a second pool of reports of other provinces and levels (session 17,
helper qk17: Fujian, Guangxi, Ningxia, Hainan, Heilongjiang, Liaoning, Tianjin), checked on sentences
written here in the genre's phrasing: a list of works closed by a count and a money threshold, a
pressure grade opening a pipeline's name, a zone whose output the clause reports, parks named by
科技园 and 软件园, and a company right after the place that opens its works' name. Each fails
without its rule."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import assert_found, names_of, report_mentions
from tests.test_relations import links


def review(tmp_path, sentence: str):
    """The mentions of one sentence of a city report's review part."""
    return report_mentions(tmp_path, "某市政府工作报告", "一、2020年工作回顾", sentence)


def projects(tmp_path, sentence: str) -> set[str]:
    return names_of(review(tmp_path, sentence), "Project")


@pytest.mark.parametrize("sentence,found", [
    # the count of the list's label is followed by the threshold in digits ("等42个3000万元以上项目")
    ("加快推进华宇光电新材料、安达冷链物流中心、滨河路改造等42个3000万元以上项目开工建设。",
     {"华宇光电新材料", "安达冷链物流中心", "滨河路改造"}),
    ("推进东岭风电场二期、南湖公园提升改造、金穗面粉加工等18个1.5亿元以上项目竣工投产。",
     {"东岭风电场二期", "南湖公园提升改造", "金穗面粉加工"}),
])
def test_a_list_closed_by_a_count_and_a_money_threshold(tmp_path, sentence, found):
    assert_found(projects(tmp_path, sentence), found, set())


def test_a_pressure_grade_opening_a_pipeline_is_no_company(tmp_path):
    # org_works_kind_openers.txt 高压: the grade of the pipeline, not a trade name beside 华电's works
    got = review(tmp_path, "全力推进华电高端装备制造、高压天然气输气管道等12个重点项目开工建设。")
    orgs = names_of(got, "Organization")
    assert "华电" in orgs and "高压" not in orgs
    assert "高压天然气输气管道" in names_of(got, "Project")


def entities(tmp_path, sentence: str) -> set[tuple[str, str]]:
    """The (type, name) of the entities of a small city report's graph holding `sentence`."""
    path = tmp_path / "r.txt"
    path.write_text(f"某市政府工作报告\n一、2020年工作回顾\n{sentence}\n", encoding="utf-8")
    return {(e.type, e.name) for e in build(path).report.entities.values()}


def test_a_zone_whose_output_the_clause_reports_is_a_place(tmp_path):
    got = entities(tmp_path, "东湖临港产业园产值首次突破200亿元，西城经济开发区营业收入达到80亿元。")
    assert ("Project", "东湖临港产业园") not in got and ("Project", "西城经济开发区") not in got
    assert ("Place", "东湖临港产业园") in got


def test_a_zone_the_clause_builds_stays_a_works(tmp_path):
    assert ("Project", "东湖临港产业园") in entities(tmp_path, "加快建设东湖临港产业园,一期标准厂房建成投用。")


@pytest.mark.parametrize("sentence,found", [
    ("加快南宁生态软件园建设。", {"南宁生态软件园"}),
    ("合肥低碳科技园建成投用。", {"合肥低碳科技园"}),
])
def test_parks_named_by_science_and_software_heads(tmp_path, sentence, found):
    assert_found(projects(tmp_path, sentence), found, set())


def test_a_company_after_the_place_opening_its_works_name(tmp_path):
    # jieba cuts 亿嘉衣服装 as 亿嘉|衣服|装: the company the extractor found after 湖南 is read all the same
    got = links(tmp_path, "签约湖南亿嘉衣服装加工、天河纸业包装材料等项目。", places=["湖南"],
                orgs=["亿嘉衣"], projects=["湖南亿嘉衣服装加工"])
    assert ("participatesIn", "亿嘉衣", "湖南亿嘉衣服装加工") in got
