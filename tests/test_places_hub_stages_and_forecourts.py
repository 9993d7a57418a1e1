"""A transport hub the sentence builds or opens, and a station's forecourt (session 52): a hub written
right before a stage of its own building or opening ("…机场完成选址报批", "…东站投入使用", "…北站正式
启用") is the works the sentence speaks of, not a place (ANNOTATION rule 3; Project: "airports and their
extensions"), while one in operation ("…机场开通至…航线", "…南站旅客发送量") stays a place; a forecourt
built before a station ("…西站站前广场建成投用") is a works standing at the station, which stays a place
(rule 8), as a freight yard at a station is ("正阳火车站临时散堆货场" in yixian-2019); a station named by
its city and a direction that opens so is the works (kg.extract.genre.extract_stations_built). The cities are
real divisions no design pool names, the hubs made up, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_pairs

HEBI = "2025年鹤壁市人民政府工作报告"


def mentions(tmp_path, *sentences: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, HEBI, "各位代表：", "一、2024年工作回顾", *sentences)


def test_a_hub_before_a_stage_of_its_own_building_is_no_place(tmp_path):
    found = mentions(tmp_path, "鹤壁东站投入使用。", "漯河机场完成选址报批。", "铜川北站正式启用，旅客出行更加便捷。")
    assert not {("Place", n) for n in ("鹤壁东站", "漯河机场", "铜川北站")} & found
    assert {("Place", "漯河"), ("Place", "铜川")} <= found  # the cities they are named after stay places
    assert {("Project", "鹤壁东站"), ("Project", "铜川北站")} <= found  # a station by its city and direction


def test_a_hub_in_operation_stays_a_place(tmp_path):
    found = mentions(tmp_path, "河池机场开通至来宾航线，铜川南站旅客发送量增长10%。")
    assert {("Place", "河池机场"), ("Place", "铜川南站")} <= found


def test_a_station_before_its_forecourt_is_a_place(tmp_path):
    found = mentions(tmp_path, "鹤壁西站站前广场建成投用，漯河火车站站前广场改造完成。")
    assert {("Place", "鹤壁西站"), ("Place", "漯河火车站")} <= found
    assert {("Project", "鹤壁西站站前广场"), ("Project", "漯河火车站站前广场改造")} <= found
