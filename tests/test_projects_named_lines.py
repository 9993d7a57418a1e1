"""A rail line named by a word after its kind (kg.extract.projects.extract_named_lines): "市郊铁路X线",
"地铁X线", "城际铁路联络线一期" in a clause that builds, opens or runs it are the line, not its kind; a
name cut out of a word (沿线, 线网, 沿线 inside the name), a number, a kind of line without its phase or a clause that builds
nothing names no line. Sentences written in the genre's phrasing (names and places changed)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # the line after its kind is the works (the kind alone was found before: 市郊铁路, 城际铁路)
    ("市郊铁路怀平线开通运营,京平高速二期加速推动。", {"市郊铁路怀平线", "京平高速二期"}, {"市郊铁路"}),
    ("地铁汉南线全线动工,凤凰山站开工建设。", {"地铁汉南线"}, set()),
    ("建成城际铁路联络线一期,实现国道108新线高速通车。", {"城际铁路联络线一期"}, {"城际铁路"}),
    ("加快市域铁路东环线建设。", {"市域铁路东环线"}, set()),
    # the city before the kind names the line with it, as it does a numbered line
    ("全力推动武汉轨道交通前川线及早开工。", {"武汉轨道交通前川线"}, {"轨道交通前川线"}),
    # a kind of line without its phase is no one line
    ("建设城际铁路联络线,完善路网。", set(), {"城际铁路联络线"}),
    # a name cut out of a word, or no build in the clause: no line
    ("推进轨道交通站点沿线土地综合开发建设。", set(), {"轨道交通站点沿线"}),
    # 沿线 starting inside the name: the word ending at 线 is neither 线 alone nor the name and 线
    ("推进地铁长江路沿线土地开发建设。", set(), {"地铁长江路沿线"}),
    ("推动城际铁路洛偃沿线产业带建设。", set(), {"城际铁路洛偃沿线"}),
    ("市郊铁路怀平线日均客流达到一万人次。", set(), {"市郊铁路怀平线"}),
    # a numbered line stays the numbered lines' rule's ("轨道交通三号线")
    ("优化轨道交通线网规划,加快建设轨道交通三号线。", {"轨道交通三号线"}, {"轨道交通线网"}),
    # a railway found by its head right before the line's name opens it: one works, not two overlapping
    ("加快建设津保城际铁路联络线一期。", {"津保城际铁路联络线一期"}, {"津保城际铁路", "城际铁路联络线一期"}),
    ("加快建设莞惠城际铁路龙岗线。", {"莞惠城际铁路龙岗线"}, {"莞惠城际铁路", "城际铁路龙岗线"}),
    ("加快建设郑州至许昌城际铁路郑许线。", {"郑州至许昌城际铁路郑许线"}, {"许昌城际铁路郑许线", "郑州至许昌城际铁路"}),
])
def test_named_lines(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# An express line named by its site (kg.extract.projects.extract_express_lines): a place before 快线;
# a service named by its kind, time or users names no works.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("开通运营地铁3号线后段、滨江快线。", {"滨江快线"}, set()),
    ("西城快线、潘州大道开工建设。", {"西城快线", "潘州大道"}, set()),
    ("开通城乡公交快线。", set(), {"城乡公交快线"}),
    ("新开通公交快线3条,优化公交线路12条。", set(), {"公交快线"}),
    ("开通旅游专线和夜间快线,方便游客出行。", set(), {"夜间快线"}),
    ("开通高峰快线。", set(), {"高峰快线"}),
    ("新开通通勤快线3条。", set(), {"通勤快线"}),
    ("开通商务快线,服务园区企业。", set(), {"商务快线"}),
    ("开通中欧班列快线。", set(), {"中欧班列快线"}),
    # a category word jieba tags a place names no line (generic_projects.txt)
    ("建成城市快线、开通夜间快线。", set(), {"城市快线", "夜间快线"}),
    ("加快市域快线建设。", set(), {"市域快线"}),
    # a route from a place to a place: the route whole, never its last end alone (mend of me26)
    ("开通南阳至西阳快线。", {"南阳至西阳快线"}, {"西阳快线"}),
    ("开通东州至西阳快线。", set(), {"西阳快线"}),
    # a line's other name in brackets stays part of the line's name
    ("加快地铁4号线、城际铁路F2线(临海快线)建设。", {"城际铁路F2线(临海快线)"}, {"临海快线"}),
])
def test_express_lines(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_express_line_route_end_is_the_place(tmp_path):
    # "甲至乙快线": 快线 is the route's head, no part of its last end's name (place_route_end_modifiers.txt)
    places = report_names(tmp_path, "Place", "市政府工作报告", "", "一、工作回顾", "", "开通东州至西阳快线。")
    assert "西阳" in places and "西阳快线" not in places, places
