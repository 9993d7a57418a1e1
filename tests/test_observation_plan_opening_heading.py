"""A part headed by the call to open a five-year plan well ("开好局、起好步",
text_plan_opening_words.txt) is the plan of the report's own year: its values are targets of that
year, not results of the year before nor targets of the span's last year. Wording of the Fujian 2026
plan part (its heading and sentences)."""
from tests.conftest import observation_rows

HEADING = "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步"


def rows(tmp_path, body):
    return {r[0]: r[3:] for r in observation_rows(tmp_path, "2026年福建省政府工作报告", f"{HEADING}\n{body}")}


def test_values_under_the_heading_are_targets_of_the_year(tmp_path):
    found = rows(tmp_path, "加快科技创新和产业创新深度融合。突出科技供给。强化科技创新资金统筹管理，实施省科技重大创新项目10个以上。"
                           "严格落实耕地保护和粮食安全责任制，高质量建设高标准农田，粮食播种面积稳定在1255万亩以上。")
    assert found["省科技重大创新项目"] == ("target", 2026)
    assert found["粮食播种面积"] == ("target", 2026)


def test_the_span_in_the_heading_is_no_period_of_the_goals(tmp_path):
    found = rows(tmp_path, "今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右，在实际工作中努力争取更好结果；"
                           "城镇调查失业率控制在5%左右，城镇新增就业50万人；居民消费价格涨幅2%左右；粮食产量513万吨以上。")
    assert {found[n] for n in ("地区生产总值", "城镇调查失业率", "城镇新增就业", "粮食产量")} == {("target", 2026)}
