"""A word of praise of the genre's slogans over the start of a stem before a place's head describes
scenery and names no place (place_praise_words.txt): "塑造整体大美山水都市风貌" (chongqing-2026), "推出“雄奇
山水新韵重庆”文旅品牌" (chongqing-2026-review), "加快醉美龙江331边防路等“四好农村路”建设"
(heilongjiang-2026); a river named after 和 stays ("开展大黑河和美岱沟等13条河流治理", neimenggu-2026)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def test_praise_before_a_head_names_no_place(tmp_path):
    got = report_names(tmp_path, "Place", "重庆市政府工作报告", "", "一、工作回顾", "",
                       "坚持大拆大建、小尺度、微改造,塑造整体大美山水都市风貌。推出“雄奇山水新韵重庆”文旅品牌。"
                       "加快醉美龙江331边防路等建设。开展大黑河和美岱沟等13条河流治理。")
    assert_found(got, {"大黑河", "美岱沟"}, {"大美山", "雄奇山", "醉美龙江"})
