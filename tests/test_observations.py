"""Observations on text shaped like the reports users bring: excerpts and reports printed without
heading lines, whose review or plan opens inside running text (the shapes of the DEVELOPMENT
excerpts of other provinces; sentences written for the test, not copied from gold)."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def observations(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["status"], m.attrs["period"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_review_opened_inside_running_text_dates_its_values(tmp_path):
    # title, date line and the review heading all run into one paragraph
    text = ("2023年某某市政府工作报告\n2023年1月9日在某某市第八届人民代表大会第二次会议上各位代表:"
            "现在,我代表市人民政府向大会作工作报告。2022年工作回顾2022年,全市实现生产总值912亿元,"
            "增长6.1%;固定资产投资增长9%。\n")
    found = observations(tmp_path, text)
    assert ("生产总值", "912", "亿元", "actual", 2022) in found
    assert ("固定资产投资", "9", "%", "actual", 2022) in found


def test_a_year_written_before_the_cue_and_a_plan_cue(tmp_path):
    text = ("某某县政府工作报告\n各位代表:2021 年及本届政府工作回顾 一年来,一般公共预算收入完成38亿元。"
            "2022年重点做好以下工作:新建公厕12座。\n")
    found = observations(tmp_path, text)
    assert ("一般公共预算收入", "38", "亿元", "actual", 2021) in found
    assert ("新建公厕", "12", "座", "target", 2022) in found


def test_text_with_no_cue_states_no_values(tmp_path):
    # a salutation alone says neither review nor plan: its figures are not dated
    assert observations(tmp_path, "政府工作报告\n各位代表:全市生产总值912亿元。\n") == []


def test_a_heading_year_written_without_nian(tmp_path):
    found = observations(tmp_path, "2024工作回顾\n一年来,地区生产总值增长4.7%。\n")
    assert ("地区生产总值", "4.7", "%", "actual", 2024) in found
