"""The works on a street named after a place are not in that place (kg/resolve/relations.py,
`_name_relations`, `_street_named_after`): "某江路西延", "某州路快速化改造工程" run on a city's
street that bears another place's name, as the bare street does (呼伦大街, hailar-2015); a place
before a word of roads (rel_street_compounds.txt: 道路, 路网, 街道…) is where its roads are.
Sentences written in the reports' phrasing."""
from __future__ import annotations

import pytest

from tests.test_relations import links


@pytest.mark.parametrize("project, place, located", [
    # a street named after a place elsewhere, then its works: on that street, not in the place
    ("长江路准快速化改造工程", "长江", False),
    ("长江路西延", "长江", False),
    ("长江大道东段改造", "长江", False),
    ("长江大街综合整治工程", "长江", False),
    # a place before a word of roads: the roads are the place's own
    ("清溪镇道路改造工程", "清溪镇", True),
    ("清溪镇路网提升工程", "清溪镇", True),
    ("清溪镇路面硬化工程", "清溪镇", True),
    ("清溪镇街巷整治工程", "清溪镇", True),
    ("清溪街心公园", "清溪", True),
    ("清溪县路政综合楼", "清溪县", True),
    # the head only opens a word of the dictionary (路演, 道口, 大街小巷, 路口): the place's own works
    ("岷县路演中心项目", "岷县", True),
    ("临洮县道口改造工程", "临洮县", True),
    ("清溪镇大街小巷环境整治工程", "清溪镇", True),
    ("白石镇路口渠化改造工程", "白石镇", True),
    ("清溪大街小巷环境整治", "清溪", True),
    # jieba cuts 道/地 (道地药材): the list of words opening with a head keeps it; a place written
    # with its kind is never a street's namesake either
    ("陇西县道地中药材产业园", "陇西县", True),
    ("清溪道地药材基地", "清溪", True),
    # a word of the street's part or side (路口, 路沿, 路下: words of space): still that street
    ("长江路口改造工程", "长江", False),
    ("长江路沿线综合整治工程", "长江", False),
    ("长江路下穿隧道工程", "长江", False),
])
def test_a_street_named_after_a_place_and_the_places_own_roads(tmp_path, project, place, located):
    got = links(tmp_path, f"启动{project}前期工作。", area="某某市", places=[place], projects=[project])
    assert (("locatedIn", project, place) in got) is located


@pytest.mark.parametrize("sentence, area, place, project, located_in", [
    # hailar-2015: 海拉尔大街 is in 海拉尔区, and so are the works on it
    ("完成海拉尔大街改造工程。", "海拉尔区", "海拉尔", "海拉尔大街改造工程", "海拉尔区"),
    # maoming-2017: an avenue named after a part of the area it serves (潘州大道) is there with its works
    ("潘州街道完成改造。建成潘州大道西段改造工程。", "茂名市", "潘州街道", "潘州大道西段改造工程", "潘州街道"),
])
def test_the_report_areas_own_street_and_an_avenue_of_its_part_keep_their_place(tmp_path, sentence, area, place,
                                                                                   project, located_in):
    got = links(tmp_path, sentence, area=area, places=[place], projects=[project])
    assert ("locatedIn", project, located_in) in got


def test_the_reviews_sentences_keep_their_places(tmp_path):
    from tests.conftest import review_located
    got = review_located(tmp_path, "加快陇西县道地中药材产业园建设，推进岷县路演中心项目，建设临洮县道口改造工程。"
                         "实施清溪镇大街小巷环境整治工程，推进白石镇路口渠化改造工程。", "2023年某市人民政府工作报告")
    assert {("陇西县道地中药材产业园", "陇西县"), ("岷县路演中心项目", "岷县"), ("临洮县道口改造工程", "临洮县"),
            ("清溪镇大街小巷环境整治工程", "清溪镇"), ("白石镇路口渠化改造工程", "白石镇")} <= got


@pytest.mark.parametrize("sentence, area, streets, project, namesake", [
    # wuhu-2018: 长江路 is a street of 芜湖, named after the river, not a landmark in it
    ("新建改造城市道路65条,完成中江大道、长江路、九华北路改造。", "芜湖市", ["中江大道", "长江路", "九华北路"],
     "中江大道、长江路、九华北路改造", "长江"),
    # sanya-2023: 凤凰路 is named after 凤凰 (the town), as in a works' own name
    ("完成解放路、迎宾路、凤凰路立面和交通改造。", "三亚市", ["解放路", "迎宾路", "凤凰路"],
     "解放路、迎宾路、凤凰路立面和交通改造", "凤凰"),
])
def test_a_street_inside_a_works_name_is_no_landmark_of_its_namesake(tmp_path, sentence, area, streets, project,
                                                                    namesake):
    got = links(tmp_path, sentence, area=area, places=[*streets, namesake], projects=[project])
    assert {("locatedIn", project, s) for s in streets} <= got  # the works are on the streets
    assert ("locatedIn", project, namesake) not in got  # not in the place a street is named after
