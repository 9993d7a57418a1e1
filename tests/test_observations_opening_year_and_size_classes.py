"""Classes found by probing observation sentences in the genre (session 30):

- A sentence that opens with a later year, bare or after a word of aim or estimate ("到2025年,",
  "力争到2025年,", "预计到2025年,"), sets targets of that year for all its clauses (ANNOTATION 9: a
  value about a later period takes its last year): in a review part of a 2023 report too, where its
  values used to be read as the year before's actuals, and in a plan part after 力争, where they were
  read as the report's own year's.
- "实现30户以上自然村通硬化路": a size with 以上 right before a noun bounds the kind (the villages of at
  least 30 households), no value, as a sum does ("5000万元以上产业项目"); a count of the noun itself
  ("新增4家以上上市企业") stays a value.
- "全市拥有高新技术企业486家": a verb of having (拥有, 共有, 现有, 已有) before the indicator is no part of its name;
  nor is a run of years opening the clause ("…1420.5亿斤,连续9年稳定在1400亿斤以上": the clause before names it),
  nor the reference a multiple is measured against ("…8600亿元,是上一个五年的1.6倍").
Sentences written for the test in the genre's phrasing."""
import pytest

from tests.test_observations_later_year_in_clause import observed


def in_part(tmp_path, heading, sentence):
    return observed(tmp_path, f"某县2023年政府工作报告\n{heading}\n{sentence}\n")


@pytest.mark.parametrize("heading", ["一、2022年工作回顾", "二、2023年工作安排"])
@pytest.mark.parametrize("opening", ["到2025年", "力争到2025年", "预计到2025年底"])
def test_a_sentence_opened_by_a_later_year_sets_its_targets(tmp_path, heading, opening):
    got = in_part(tmp_path, heading, f"{opening},全县常住人口城镇化率达到55%,规上工业企业突破200家。")
    assert any(g[1] == "55" and g[3:] == ("target", 2025) for g in got), got
    assert any(g[1] == "200" and g[3:] == ("target", 2025) for g in got), got


def test_a_review_sentence_opened_by_a_past_year_keeps_its_actuals(tmp_path):
    got = in_part(tmp_path, "一、2022年工作回顾", "到2022年底,全县常住人口城镇化率达到51.2%,比上年提高1.1个百分点。")
    assert any(g[1] == "51.2" and g[3:] == ("actual", 2022) for g in got), got
    # a later year that opens no sentence leaves the review's values alone
    got = in_part(tmp_path, "一、2022年工作回顾", "全县规上工业企业达到156家,为实现2025年目标打下坚实基础。")
    assert any(g[1] == "156" and g[3:] == ("actual", 2022) for g in got), got


@pytest.mark.parametrize("sentence, threshold", [
    ("新建农村公路186公里,实现30户以上自然村通硬化路全覆盖。", "30"),
    ("培育年出栏500头以上规模养殖场12家。", "500"),
    ("新增经营面积100亩以上家庭农场46个。", "100"),
])
def test_a_size_before_a_noun_is_no_value(tmp_path, sentence, threshold):
    got = in_part(tmp_path, "一、2022年工作回顾", sentence)
    assert got and not any(g[1] == threshold for g in got), got


def test_a_count_of_the_noun_itself_stays_a_value(tmp_path):
    got = in_part(tmp_path, "二、2023年工作安排", "新增4家以上上市企业,新增就业3000人以上。")
    assert any(g[1] == "4" for g in got), got
    assert any(g[1] == "3000" for g in got), got


@pytest.mark.parametrize("sentence, name", [
    ("全市拥有高新技术企业486家。", "高新技术企业"),
    ("目前全县共有养老机构46所。", "养老机构"),
    ("全区已有国家级专精特新企业8家。", "国家级专精特新企业"),
])
def test_a_verb_of_having_is_no_part_of_the_indicator(tmp_path, sentence, name):
    got = in_part(tmp_path, "一、2022年工作回顾", sentence)
    assert {g[0] for g in got} == {name}, got


def test_shared_ownership_housing_keeps_its_name(tmp_path):
    got = in_part(tmp_path, "二、2023年工作安排", "新建共有产权住房1200套。")
    assert any(g[0].endswith("共有产权住房") for g in got), got


def test_a_run_of_years_opening_a_clause_is_no_name(tmp_path):
    # "连续9年稳定在…": how long the level has held, not what holds it — the clause before names it
    got = in_part(tmp_path, "一、2023年工作回顾", "全省粮食总产量1420.5亿斤,连续9年稳定在1400亿斤以上。")
    assert any(g[0] == "粮食总产量" and g[1] == "1400" for g in got), got
    got = in_part(tmp_path, "一、2023年工作回顾", "连续5年城镇新增就业超过1万人。")
    assert any(g[0] == "城镇新增就业" and g[1] == "1" for g in got), got


def test_a_multiple_of_a_reference_is_its_subjects(tmp_path):
    # the reference after 是/相当于/提高到 and before 的 names nothing: the subject does
    got = in_part(tmp_path, "一、过去五年工作回顾", "累计完成固定资产投资8600亿元,是上一个五年的1.6倍。"
                                                  "特困人员供养标准提高到当地低保标准的1.3倍。")
    assert any(g[0] == "固定资产投资" and g[1] == "1.6" for g in got), got
    assert any(g[0] == "特困人员供养标准" and g[1] == "1.3" for g in got), got
