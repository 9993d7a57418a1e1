"""Observations in the phrasing of county and city reports of 2024 (sentences written for the test,
not copied from gold): gaps to a group of residents, shares of the year's plan (a rate of completion since session 38), and a change right
after a clause of marks passed with no figure."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source

HEAD = "某县2024年政府工作报告\n一、2023年工作回顾\n"


def observations(tmp_path, sentence):
    path = tmp_path / "r.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["measure"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_gap_to_town_residents_names_no_indicator(tmp_path):
    found = observations(tmp_path, "农村居民人均可支配收入增长8.1%,增速快于城镇居民1.9个百分点。")
    assert found == [("农村居民人均可支配收入", "8.1", "%", "change")]


def test_a_rate_named_with_its_gap_to_an_area_is_the_gaps_indicator(tmp_path):
    # session 64: the gold of the city excerpts and of tests/real annotates the gap a sentence names with
    # its subject, rate and area ("民间投资增速高于全国 3.7个百分点", level); session 29 had read it as none
    assert observations(tmp_path, "全县地区生产总值增速高于全省1.2个百分点。") == [
        ("地区生产总值增速高于全省", "1.2", "个百分点", "level")]
    assert observations(tmp_path, "全县地区生产总值增速高于全省平均水平1.2个百分点。") == []


def test_a_share_of_the_years_plan_is_the_rate_of_completion_of_the_measure_before(tmp_path):
    # session 38: the gold annotates shares of a plan or task done (占计划的100% → …占计划比例,
    # 占任务的162.4% → …占任务比例); 完成年度计划的 says the same as 占年度计划的
    found = observations(tmp_path, "重点项目完成投资86亿元,完成年度计划的112%。")
    assert found == [("重点项目完成投资", "86", "亿元", "level"), ("重点项目完成投资占年度计划比例", "112", "%", "level")]


def test_a_growth_after_a_milestone_clause_is_of_its_subject(tmp_path):
    found = observations(tmp_path, "地区生产总值连续跨越两个百亿台阶,年均增长7.2%。")
    assert found == [("地区生产总值", "7.2", "%", "change")]
