"""Project recall and boundaries (session 66, helper prj): a city's or county's biggest base it built is one
works; the name after a sum invested ends at 进入 (a phase reached) and leaves out the counted units of a
plant (首台机组); a ranking among single projects (单体项目) before a works' name is no part of it.
Sentences written in the genre of city and county reports (the DHH2 excerpts stay outside the repository),
and one of sichuan-2026-review (tests/real) for the province's case."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

HEAD = "2024年某某县人民政府工作报告"


def test_biggest_base_a_county_built_is_one_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "建成全市最大的光伏制氢基地，带动就业2000人。", HEAD)
    assert_found(projects, {"光伏制氢基地"}, {"全市最大的光伏制氢基地"})


def test_biggest_base_a_province_became_is_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "“西电东送”电量超过8100亿千瓦时，建成全国最大天然气生产基地。",
                                  "2026年四川省人民政府工作报告")
    assert_found(projects, set(), {"天然气生产基地", "全国最大天然气生产基地"})


def test_invested_works_name_ends_before_the_phase_it_reaches(tmp_path):
    projects, _, _ = review_graph(tmp_path, "总投资20亿元的某某汽车零部件项目进入设备调试阶段。", HEAD)
    assert_found(projects, {"某某汽车零部件项目"}, {"进入设备调试阶段"})


def test_first_unit_of_an_invested_station_stays_the_station(tmp_path):
    projects, _, _ = review_graph(tmp_path, "总投资70亿元的青山抽水蓄能电站首台机组投产发电。", HEAD)
    assert_found(projects, {"青山抽水蓄能电站"}, {"青山抽水蓄能电站首台机组"})


def test_numbered_unit_of_an_invested_plant_is_its_own_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "投资30亿元的青山电厂2号机组并网发电。", HEAD)
    assert_found(projects, {"青山电厂2号机组"}, set())


def test_ranking_among_single_projects_is_no_part_of_the_name(tmp_path):
    projects, _, _ = review_graph(tmp_path, "总投资60亿元的全市最大单体项目青山抽水蓄能电站开工建设。", HEAD)
    assert_found(projects, {"青山抽水蓄能电站"}, {"全市最大单体项目青山抽水蓄能电站"})


COUNTY = "2024年宁乡市人民政府工作报告"


def test_phase_of_a_company_plant_built_in_a_county_is_one_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "循环经济产业园启动建设，远大再生资源二期投产，全县工业产值突破100亿元。", COUNTY)
    assert_found(projects, {"远大再生资源二期"}, {"再生资源二期"})


def test_phase_not_built_is_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "远大再生资源二期取得产业项目第5名的成绩。", COUNTY)
    assert_found(projects, set(), {"远大再生资源二期"})


def test_port_area_is_no_port_works(tmp_path):
    # henan-2026 (tests/real): 郑州航空港区 is the port's area, a place; no works ends at its 港
    projects, _, _ = review_graph(tmp_path, "实施自贸试验区提升战略，完成新郑综保区扩区，增强郑州航空港区开放功能。",
                                  "2026年河南省人民政府工作报告")
    assert_found(projects, set(), {"郑州航空港", "郑州航空港区"})


def test_works_in_a_port_area_keep_it_in_their_name(tmp_path):
    # shanghai-2026-review (tests/real): the area opens the works' name, whose head comes after it
    projects, _, _ = review_graph(tmp_path, "加快建设航运绿色燃料供应体系，罗泾港区改造二期启动建设。",
                                  "2026年上海市人民政府工作报告")
    assert_found(projects, {"罗泾港区改造二期"}, {"罗泾港"})
