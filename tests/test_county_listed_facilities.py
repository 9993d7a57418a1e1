"""Projects in city, district and county reports (issue 9): facilities a clause lists as built or
opened. A laboratory (实验室, 试验室) and a customs-supervised store (监管库) end a listed facility
as a centre or a warehouse does; a list closed by a kind of site that qualifies facilities ("等口岸基础设施")
lists facilities, no sites. Sentences made up in the genre's style."""
from __future__ import annotations

from kg.pipeline import build

COUNTY = "2025年某某县政府工作报告"


def entities(tmp_path, *lines: str, review: bool = True) -> dict[str, set[str]]:
    path = tmp_path / "r.txt"
    part = "一、2024年工作回顾" if review else "二、2025年工作安排"
    path.write_text(COUNTY + "\n各位代表：\n" + part + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    out: dict[str, set[str]] = {}
    for e in build(path).report.entities.values():
        out.setdefault(e.type, set()).add(e.name)
    return out


def test_listed_laboratories_and_centres_opened_are_projects(tmp_path):
    got = entities(tmp_path, "农业科研中心气候试验室、种子产业园交易服务中心建成投用。",
                   "县农产品质量检测实验室、电商物流园分拣中心投入使用。")
    assert {"农业科研中心气候试验室", "种子产业园交易服务中心", "县农产品质量检测实验室",
            "电商物流园分拣中心"} <= got.get("Project", set())


def test_a_bare_or_graded_laboratory_is_a_kind(tmp_path):
    got = entities(tmp_path, "实验室、图书馆建成投用。", "重点实验室、分拣中心投入使用。")
    assert not {"实验室", "重点实验室"} & got.get("Project", set())


def test_customs_stores_before_facilities_of_a_port_are_projects_not_places(tmp_path):
    got = entities(tmp_path, "加快航空口岸海关监管库、保税仓库等口岸基础设施建设。", review=False)
    assert {"航空口岸海关监管库", "保税仓库"} <= got.get("Project", set()) or \
        {"海关监管库", "保税仓库"} <= got.get("Project", set())
    assert not {"海关监管库", "航空口岸海关监管库", "保税仓库"} & got.get("Place", set())


def test_ports_listed_as_ports_stay_places(tmp_path):
    # the kind closes the list and names what the items are: sites (no facilities after it)
    got = entities(tmp_path, "东宁、绥芬河等口岸通关量稳步增长。")
    assert {"东宁", "绥芬河"} <= got.get("Place", set())


def test_a_trade_named_project_listed_among_designated_works_is_one(tmp_path):
    got = entities(tmp_path, "华瑞永晟新能源项目列入省示范性重大产业项目,光伏产业集群雏形显现。")
    assert {"华瑞永晟新能源项目", "华瑞永晟新能源"} & got.get("Project", set())


def test_kinds_and_counts_listed_among_designated_works_are_not_projects(tmp_path):
    got = entities(tmp_path, "智能制造项目列入省重点建设项目。", "3个项目列入省重点项目。", "产业项目纳入省重点项目库。")
    assert not {"智能制造项目", "产业项目", "省重点建设项目", "省重点项目"} & got.get("Project", set())


def test_works_handed_over_for_use_are_built(tmp_path):
    got = entities(tmp_path, "金色大厅维修改造工程按时交付使用,为剧目演出提供了场所。")
    assert "金色大厅维修改造工程" in got.get("Project", set())


def test_a_title_the_subject_takes_is_no_works(tmp_path):
    got = entities(tmp_path, "融侨开发区规上工业产值首破千亿大关,成为福州市首个千亿产业园。",
                   "某某光伏电站获评国家绿色低碳先进技术示范项目。")
    assert not {"千亿产业园", "国家绿色低碳先进技术示范项目"} & got.get("Project", set())


def test_a_first_facility_built_is_still_a_project(tmp_path):
    # 建成, no title verb, before the ordinal of firsts: the one facility built
    got = entities(tmp_path, "建成全市首个智慧停车场,甲乙高速建成通车。", "建成全省首个零碳产业园。")
    assert {"智慧停车场", "零碳产业园"} <= got.get("Project", set())


def test_halls_and_machine_rooms_listed_as_hardware_built_are_projects(tmp_path):
    got = entities(tmp_path, "下大力气启动智慧城市一期项目，综合指挥大厅、数据机房等硬件设施建设基本完成。")
    assert {"综合指挥大厅", "数据机房"} <= got.get("Project", set())
