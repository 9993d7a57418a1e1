"""Places the rules had not seen (session 33, pn33, issue 9): a coastal port jieba cuts across its city
or named after a county far from home, the port areas named after it, a bonded zone after its city or
county, a new market town (新市镇) after the old town's name. Sentences written in the genre's phrasing,
not copied from any gold or from the probe."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "某市2023年政府工作报告", "二、2023年工作安排", *sentences)


def test_a_port_jieba_cuts_across_its_city(tmp_path):
    # jieba cut 唐/山港: the port and the city inside its name (ANNOTATION rule 8)
    found = _places(tmp_path, "唐山港煤炭吞吐量增长9.3%,新开通内贸航线5条。")
    assert {"唐山港", "唐山"} <= found
    assert "山港" not in found


def test_a_port_named_after_a_far_county(tmp_path):
    found = _places(tmp_path, "黄骅港矿石接卸量突破5000万吨。")
    assert "黄骅港" in found


def test_a_port_named_after_two_cities(tmp_path):
    found = _places(tmp_path, "全面对接宁波舟山港,海铁联运箱量增长35%。")
    assert "宁波舟山港" in found
    assert "舟山港" not in found


def test_port_areas_after_their_port(tmp_path):
    # the areas are named 京唐港区 and 曹妃甸港区, not with their port's name before them
    found = _places(tmp_path, "唐山港京唐港区、曹妃甸港区集装箱航线增至40条。")
    assert {"京唐港区", "曹妃甸港区"} <= found
    assert "唐山港京唐港区" not in found


def test_a_port_area_opening_works_after_its_port(tmp_path):
    found = _places(tmp_path, "推进连云港港赣榆港区10万吨级航道工程前期工作。")
    assert "赣榆港区" in found


def test_a_bonded_zone_after_a_far_county(tmp_path):
    # a bonded zone is named after its county: before 综保区 the county's short form is that county
    found = _places(tmp_path, "张家港综保区进出口额增长11.2%,跨境电商业务量翻番。")
    assert "张家港综保区" in found


def test_a_bonded_zone_after_its_city_and_the_zone_it_lies_in(tmp_path):
    # 经开 (jieba: a verb) is the short form of the economic development zone, a kind, not a clause
    found = _places(tmp_path, "合肥经开综保区跨境电商进出口额增长40%。")
    assert "合肥经开综保区" in found


def test_a_county_before_another_head_stays_far(tmp_path):
    # only the heads a county names however far from home: a far county's short form before 工业园 is not it
    found = _places(tmp_path, "张家港工业园新入驻企业12家。")
    assert "张家港" not in found


def test_a_new_market_town_after_the_old_towns_name(tmp_path):
    found = _places(tmp_path, "加快朱泾新市镇、枫泾新市镇公共服务设施建设。")
    assert {"朱泾新市镇", "枫泾新市镇"} <= found
    assert "新市镇" not in found


def test_a_new_market_town_after_a_three_character_name(tmp_path):
    found = _places(tmp_path, "金山卫新市镇新增就业岗位3000个。")
    assert "金山卫新市镇" in found


def test_a_kind_of_port_area_after_a_port_is_no_name(tmp_path):
    # "综合港区" is a kind of area (general cargo), not a name
    found = _places(tmp_path, "推进黄骅港综合港区、散货港区泊位建设。")
    assert "黄骅港" in found
    assert not any(p.endswith("港区") for p in found)
