"""Session 69, indicator names (class ind): names both annotators of the Hailar reports write and the rules did not.

- A sum in 元 listed right after an investment written before its thing ("投资3500万元的A、3800万元的B")
  shares that sum's measure word: B投资, as A投资 (ANNOTATION's "总投资30亿元的启迪科技城" → 启迪科技城总投资,
  and the list without 的, "投资14亿元A、15亿元B"); a list item ends at 、, so the first item's thing is
  named though a sum follows in the next item (kg/extract/observations.py `_listed_after_investment`,
  `_invested_thing`).
- A short work named after 的 in a count's noun, closing the list item or clause ("沿街163栋楼体的亮化",
  "16条背街巷道的综合改造", "5.3公里道路的建设任务") is the work counted, named with the things it is done on
  and without 的 (沿街楼体亮化, as both Hailar annotators and the samples' "232所优质高中对县中的结对帮扶" →
  优质高中对县中结对帮扶 write it; `_work_after_of`, obs_works_after_of.txt).
Sentences from tests/real (hailar-2013, hailar-2015)."""
from __future__ import annotations

from kg.pipeline import build, predictions


def _observed(tmp_path, body: str, year: int = 2013) -> dict[float, str]:
    path = tmp_path / f"{year}-report.txt"
    path.write_text(f"{year}年政府工作报告\n\n一、{year - 1}年工作回顾\n\n{body}\n", encoding="utf-8")
    return {p["value"]: p["indicator"] for p in predictions(build(path).rdf) if p.get("type") == "Observation"}


def test_a_sum_listed_after_an_investment_before_its_thing_shares_the_measure(tmp_path):
    got = _observed(tmp_path, "群众居住、出行环境进一步改善，投资3500万元的二三级供水管网改造、3800万元的背街巷道改造、"
                              "729万元的旧有小区供热改造等项目全面完成，投资12.4亿元的保障性住房、1.3亿元的供水主管网改造等工程进展顺利。")
    assert got[3500] == "二三级供水管网改造投资"
    assert got[3800] == "背街巷道改造投资"
    assert got[729] == "旧有小区供热改造投资"
    assert got[12.4] == "保障性住房投资"
    assert got[1.3] == "供水主管网改造投资"
    assert "投资" not in got.values()


def test_a_threshold_sum_before_a_counted_kind_names_no_investment(tmp_path):
    # near miss: "投资超5亿元的项目已达4个" is a size class of the projects counted, no one thing's investment
    got = _observed(tmp_path, "招商引资成效明显，投资超5亿元的项目已达4个。")
    assert not any(name.endswith("投资") for name in got.values())


def test_a_short_work_after_of_is_the_work_counted(tmp_path):
    got = _observed(tmp_path, "集中对加格达奇路等7条主干道路进行综合改造，做好22.8公里道路的扩建和绿化、沿街163栋楼体的亮化，"
                              "进一步完善城市功能。完成了16条背街巷道的综合改造。完成沿河5.3公里道路的建设任务。", 2015)
    assert got[163] == "沿街楼体亮化"
    assert got[22.8] == "道路扩建和绿化"
    assert got[16] == "背街巷道综合改造"
    assert got[5.3] == "沿河道路建设"
    # near miss: the verb of the clause ("进行综合改造") is no work after 的, the count names the roads
    assert got[7] == "主干道路"


def test_a_long_work_or_an_attribute_after_of_leaves_the_things_counted(tmp_path):
    # near misses: a work with a noun of its own ("既有建筑节能改造") and an attribute (进度) after 的
    got = _observed(tmp_path, "实施36个老旧小区的既有建筑节能改造。全力推进新入驻7家科技企业的建设进度。", 2015)
    assert got[36] == "老旧小区"
    assert got[7] == "新入驻科技企业"
