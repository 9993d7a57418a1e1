"""Review parts of copies that lose what dates them: a copy that writes no year at all takes it from
the Party plenums its review names (plenum_years.tsv); a numbered part heading that runs on into its
paragraph still dates the values after it; a doubled dash that opens a bulleted line is no part of
the indicator's name; a bare 个 listed before a figure in 个百分点 is in points. Sentences written
for the test in the genre's phrasing, not copied from any report read; the Hailar check reads
../shared."""

import pytest

from tests.test_observations_copies_without_title import assert_rows, observations, parsed, rows
from tests.conftest import SHARED

UNDATED = ("某市政府工作报告(全文)\n一、工作回顾\n"
           "过去的一年,我们认真贯彻落实党的十八大和十八届三中、四中全会精神,较好完成了各项目标任务。"
           "全市生产总值820亿元、增长9%;一般公共预算收入66.5亿元、增长11.2%。\n")


def test_a_copy_without_any_year_takes_it_from_the_plenums_it_names(tmp_path):
    doc = parsed(tmp_path, UNDATED)
    assert doc.year == 2015
    assert_rows(tmp_path, UNDATED,
                ("生产总值", "820", "亿元", "actual", 2014),
                ("生产总值", "9", "%", "actual", 2014),
                ("一般公共预算收入", "66.5", "亿元", "actual", 2014),
                ("一般公共预算收入", "11.2", "%", "actual", 2014))


def test_the_latest_plenum_of_a_later_term_decides(tmp_path):
    text = UNDATED.replace("十八大和十八届三中、四中全会", "十九大和十九届二中三中四中全会")
    assert parsed(tmp_path, text).year == 2020


def test_a_written_year_outweighs_the_plenums(tmp_path):
    # one year written anywhere: the plenums decide nothing (the running cues date the copy)
    text = UNDATED.replace("过去的一年,", "2016年,")
    assert parsed(tmp_path, text).year != 2015
    assert all(p != 2014 for *_, p in rows(observations(tmp_path, text)))


def test_a_copy_naming_only_a_congress_stays_undated(tmp_path):
    # a congress is named for years after it ("全面贯彻党的二十大精神" in any report since 2023)
    text = UNDATED.replace("十八大和十八届三中、四中全会", "二十大")
    assert parsed(tmp_path, text).year is None
    assert observations(tmp_path, text) == set()


RUN_ON = ("一、2019年工作及五年发展简要回顾 2019年,面对复杂严峻的形势,全县上下较好地完成了各项目标任务.――地区生产总值356亿元,增长6.5%;\n"
          "――一般公共预算收入28亿元,增长4%;\n"
          "――全体居民人均可支配收入35210元,增长8.1%。\n")


def test_a_heading_run_on_into_its_paragraph_dates_the_review(tmp_path):
    figures = {"地区生产总值": (("356", "亿元"), ("6.5", "%")), "一般公共预算收入": (("28", "亿元"), ("4", "%")),
               "全体居民人均可支配收入": (("35210", "元"), ("8.1", "%"))}
    assert_rows(tmp_path, RUN_ON, *[(name, value, unit, "actual", 2019)
                                    for name, pairs in figures.items() for value, unit in pairs])


def test_a_doubled_dash_is_no_part_of_the_name(tmp_path):
    found = rows(observations(tmp_path, RUN_ON))
    assert not any("―" in n or "任务" in n for n, *_ in found), found


HAILAR = SHARED / "corpus" / "hailar"  # KG_SHARED honoured, as in conftest


@pytest.mark.skipif(not HAILAR.is_dir(), reason="../shared/corpus/hailar not present")
def test_dated_reports_keep_their_year():
    for path in sorted(HAILAR.glob("*.txt")):
        from kg.text.document import parse_document
        from kg.text.reading import read_source
        doc = parse_document(read_source(path))
        assert doc.year is not None, path.name


def test_a_bare_counter_listed_before_points_is_in_points():
    from kg.text.quantities import find_quantities
    found = [(q.value, q.unit) for q in find_quantities("服务业、高技术产业占比分别提高2.3个和1.4个百分点")]
    assert found == [("2.3", "个百分点"), ("1.4", "个百分点")]
    # counted things keep their own counter
    assert [(q.value, q.unit) for q in find_quantities("新建幼儿园4个和中小学3个")] == [("4", "个"), ("3", "个")]
