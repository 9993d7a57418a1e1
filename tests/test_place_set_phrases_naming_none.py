"""A head inside a set phrase of not_names.txt ("金山银山", "绿水青山") closes no name, however jieba
cuts the phrase (kg.extract.places._head_ends_a_name). Sentences of the 2018 report of 海拉尔区
(tests/real)."""
from __future__ import annotations

from tests.conftest import report_names


def test_the_slogans_mountains_are_no_places(tmp_path):
    found = report_names(tmp_path, "Place", "2018年呼伦贝尔市海拉尔区政府工作报告", "", "一、2017年工作回顾", "",
                         "牢固树立绿水青山就是金山银山发展理念,坚持专项整治和长效管控相结合。",
                         "立足于绿水青山变金山银山,大力发展壮大旅游产业。")
    assert not {"金山", "银山", "青山"} & found


def test_a_mountain_named_outside_the_phrase_stays(tmp_path):
    found = report_names(tmp_path, "Place", "2018年呼伦贝尔市海拉尔区政府工作报告", "", "一、2017年工作回顾", "",
                         "重点加大东山台地、西山森林公园、北山湿地生态保护力度。")
    assert "西山森林公园" in found
