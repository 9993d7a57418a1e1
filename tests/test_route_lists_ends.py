"""Routes named by their ends in a list of works (kg.extract.projects): a first end that opens
with a word of locating (沿河县: "沿河至榕江高速公路、" is no road things stand along, so the route
after it is a works too), and a first end jieba does not know and guessed as a verb ("遵道/v至拱星
公路": a town). Sentences of the 2011 report of 绵竹市 and the 2017 report of 贵州省."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_county_opening_with_a_locating_word_keeps_the_route_after_it(tmp_path):
    links = review_located(tmp_path, "确保道真至瓮安高速公路、沿河至榕江高速公路、江口至都匀高速公路等建成通车,"
                                     "实现县县通高速。", "2017年贵州省政府工作报告")
    assert {("江口至都匀高速公路", "江口县"), ("江口至都匀高速公路", "都匀市")} <= links
    assert ("沿河至榕江高速公路", "沿河土家族自治县") in links


def test_a_first_end_jieba_guessed_as_a_verb_is_the_route_s_end(tmp_path):
    links = review_located(tmp_path, "加快德阳至绵竹快速通道建设,建成绵竹至广济公路、遵道至拱星公路,新建改造通村公路200公里。",
                           "2011年绵竹市人民政府工作报告")
    assert {("遵道至拱星公路", "遵道镇"), ("遵道至拱星公路", "拱星镇")} <= links
    assert not {subject for subject, _ in links if subject == "拱星公路"}


def test_a_first_end_guessed_as_a_verb_after_a_build_verb(tmp_path):
    links = review_located(tmp_path, "建成遵道至拱星公路。", "2011年绵竹市人民政府工作报告")
    assert ("遵道至拱星公路", "遵道镇") in links

