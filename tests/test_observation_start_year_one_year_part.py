"""A "from X to Y" value's start point in a review part headed by one year ("一、2025年工作回顾") is
the year before that year (ANNOTATION 9), unless its own paragraph opens a review of several years
("五年来,…"): a span mentioned in an earlier paragraph of the part ("标志着“十四五”圆满收官") does not
carry over. Wording of the Shanghai and Shaanxi 2026 reports."""
import pytest

from tests.conftest import observation_rows

CASES = [
    # a span in an earlier paragraph of the part: the year before the part's year
    ("刚刚过去的一年，是“十四五”收官之年，全市生产总值增长5.4%。\n"
     "深入开展规范涉企行政执法专项行动，跨部门综合监管事项从39个拓展到91个。\n",
     ("跨部门综合监管事项", "39"), ("actual", 2024)),
    # a paragraph that opens the span itself: five years back
    ("全市生产总值增长5.4%。\n五年来，技术合同成交额从1795亿元增加到5260亿元。\n",
     ("技术合同成交额", "1795"), ("actual", 2020)),
]


@pytest.mark.parametrize("body, key, expected", CASES)
def test_the_start_points_year(tmp_path, body, key, expected):
    found = {(r[0], r[1]): r[3:] for r in observation_rows(tmp_path, "2026年上海市政府工作报告", "一、2025年工作回顾\n" + body)}
    assert found.get(key) == expected
