"""Works on a transport hub itself, written right after the hub's name ("南沙港五期", "深圳宝安机场第三跑道",
"武陵山机场改扩建工程"), are where the hub is named after (ANNOTATION rule 8: 武陵山机场改扩建工程 →
武陵山区; kg.resolve.relations _hub_own_works, rel_hub_own_works.txt), and at the hub too where the
report holds it as a place, not as works (`_hub_is_a_place`; tests/test_hub_works_at_the_hub.py).
A separate facility that stands at the hub keeps it as its place ("正阳火车站临时散堆货场" → 正阳火车站).
A river's head and the sea kept whole as one word ("江海联运", "江海船舶") end no place's name.
Sentences written in the genre's phrasing, with invented hubs; the samples from ../shared."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE

from tests.conftest import review_located, review_names

TITLE = "2023年某省人民政府工作报告"


def _links(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, sentence, TITLE)


def test_an_airport_s_phase_and_extension_are_where_it_is_named_after(tmp_path):
    links = _links(tmp_path, "加快通辽机场改扩建,推进巴彦淖尔机场二期和锡林浩特机场第二跑道建设。")
    assert {("通辽机场改扩建", "通辽市"), ("巴彦淖尔机场二期", "巴彦淖尔市")} <= links
    assert ("巴彦淖尔机场二期", "巴彦淖尔机场") in links  # a place of its own here: at it too


def test_a_terminal_area_with_its_ordinal_is_the_airport_s_own(tmp_path):
    # the airport's own works (T2航站区, 新航站楼): where it is named after, and at the airport, a place here
    links = _links(tmp_path, "开工建设白城机场T2航站区和松原机场新航站楼。")
    assert {("白城机场T2航站区", "白城市"), ("白城机场T2航站区", "白城机场"),
            ("松原机场新航站楼", "松原市"), ("松原机场新航站楼", "松原机场")} <= links


def test_a_port_s_phase_is_where_the_port_is_named_after_and_at_the_port(tmp_path):
    links = _links(tmp_path, "建成岳阳港二期,开工沅陵港三期。")
    assert {("岳阳港二期", "岳阳市"), ("岳阳港二期", "岳阳港")} <= links


def test_a_division_named_like_a_port_is_no_hub(tmp_path):
    # cities and districts whose names end in 港 or 站 (连云港, 防城港, 贵港, 黄石港): a city's own works
    # opening with 改造提升/新建/a phase stays in the city (kg.resolve.relations _is_hub)
    links = _links(tmp_path, "开工建设连云港改造提升城区供水管网工程和防城港新建第一中学项目,"
                             "推进贵港新建城市综合管廊项目和黄石港三期棚户区改造。")
    assert {("连云港改造提升城区供水管网工程", "连云港市"), ("防城港新建第一中学", "防城港市"),
            ("贵港新建城市综合管廊项目", "贵港市"), ("黄石港三期棚户区改造", "黄石港")} <= links


def test_a_facility_at_a_station_keeps_the_station(qianjiang):
    report = qianjiang.report
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "locatedIn"}
    assert ("正阳火车站临时散堆货场", "正阳火车站") in links
    assert ("武陵山机场改扩建工程", "武陵山") in links  # the place it is named after
    assert ("武陵山机场改扩建工程", "武陵山机场") not in links


def test_a_river_and_the_sea_in_general_end_no_place_name(tmp_path):
    # "江海联运", "江海船舶": waters in general after a city, no river 芜湖江 nor 芜湖江海
    # (kg.extract.places _in_a_water_pair, place_water_pairs.txt)
    sentence = "加快建设九江江海联运枢纽和铜陵马鞍山江海联运中心,5000吨级江海船舶可直达。"
    found = review_names(tmp_path, PLACE, sentence, TITLE)
    assert {"九江", "马鞍山"} <= found
    assert not {f for f in found if f.endswith(("江海", "山江", "级江"))}


def test_a_sea_wall_after_a_river_ends_the_river(tmp_path):
    # "钱塘江海塘", "闽江海堤": jieba cuts 钱塘江/海塘; the river ends at 江, no 钱塘江海 nor 椒江海塘
    # (kg.extract.places _in_a_water_pair, place_water_pairs.txt wall)
    sentence = "实施钱塘江海塘安澜工程,推进椒江海塘加固和闽江海堤提升。"
    found = review_names(tmp_path, PLACE, sentence, TITLE)
    assert {"钱塘江", "椒江", "闽江"} <= found
    assert not {f for f in found if "江海" in f}


def test_works_at_a_division_s_port_are_in_the_division_not_the_port(tmp_path):
    # anhui-2019 (pool u44) and tangshan-2016 (pool u46): a port or port area named after a division
    # is the division's; its terminals are in the division (and in a port area with a name of its own)
    links = _links(tmp_path, "推进芜湖港朱家桥外贸码头、安庆港长风港区集装箱码头建设,建成唐山港曹妃甸港区矿石码头三期工程。")
    assert not {obj for _, obj in links} & {"芜湖港", "安庆港", "唐山港", "曹妃甸港区"}
    assert {("芜湖港朱家桥外贸码头", "芜湖市"), ("唐山港曹妃甸港区矿石码头三期工程", "唐山市")} <= links


CITY_TITLE = "2023年岳阳市人民政府工作报告"


def test_an_international_airport_s_own_works_are_at_the_airport(tmp_path):
    # an international airport is a place of its own (a port of entry): the terminal or runway named
    # after it is at it, as well as where it is named after (rel_hub_own_works.txt `place`;
    # kg.resolve.relations._hub_is_a_place); invented airport, a city of the genre
    links = review_located(tmp_path, "岳阳青禾国际机场新航站楼建成启用,开工建设岳阳青禾国际机场第二跑道前期工程。",
                           CITY_TITLE)
    assert {("岳阳青禾国际机场新航站楼", "岳阳青禾国际机场"), ("岳阳青禾国际机场第二跑道", "岳阳青禾国际机场"),
            ("岳阳青禾国际机场新航站楼", "岳阳市"), ("岳阳青禾国际机场新航站楼", "青禾")} <= links


def test_a_regional_airport_s_own_works_are_at_the_airport_too(tmp_path):
    # a regional airport (某某机场) the report holds as a place, not as works: its terminal is where it is
    # named after and at it (the 17 real texts: 长沙机场改扩建工程 → 长沙机场, 南京机场三期 → 南京机场)
    links = review_located(tmp_path, "岳阳青禾机场新航站楼建成启用,开工建设岳阳青禾机场第二跑道前期工程。", CITY_TITLE)
    assert {("岳阳青禾机场新航站楼", "岳阳市"), ("岳阳青禾机场新航站楼", "岳阳青禾机场")} <= links


def test_an_airport_the_report_names_as_works_holds_none_of_its_works(tmp_path):
    # where the report names the airport itself as works (its traffic and its terminal in one sentence
    # here), the terminal is part of that works, not at a place
    links = review_located(tmp_path, "岳阳青禾国际机场旅客吞吐量达到520万人次,岳阳青禾国际机场新航站楼建成启用。",
                           CITY_TITLE)
    assert ("岳阳青禾国际机场新航站楼", "岳阳市") in links
    assert ("岳阳青禾国际机场新航站楼", "岳阳青禾国际机场") not in links
