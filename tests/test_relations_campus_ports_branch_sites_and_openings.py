"""locatedIn (issue 10, session 43, helper lk43): classes of the design pools' misses and false links
(u49, u50), each checked against ANNOTATION.md's Relations; made-up grammar examples of the genre:

- a campus named after the area it stands in is no port named after a division, whatever county the
  part before 港 names elsewhere ("…大学紫金港校区二期": at 紫金港, though 紫金 is a county elsewhere);
- a company's regional headquarters is at the place its name gives before 区域总部 (org_branch_heads.txt);
- a landmark inside a landmark's name: the works are in the inner place too ("…青州工业园三期": in
  青州工业园, so in 青州市), one level further, not more;
- a place opening a clause that only opens an item no works was found for ("水磨镇震中纪念地、…") is
  not the place of the later items, which name places of their own;
- 县城 (the county seat by its kind, location.txt `generic`) is no place a works is named after;
- "P在X投入运行", "P在X揭牌" (location.txt `opened`) put the works at X, as "P在X开工建设" does."""
from __future__ import annotations

from tests.conftest import review_located


def test_a_campus_named_after_an_area_is_no_divisions_port(tmp_path):
    got = review_located(tmp_path, "加快南江大学紫金港校区二期建设。", "2020年杭州市人民政府工作报告")
    assert ("南江大学紫金港校区二期", "紫金港") in got, got


def test_a_regional_headquarters_is_at_the_place_it_names(tmp_path):
    got = review_located(tmp_path, "加快中建天津区域总部项目建设。", "2021年天津市东丽区人民政府工作报告")
    assert ("中建天津区域总部项目", "天津市") in got, got


def test_a_landmark_inside_a_landmarks_name_is_where_the_works_are(tmp_path):
    got = review_located(tmp_path, "推进恒泰科技青州工业园三期建设。", "2020年潍坊市人民政府工作报告")
    assert ("恒泰科技青州工业园三期", "青州市") in got, got


def test_a_place_opening_an_item_not_found_is_not_the_place_of_later_items(tmp_path):
    got = review_located(tmp_path, "水磨镇震中纪念地、漩口镇中心小学改扩建工程竣工。", "2019年汶川县人民政府工作报告")
    assert ("漩口镇中心小学改扩建工程", "漩口镇") in got and ("漩口镇中心小学改扩建工程", "水磨镇") not in got, got


def test_the_towns_built_up_area_by_its_kind_is_no_place_of_its_works(tmp_path):
    got = review_located(tmp_path, "建成县城污水处理厂和垃圾填埋场。", "2019年易县人民政府工作报告")
    assert not any(place == "县城" for _, place in got), got


def test_works_opened_or_unveiled_at_a_place_are_there(tmp_path):
    head = "2021年潍坊市人民政府工作报告"
    assert ("国家蔬菜检测中心项目", "青州市") in review_located(tmp_path, "国家蔬菜检测中心项目在青州市投入运行。", head)
    assert ("青州经济开发区", "青州市") in review_located(tmp_path, "青州经济开发区在青州市揭牌。", head)


def test_an_areas_kind_left_by_a_generic_end_names_no_place():
    """"科技城" of a place 科技城新区 is the kind of any tech city, no short name of that new area, so a
    works named "科技城软件产业园" is not put in it by its name; a proper stem still is ("芭拉胡" of 芭拉胡景区)."""
    from kg.model import PLACE, Entity
    from kg.resolve.relations import _NameIndex

    places = {"place/a": Entity(PLACE, "科技城新区", "place/a"), "place/b": Entity(PLACE, "芭拉胡景区", "place/b")}
    index = _NameIndex(places)
    assert index.inside(PLACE, "科技城软件产业园") == []
    assert index.inside(PLACE, "芭拉胡梦幻大峡谷") == [(0, "芭拉胡", "place/b")]


def test_a_landmark_named_by_a_company_is_not_in_the_companys_home():
    """A park named by a company whose name opens with a province ("湖南金禾集团大健康产业园") is the
    company's park: the province is where the company comes from, not a place the park's works are in
    (as `_named_after` reads the works' own name); a landmark's plain place still is ("青州工业园": 青州市)."""
    from types import SimpleNamespace

    from kg.model import ORG, PLACE, Entity
    from kg.resolve.relations import _landmark_of, _NameIndex

    ents = {"place/430000": Entity(PLACE, "湖南省", "place/430000", {"湖南"}, attrs={"code": "430000", "level": "province"}),
            "place/370781": Entity(PLACE, "青州市", "place/370781", {"青州"}, attrs={"code": "370781", "level": "county"}),
            "org/a": Entity(ORG, "湖南金禾集团", "org/a")}
    index = _NameIndex(ents)
    works = SimpleNamespace(key="project/x", mention=None)
    assert [f.object for f in _landmark_of(works, "湖南金禾集团大健康产业园", "place/p", index)] == []
    assert [f.object for f in _landmark_of(works, "青州工业园", "place/q", index)] == ["place/370781"]
