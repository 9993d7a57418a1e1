"""A measure counted in years (平均受教育年限) states its figure with 年 after it; that figure is the measure's
value in 年, not a span of time or a year (quantity_words.tsv, years_measure). Sentences from the design
texts guizhou-2026-outline, heilongjiang-2026-outline, guizhou-2026-review and national-2013-review."""
from kg.text.quantities import find_quantities
from tests.conftest import report_mentions


def observations(tmp_path, *lines):
    obs = [m for m in report_mentions(tmp_path, "2026年青禾省政府工作报告", *lines) if m.type == "Observation"]
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs.get("bound")) for m in obs}


def test_years_of_schooling_reached_is_a_value_in_years(tmp_path):
    found = observations(tmp_path, "“十五五”时期主要目标", "到2030年,劳动年龄人口平均受教育年限达11年。",
                         "劳动年龄人口平均受教育年限提高到11.7年。")
    assert ("劳动年龄人口平均受教育年限", "11", "年", None) in found
    assert ("劳动年龄人口平均受教育年限", "11.7", "年", None) in found


def test_the_years_of_a_from_to_figure_are_no_values(tmp_path):
    quantities = find_quantities("劳动年龄人口平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。")
    assert [(q.value, q.unit) for q in quantities] == [("9.6", "年"), ("10.2", "年")]


def test_a_bound_after_the_years_is_kept(tmp_path):
    assert ("15岁以上人口平均受教育年限", "9", "年", "min") in observations(
        tmp_path, "2025年工作回顾", "15岁以上人口平均受教育年限达到9年以上。")


def test_years_in_a_clause_of_another_measure_stay_spans(tmp_path):
    assert [q.unit for q in find_quantities("人均受教育年限达到11.7年,粮食产量连续5年稳定在300亿斤以上。")] == ["年", "亿斤"]
