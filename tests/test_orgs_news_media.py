"""News media named in a report's news copy (kg/extract/media.py): the dateline's outlet
and the source line's, on real openings of the genre."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_the_outlet_of_a_dateline_is_an_organization(tmp_path):
    orgs = found(tmp_path, "Organization", "四川省2026年政府工作报告",
                 "中新网成都2月3日电 (记者 王鹏)四川省第十四届人民代表大会第五次会议3日在成都开幕。",
                 "东北网黑河02月06日讯 新形势催生新动力,新常态呼唤新作为。",
                 "浙江在线01月16日讯 今天上午9时,浙江省十一届人大二次会议在省人民大会堂隆重开幕。")
    assert {"中新网", "东北网", "浙江在线"} <= orgs


def test_the_source_line_names_an_outlet_though_the_title_lines_run_together(tmp_path):
    orgs = found(tmp_path, "Organization", "上海市2021年政府工作报告",
                 "政府工作报告(2021年)2021-02-01来源:解放日报上海市市长龚正各位代表:")
    assert "解放日报" in orgs
    assert not any(o.startswith("解放日报上") for o in orgs)


def test_this_paper_and_a_dateline_without_a_place_name_no_outlet(tmp_path):
    orgs = found(tmp_path, "Organization", "浙江省2005年政府工作报告",
                 "本报杭州2月27日讯 (记者 李晓鹏)今天的省人民大会堂花团锦簇。",  # 本报: "this paper"
                 "会议提出新要求2月5日电力供应平稳。")  # no outlet's head before the date
    assert not {"本报", "会议提出新要求"} & orgs
