"""A word of manner or time between an indicator's name and its value's verb (按, 将: `tail` in
measure_words.txt) is no part of the name. Wording of the Jiangsu 2026 plan part and the State
Council's 2014 report."""
from tests.conftest import observation_rows


def test_an_and_jiang_before_the_verb_are_cut(tmp_path):
    rows = observation_rows(tmp_path, "2026年江苏省政府工作报告", "三、2026年重点工作\n"
                            "今年经济社会发展的主要预期目标是：地区生产总值按增长5%安排，在实际工作中努力争取更好结果。"
                            "今年高校毕业生将达727万人，要开发更多就业岗位。")
    names = {r[0] for r in rows}
    assert {"地区生产总值", "高校毕业生"} <= names
    assert not [n for n in names if n.endswith(("按", "将"))]
