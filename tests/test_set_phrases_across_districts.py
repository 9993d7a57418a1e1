"""A division's short form that a set phrase of not_names.txt runs across is no place, in the report of
its own province too ("绿水青山就是金山银山" in Shanghai's report: not 金山区; shanghai-2026), as the rule
already read it for regions."""
from __future__ import annotations

from tests.conftest import report_names


def test_a_set_phrase_holds_no_district_written_short(tmp_path):
    got = report_names(tmp_path, "Place", "2026年上海市政府工作报告", "", "一、工作回顾", "",
                       "牢固树立和践行绿水青山就是金山银山的理念,以碳达峰碳中和为牵引。加快金山区转型发展。")
    assert "金山" not in got and "金山区" in got
