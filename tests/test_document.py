"""Document structure: title, parts with their year and mode, numbered sections, sentences."""
from __future__ import annotations

from kg.pipeline import build
from kg.text.document import parse_document
from kg.text.reading import read_source

from .conftest import shared_file


def _parts(doc):
    return [(s.heading, s.year, s.mode) for s in doc.sections if s.level == 1]


def test_qianjiang_parts_years_and_modes(qianjiang):
    doc = qianjiang.doc
    assert doc.title == "2019年重庆市黔江区政府工作报告"
    assert doc.area == "重庆市黔江区"
    assert doc.year == 2019
    assert _parts(doc) == [("2018年工作回顾", 2018, "review"), ("2019年工作安排", 2019, "plan"),
                           ("全面加强政府自身建设", 2019, "plan")]
    review_sections = [s for s in doc.sections if s.level == 2 and s.parent == "p1"]
    assert len(review_sections) >= 6
    assert review_sections[0].heading == "着力强调度稳运行,经济基本面持续向好"


def test_yixian_without_title_block(yixian):
    doc = yixian.doc
    assert doc.title == ""
    assert doc.area == "易县"
    assert doc.year == 2019
    assert _parts(doc)[:2] == [("2018年工作回顾", 2018, "review"), ("2019年工作安排", 2019, "plan")]


def test_year_of_a_review_without_a_year_comes_from_the_date_line():
    doc = parse_document(read_source(shared_file("corpus", "hailar", "hailar-2012.txt")))
    assert doc.year == 2012
    assert _parts(doc)[0] == ("过去一年工作回顾", 2011, "review")
    assert _parts(doc)[1][1:] == (2012, "plan")


def test_a_report_heard_in_december_is_the_coming_years(tmp_path):
    # counties that hold their congress in December hear the next year's report there: the review
    # of "2021年12月15日" is of 2021 and the plan is for 2022
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n2021年12月15日在安岳县第十七届人民代表大会第一次会议上\n各位代表:\n"
                    "过去五年工作回顾\n全县地区生产总值年均增长6.9%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).year == 2022
    path.write_text("政府工作报告\n2021年3月15日在安岳县第十七届人民代表大会第一次会议上\n各位代表:\n"
                    "过去五年工作回顾\n全县地区生产总值年均增长6.9%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).year == 2021


def test_a_new_terms_first_session_in_autumn_reviews_its_own_year(tmp_path):
    # the congresses of a new term meet from September on ("2021年10月26日在南昌市第十六届人民代表大会第一次
    # 会议上"): the report reviews the five years to 2021 and "今年以来" is 2021; one heard in spring or
    # summer still reviews the year before
    path = tmp_path / "r.txt"
    text = ("政府工作报告\n——2021年{}月26日在某市第十六届人民代表大会第一次会议上\n各位代表:\n一、本届政府工作总结\n"
            "本届政府任期的五年,地区生产总值年均增长7.6%。今年以来,全市一般公共预算收入完成30亿元。\n")
    for month, year in ((9, 2022), (10, 2022), (11, 2022), (8, 2021), (3, 2021)):
        path.write_text(text.format(month), encoding="utf-8")
        doc = parse_document(read_source(path))
        assert doc.year == year, month
        periods = {o.value: o.period for o in build(path).report.observations}
        assert periods == {"7.6": year - 1, "30": year - 1}, month


def test_a_copy_cut_at_the_review_heading_reviews_the_year_it_names(tmp_path):
    # a copy that opens with the title and the review's heading, its address further on: the heading is a
    # part of the body (the review of 2025, in the report of 2026), not a date line of the title block
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n2025年在贵州发展进程中极不平凡。地区生产总值增长5%。\n"
                    "各位代表!“十四五”时期，全省经济总量迈上新台阶。\n二、“十五五”时期主要目标任务\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.year == 2026
    assert _parts(doc)[0] == ("2025年和“十四五”时期工作回顾", 2025, "review")


def test_sentences_cover_the_text_in_order(qianjiang):
    sents = qianjiang.doc.sentences
    assert len(sents) > 300
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
    assert all(s.text.strip() for s in sents)
    assert any(s.text.endswith("。") for s in sents)


def test_parts_numbered_as_sections_or_not_at_all(tmp_path):
    from kg.extract import extract_mentions

    for body in ("第一部分 2018年工作回顾\n全年地区生产总值增长7%。\n第二部分 2019年工作安排\n地区生产总值增长6.5%。\n",
                 "2018年工作回顾\n全年地区生产总值增长7%。\n2019年工作安排\n地区生产总值增长6.5%。\n"):
        path = tmp_path / "r.txt"
        path.write_text("各位代表：\n" + body * 2, encoding="utf-8")
        doc = parse_document(read_source(path))
        assert _parts(doc)[:2] == [("2018年工作回顾", 2018, "review"), ("2019年工作安排", 2019, "plan")], body
        obs = {(m.attrs["value"], m.attrs["status"], m.attrs["period"]) for m in extract_mentions(doc) if m.type == "Observation"}
        assert {("7", "actual", 2018), ("6.5", "target", 2019)} <= obs


def test_title_without_salutation(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("2017年某某县政府工作报告\n一、2016年工作回顾\n全县生产总值增长7%。\n二、2017年工作安排\n"
                    "全县生产总值增长7.5%。\n" * 2, encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.title == "2017年某某县政府工作报告" and doc.year == 2017
    assert _parts(doc)[:2] == [("2016年工作回顾", 2016, "review"), ("2017年工作安排", 2017, "plan")]


def test_a_title_that_writes_its_year_after_the_area_names_the_area(tmp_path):
    # "管城回族区2019年《政府工作报告》": the year and a book-title mark stand between the area and the
    # words of the title, and the congress line only says 区
    path = tmp_path / "r.txt"
    path.write_text("管城回族区2019年《政府工作报告》\n政府工作报告\n——2019年2月28日在区第十五届人民代表大会第三次会议上\n"
                    "各位代表:\n过去一年,全区地区生产总值增长8.1%。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert doc.area == "管城回族区"
    assert doc.own.division is not None and doc.own.division.name == "管城回族区"
    path.write_text("2019年《政府工作报告》\n各位代表:\n过去一年,全区地区生产总值增长8.1%。\n", encoding="utf-8")
    assert parse_document(read_source(path)).area is None
