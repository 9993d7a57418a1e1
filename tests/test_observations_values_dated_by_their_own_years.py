"""Dating the values of press copies (session 24, issue 9): a copy with no report year of its own
(a delegation's review of the report, a page on an anniversary) whose sentence opens with a value
no cue dates used to lose every value of that sentence, even those its own words date: the end of
a from-to pair that writes its year ("由2013年的620亿元到2018年达到了950亿元"), the rates after it,
a starting point that writes its year, and a value after a running cue inside the sentence
("…,2019年完成投资580亿元"). Sentences written for the test in the genre's phrasing."""
import pytest

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def observations(tmp_path, *lines):
    """(indicator, value, unit, status, period) of a small text with no title year."""
    path = tmp_path / "copy.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["status"], m.attrs["period"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


# (the copy's lines, the observations its own words date: indicator or None for any, value, unit, status, year)
OWN_YEARS = [
    (("青川代表团审议政府工作报告",
      "代表们说,全市综合实力越来越强。生产总值由2013年的620多亿元到2018年达到了950亿元,"
      "年均增长7.5%,财政收入达到86亿元,2018年增幅在全省排第三位。"),
     [("生产总值", "620", "亿元", "actual", 2013), ("生产总值", "950", "亿元", "actual", 2018),
      ("生产总值", "7.5", "%", "actual", 2018), ("财政收入", "86", "亿元", "actual", 2018)]),
    (("青川区成立30周年发展成就介绍会举行",
      "介绍会上,发改委负责人说,全区固定资产投资从1990年的4200万元提高到2000年的6.5亿元,"
      "2019年完成投资580亿元,是1990年的1381倍。"),
     [("固定资产投资", "4200", "万元", "actual", 1990), ("固定资产投资", "6.5", "亿元", "actual", 2000),
      (None, "580", "亿元", "actual", 2019)]),
]


@pytest.mark.parametrize("lines, expected", OWN_YEARS)
def test_a_from_to_pair_or_a_cue_inside_the_sentence_dates_the_values_after_it(tmp_path, lines, expected):
    found = observations(tmp_path, *lines)
    for name, *rest in expected:
        assert (name, *rest) in found if name else tuple(rest) in [o[1:] for o in found]


def test_a_value_before_any_cue_that_writes_no_year_stays_left_out(tmp_path):
    # the first value has no year of its own and no cue before it: still no observation of a guessed year
    found = observations(tmp_path, "青川区成立30周年发展成就介绍会举行",
                         "介绍会上,发改委负责人说,五年来全区地区生产总值年均增长7.9%,2019年完成投资580亿元。")
    assert not [o for o in found if o[1] == "7.9"]
    assert ("580", "亿元", "actual", 2019) in [o[1:] for o in found]


def test_a_report_with_its_year_keeps_its_own_dating(tmp_path):
    # a review part of a dated report: the end point of a five-year pair is its last year, as before
    found = observations(tmp_path, "2021年青川市政府工作报告", "各位代表:", "一、“十三五”时期工作回顾",
                         "五年来,全市生产总值由2015年的820亿元增加到2020年的1160亿元,年均增长6.8%。")
    assert ("全市生产总值", "820", "亿元", "actual", 2015) in found or ("生产总值", "820", "亿元", "actual", 2015) in found
    assert [o for o in found if o[1] == "1160" and o[4] == 2020]
