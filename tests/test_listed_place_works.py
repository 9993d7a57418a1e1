"""Places listed bare before a works whose name opens with the last of them and goes on with what is
done there ("甲湖、乙湖水环境综合治理工程", "甲寺、乙寺周边环境整治") name one works with every place, as
written (the samples' gold: "三台书院、草圭堂维修保护工程"), in each of them (kg.extract.project_lists
extract_listed_place_works, project_listed_place_works_ends.txt). Not where the last item is a
facility or zone of its own, nor places a service runs to. Sentences written in the genre's phrasing,
with invented places."""
from __future__ import annotations

from tests.conftest import review_located, review_projects

TITLE = "2023年某市人民政府工作报告"


def test_waters_and_temples_listed_before_shared_works_are_one_works(tmp_path):
    sentence = "完成青莲湖、白鹭湖水环境综合治理工程，实施云台寺、观音寺周边环境整治。"
    assert {"青莲湖、白鹭湖水环境综合治理工程", "云台寺、观音寺周边环境整治"} <= review_projects(tmp_path, sentence, TITLE)


def test_the_listed_works_is_in_every_place_and_the_last_item_stays_a_works(tmp_path):
    # the last item keeps the links tests/test_relations_branch_sites_and_listed_waters.py asks of it
    links = review_located(tmp_path, "清溪江、白沙江、青龙河沿岸截污工程加快实施。", TITLE)
    whole = "清溪江、白沙江、青龙河沿岸截污工程"
    assert {(whole, "清溪江"), (whole, "白沙江"), (whole, "青龙河"), ("青龙河沿岸截污工程", "青龙河")} <= links


def test_a_company_s_works_named_by_a_town_is_in_the_town(tmp_path):
    # the works' alias without the company ("濯水镇项目") is no name it shares with the town
    # (kg.resolve.relations _same_names): the town is where it is, not the works itself
    links = review_located(tmp_path, "青川食品股份有限公司濯水镇项目落地。", "2019年重庆市黔江区政府工作报告")
    assert ("青川食品股份有限公司濯水镇项目", "濯水镇") in links


def test_a_park_and_a_zone_s_park_listed_are_two_items(tmp_path):
    projects = review_projects(tmp_path, "建设青莲湖湿地公园、翠屏工业园区食品产业园，开通重庆、成都、宁波航线。", TITLE)
    assert not any("、" in p for p in projects), projects


def test_the_sample_s_listed_sites_keep_their_shared_works(qianjiang):
    names = {n for e in qianjiang.report.entities.values() if e.type == "Project" for n in (e.name, *e.aliases)}
    assert "三台书院、草圭堂维修保护工程" in names
