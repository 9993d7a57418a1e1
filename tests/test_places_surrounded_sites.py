"""A site named right before 周边 or 周围, and each listed by 、 before it, is where the clause works
around it: a place (kg.extract.genre.extract_surrounded_sites; ANNOTATION Place: parks and scenic areas
where the text treats them as locations); made-up sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names as found

HEAD = "某市人民政府工作报告"


def test_listed_parks_and_a_lake_before_their_surroundings_are_places(tmp_path):
    names = found(tmp_path, "Place", HEAD, "鹤鸣公园、槐川公园周边环境整治全面完成，完成榆溪湖周边环境整治。")
    assert {"鹤鸣公园", "槐川公园", "榆溪湖"} <= names


def test_a_square_keeps_its_city_and_a_lake_parts_from_its_town(tmp_path):
    # the city's square is named with the city ("某市人民广场"); a lake after a town is a place of its own
    names = found(tmp_path, "Place", HEAD, "完成鹤川市人民广场周边改造，槐川镇榆月潭周边生态旅游带建设启动。")
    assert {"鹤川市人民广场", "榆月潭"} <= names and "槐川镇榆月潭" not in names


def test_kinds_of_site_and_listed_works_around_them_are_no_places(tmp_path):
    names = found(tmp_path, "Place", HEAD, "加强城市公园周边、景区周边、学校周边环境整治，建成榆溪池周边绿道、鹤鸣广场周边提升等工程。")
    assert not {"城市公园", "景区", "学校"} & names
    assert not {n for n in names if "周边" in n}
