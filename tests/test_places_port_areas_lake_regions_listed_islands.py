"""Places of reports from other provinces (session 34, pl34, issue 9): a port area named without its
port, a lake's region, islands and old towns listed beside one found, a county's short form as an
island's stem, a county's full name before a word of the sea, a free-trade zone's full title, a zone
named after two places joined by a dash, a river's section by where it lies, an unquoted abbreviation
of a province's cities, the Belt and Road corridors and the oceans, ethnic villages, a scenic area
after its county, a reservoir as a source of drinking water, a part of a lake by its side, a reserve
named with its level, an ecological economic belt, a named area after its city's quarter.
Sentences written in the genre's phrasing with invented names where the rule allows, not copied
from any gold."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CITY = "某市2023年政府工作报告"

CASES = [
    # a port area named without its port, after a verb or opening works named after it
    (CITY, "推进鹭屿港区集装箱吞吐量增长8%,加快璜泾港区散货码头改造工程。", {"鹭屿港区", "璜泾港区"}, ()),
    # a kind of port area is no place
    (CITY, "推进综合港区建设,新建散货港区泊位2个。", (), {"综合港区", "散货港区"}),
    # the lands round a lake, named after it
    (CITY, "加强洪泽湖区沟渠清淤整治,完成退圩还湖1.2万亩。", {"洪泽湖区", "洪泽湖"}, ()),
    # 区域 is a word (region): the lake before it is named, no lake region (洪泽湖区域 is 洪泽湖)
    (CITY, "实施青鸾湖区域综合开发,推进行政区划调整。", {"青鸾湖"}, {"青鸾湖区"}),
    # 桃花 and 花鸟 alone are common words; beside an island found they name islands as well
    (CITY, "打造桃花岛、青屿岛等特色海岛,推进花鸟岛、白沙岛建设。", {"桃花岛", "青屿岛", "花鸟岛", "白沙岛"}, ()),
    # an old town beside one found; 隆里 is no company before a site 古城
    (CITY, "镇远古城、隆里古城保护修缮工程完成年度任务。", {"镇远古城", "隆里古城"}, ()),
    # a county's short form (兴山县 of 宜昌) opening an island's name is the island's stem
    ("2023年宜昌市政府工作报告", "兴山岛旅游持续升温,接待游客增长20%。", {"兴山岛"}, {"兴山"}),
    # a county's full name before a dictionary word opening with a sea's head (海洋渔业)
    (CITY, "宁海县、象山县海洋渔业产值合计增长7.6%。", {"宁海县", "象山县"}, ()),
    # a free-trade zone's area with the designation's full title; the country there is the title's
    (CITY, "中国(湖北)自由贸易试验区襄阳片区新增市场主体2000户。", {"中国(湖北)自由贸易试验区襄阳片区"}, {"中国"}),
    # a zone named after two places joined by a dash, and the second of them
    (CITY, "梵净山—白鹭洲旅游区接待游客680万人次。", {"梵净山—白鹭洲旅游区", "白鹭洲"}, {"白鹭洲旅游区"}),
    # a section by where it lies on the river is the river's
    (CITY, "确保清溪河出境断面水质稳定达到Ⅲ类。", {"清溪河"}, {"清溪河出境断面"}),
    # an unquoted abbreviation of three cities of one province by their first characters
    (CITY, "推动汕潮揭同城化,深化宜荆荆一体化发展。", {"汕潮揭", "宜荆荆"}, ()),
    # words before a joint development are no abbreviation
    (CITY, "推进城乡融合发展,加快港产城一体化,推动区域协同发展。", (), {"城乡", "港产城", "区域"}),
    # a Belt and Road corridor, an ocean before the lands along its shore (not the country 印度)
    (CITY, "积极参与中巴经济走廊建设,开通至印度洋沿岸国家的集装箱航线。", {"中巴经济走廊", "印度洋"}, {"印度"}),
    # ethnic villages by their people and 寨, not the bare kind
    (CITY, "雷山县西江千户苗寨接待游客增长21%,黎平县肇兴侗寨入选全国乡村旅游重点村。",
     {"西江千户苗寨", "肇兴侗寨"}, {"侗寨"}),
    # a scenic area opening a works' name after its county: the county is where it is
    (CITY, "紫阳县云台寺景区提升改造项目完成投资1.2亿元。", {"紫阳县"}, {"紫阳县云台寺景区"}),
    # a reservoir protected as a source of drinking water is a place, and so is its area
    (CITY, "完成黄泥水库饮用水水源保护区规范化整治。", {"黄泥水库", "黄泥水库饮用水水源保护区"}, ()),
    # a kind of reservoir names no source
    (CITY, "小型水库饮用水水源地完成整治。", (), {"小型水库", "小型水库饮用水水源地"}),
    # a part of a great lake by its side, and the reserve named after it with its level
    (CITY, "加强西洞庭湖国家级自然保护区管护,越冬候鸟增加。", {"西洞庭湖", "西洞庭湖国家级自然保护区"}, ()),
    # a dash-joined scenic area: the longest zone after the dash, not the second place's area alone
    (CITY, "打造凤鸣湖—火山口森林公园旅游区,推进岳麓山—橘子洲风景名胜区提质。",
     {"凤鸣湖—火山口森林公园旅游区", "火山口森林公园", "岳麓山—橘子洲风景名胜区"},
     {"凤鸣湖—火山口森林公园", "橘子洲风景名胜区"}),
    # a named area after the city's quarter it lies in: the quarter is no part of its name
    (CITY, "全面启动新城区鹳岭东山组团建设。", {"鹳岭东山组团"}, {"新城区鹳岭东山组团"}),
    # an ecological economic belt named after its river
    (CITY, "推进汉江生态经济带建设。", {"汉江生态经济带", "汉江"}, ()),
]


@pytest.mark.parametrize("title, sentence, found, not_found", CASES, ids=[c[1][:12] for c in CASES])
def test_places_of_other_provinces(tmp_path, title, sentence, found, not_found):
    assert_found(report_names(tmp_path, "Place", title, "二、2023年工作安排", sentence), found, not_found)
