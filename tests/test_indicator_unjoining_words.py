"""A word that holds a character of joining (普及, obs_unjoining_words.txt) is not split inside a list of
measures that share values: "农村自来水、卫生户厕普及率" is two items (sentences from the review parts of
the 2026 reports of Hainan, Hunan and Liaoning in tests/real)."""
from tests.conftest import report_mentions


def names(tmp_path, line):
    found = report_mentions(tmp_path, "2026年湖南省政府工作报告", "2025年工作回顾", line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_rates_of_spreading_listed_with_another_rate(tmp_path):
    found = names(tmp_path, "农村供电可靠率、自来水普及率分别达99.9%、94.5%，农村建制镇污水处理设施基本覆盖。")
    assert "农村供电可靠率" in found and not [n for n in found if "、" in n]
    found = names(tmp_path, "关键工序数控化率、数字化研发设计工具普及率分别达到69.3%和85.8%，均高于全国平均水平。")
    assert found == {"关键工序数控化率", "数字化研发设计工具普及率"}


def test_items_sharing_a_rate_of_spreading(tmp_path):
    found = names(tmp_path, "农村自来水、卫生户厕普及率分别提升至97.2%、99.8%。")
    assert "农村自来水普及率" in found and not [n for n in found if "、" in n]
