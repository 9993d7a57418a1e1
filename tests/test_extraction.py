"""Extraction on the real sample reports: clean spans, aliases, observations and their fields."""
from __future__ import annotations

import pytest

from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def names(build, type_):
    return {e.name for e in build.report.entities.values() if e.type == type_ and e.mentions}


def entity(build, type_, name):
    hits = [e for e in build.report.entities.values() if e.type == type_ and (e.name == name or name in e.aliases)]
    assert hits, f"no {type_} named {name}"
    return hits[0]


def test_project_spans_leave_modifiers_out(qianjiang):
    projects = names(qianjiang, "Project")
    assert "渝湘高铁重庆至黔江段" in projects
    assert "启迪科技城" in projects
    assert not any(p.startswith(("时速", "总投资", "加快", "推进", "建设")) for p in projects)
    # a capacity that is part of the name stays
    assert "年产40万吨无碱玻纤项目" in projects


def test_generic_categories_are_not_projects(qianjiang):
    projects = names(qianjiang, "Project")
    for generic in ("重大项目", "重点项目", "基础设施", "深度脱贫攻坚项目", "乡村振兴战略"):
        assert generic not in projects


def test_places_resolve_to_divisions_with_aliases(qianjiang):
    qj = entity(qianjiang, "Place", "黔江")
    assert qj.name == "黔江区" and qj.attrs["code"] == "500114"
    cq = entity(qianjiang, "Place", "重庆")
    assert cq.name == "重庆市" and cq.attrs["code"] == "500000"
    # a short form far from home is not a homonym elsewhere: 正阳 here is the district's 正阳街道,
    # not 正阳县 in Henan
    zy = entity(qianjiang, "Place", "正阳")
    assert zy.name == "正阳街道" and zy.attrs["parent_code"] == "500114" and "code" not in zy.attrs


def test_towns_of_the_report_area_link_to_their_county(qianjiang):
    E = qianjiang.report.entities
    rels = {(r.kind, E[r.subject].name, E[r.object].name) for r in qianjiang.report.relations}
    for short, full in (("濯水", "濯水镇"), ("蓬东", "蓬东乡"), ("马喇", "马喇镇")):
        town = entity(qianjiang, "Place", short)
        assert town.name == full and short in town.aliases
        assert ("partOf", full, "黔江区") in rels


def test_local_places_by_suffix_and_route(qianjiang):
    places = names(qianjiang, "Place")
    assert {"金溪镇", "阿蓬江", "神龟峡", "黔江河", "蓬东乡", "马喇镇", "阳光花园", "马石角"} <= places
    assert not {"全国", "全区", "城周"} & places


def test_organizations_and_short_forms(qianjiang):
    orgs = names(qianjiang, "Organization")
    assert {"中信集团", "黔龙集团", "市委", "区委", "区政协", "恒丰银行黔江支行", "市卫生健康委"} <= orgs
    assert entity(qianjiang, "Organization", "烟厂").name == "黔江卷烟厂"
    gov = entity(qianjiang, "Organization", "区政府")
    assert gov.name == "重庆市黔江区人民政府"
    for generic in ("民营企业", "银行机构", "人民团体", "各民主党派"):
        assert generic not in orgs


def _observations(build, indicator):
    return [o for o in build.report.observations if build.report.entities[o.indicator].name == indicator]


def test_fenbie_lists_spread_values_over_indicators(qianjiang):
    urban = _observations(qianjiang, "城镇常住居民人均可支配收入")
    rural = _observations(qianjiang, "农村常住居民人均可支配收入")
    assert ("9", "actual", 2018) in {(o.value, o.status, o.period) for o in urban}
    assert ("10", "actual", 2018) in {(o.value, o.status, o.period) for o in rural}
    assert all(o.measure == "change" and o.direction == "increase" for o in urban + rural)


def test_observation_fields(qianjiang):
    gdp = {(o.value, o.unit, o.measure, o.direction, o.period, o.status) for o in _observations(qianjiang, "地区生产总值")}
    assert ("7", "%", "change", "increase", 2018, "actual") in gdp
    assert ("7", "%", "change", "increase", 2019, "target") in gdp
    unemployment = _observations(qianjiang, "城镇登记失业率")
    assert [(o.value, o.bound, o.measure) for o in unemployment] == [("3.2", "max", "level")]
    ratio = _observations(qianjiang, "粮经比")
    assert {(o.value, o.unit) for o in ratio} == {("55:45", "比"), ("40:60", "比")}
    poor = _observations(qianjiang, "贫困人口")
    assert [(o.value, o.unit, o.direction) for o in poor] == [("2692", "人", "decrease")]


def test_yixian_values_continue_their_indicator(yixian):
    fai = {(o.value, o.unit, o.measure) for o in _observations(yixian, "固定资产投资") if o.status == "actual"}
    assert fai == {("106", "亿元", "level"), ("9", "%", "change")}
    urban = _observations(yixian, "城镇居民人均可支配收入")
    assert {(o.value, o.unit) for o in urban if o.status == "actual"} == {("24302", "元"), ("8.8", "%")}


def test_project_investment_and_stage(qianjiang):
    city = entity(qianjiang, "Project", "启迪科技城")
    assert city.attrs["investment"] == ("30", "亿元")
    assert entity(qianjiang, "Project", "渝湘高铁重庆至黔江段").attrs["stage"] == "开工"
    assert entity(qianjiang, "Project", "秀山至黔江220千伏输变电复线工程").attrs["stage"] == "建成"


def test_relations_come_from_the_text(qianjiang):
    E = qianjiang.report.entities
    rels = {(r.kind, E[r.subject].name, E[r.object].name) for r in qianjiang.report.relations}
    assert ("participatesIn", "中信集团", "三塘盖旅游康养度假区") in rels
    # a company whose name opens a works name takes part in it
    assert ("participatesIn", "黔江卷烟厂", "黔江卷烟厂易地技改") in rels
    # a place the clause builds in ("在黔江建设保税仓") locates the project
    assert ("locatedIn", "保税仓", "黔江区") in rels
    assert not any(s == o for _, s, o in rels)
    assert ("locatedIn", "南沟河水体污染整治", "南沟河") in rels
    assert ("partOf", "黔江区", "重庆市") in rels
    for r in qianjiang.report.relations:
        if r.kind == "partOf":  # from the division table: the child's parent code is the parent's code
            assert E[r.subject].attrs["parent_code"] == E[r.object].attrs["code"]


def test_no_numbers_from_footnotes_or_ordinals(tmp_path):
    text = ("各位代表：\n一、2018年工作回顾\n全年地区生产总值增长6.5%[3]，举办第二届山地马拉松赛，"
            "出台涉企减负30条，完成“八项行动计划”。\n二、2019年工作安排\n森林覆盖率达到60%以上。\n")
    path = tmp_path / "r.txt"
    path.write_text(text * 2, encoding="utf-8")
    doc = parse_document(read_source(path))
    obs = [m for m in extract_mentions(doc) if m.type == "Observation"]
    values = {(m.attrs["indicator"], m.attrs["value"], m.attrs["status"], m.attrs["bound"]) for m in obs}
    assert ("地区生产总值", "6.5", "actual", None) in values
    assert ("森林覆盖率", "60", "target", "min") in values
    assert not any(v[1] in ("3", "30") for v in values)


@pytest.mark.parametrize("year", [2012, 2013, 2014, 2015, 2016])
def test_hailar_reports_build(year):
    from kg.pipeline import build
    from .conftest import entity_names, shared_file

    b = build(shared_file("corpus", "hailar", f"hailar-{year}.txt"))
    place_names = entity_names(b.report, "Place")
    assert "海拉尔区" in place_names
    assert b.report.area == "place/150702"
    assert any(o.status == "actual" and o.period == year - 1 for o in b.report.observations)
    assert any(o.status == "target" and o.period == year for o in b.report.observations)


def test_glossary_and_footnote_numbers_are_not_values(tmp_path):
    text = ("2019年某市政府工作报告\n\n各位代表：\n\n一、2018年工作回顾\n\n"
            "全市地区生产总值增长6.8%[1]，建成“雪亮工程”[2]。\n\n二、2019年工作安排\n\n"
            "一是实施乡村振兴战略，农村居民人均可支配收入增长8%。二是打好污染防治攻坚战，PM2.5平均浓度下降5%。\n\n"
            "名词解释\n\n[1]地区生产总值：按常住单位计算，2018年增长6.8%。\n\n"
            "[2]雪亮工程：覆盖全市的视频监控系统，共接入3.2万路摄像头。\n")
    path = tmp_path / "city.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_source(path))
    assert [s.mode for s in doc.sections if s.level == 1] == ["review", "plan", "glossary"]
    obs = [m.attrs for m in extract_mentions(doc) if m.type == "Observation"]
    assert sorted((o["indicator"], o["value"], o["status"]) for o in obs) == sorted([
        ("PM2.5平均浓度", "5", "target"), ("地区生产总值", "6.8", "actual"), ("农村居民人均可支配收入", "8", "target")])


def test_ranges_give_a_min_and_a_max(tmp_path):
    text = ("各位代表：\n一、2018年工作回顾\n全年完成预期目标。\n二、2019年工作安排\n"
            "地区生产总值增长6%-6.5%，新引进企业3-5家，城镇新增就业1万人左右。\n")
    path = tmp_path / "r.txt"
    path.write_text(text * 2, encoding="utf-8")
    obs = {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["bound"])
           for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"}
    assert {("地区生产总值", "6", "%", "min"), ("地区生产总值", "6.5", "%", "max"),
            ("新引进企业", "3", "家", "min"), ("新引进企业", "5", "家", "max"), ("城镇新增就业", "1", "万人", None)} <= obs


def test_starting_points_and_time_phrases_are_not_part_of_values(tmp_path):
    text = ("各位代表：\n一、2015年工作回顾\n五年来，森林覆盖率由2010年的21.6%提高到25.2%，"
            "月人均养老金由2010年的1264元增加到2011元，农民专业合作社发展到133家。\n"
            "二、2016年工作安排\n到2017年底前实现农村贫困人口96户全部脱贫。\n")
    path = tmp_path / "r.txt"
    path.write_text(text * 2, encoding="utf-8")
    obs = {(m.attrs["indicator"], m.attrs["value"], m.attrs["measure"], m.attrs["status"])
           for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"}
    assert ("森林覆盖率", "25.2", "level", "actual") in obs
    assert ("月人均养老金", "2011", "level", "actual") in obs
    assert ("农民专业合作社", "133", "level", "actual") in obs
    assert ("农村贫困人口", "96", "level", "target") in obs
    # ANNOTATION 9: the starting point of "由X提高到Y" is a value of its own, actual, for the
    # year it refers to, never a value of the year the part speaks of
    periods = {(m.attrs["indicator"], m.attrs["value"]): m.attrs["period"]
               for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"}
    assert ("森林覆盖率", "21.6", "level", "actual") in obs and periods[("森林覆盖率", "21.6")] == 2010
    assert periods[("月人均养老金", "1264")] == 2010 and periods[("森林覆盖率", "25.2")] == 2015


def test_observation_area_is_the_place_its_clause_opens_with(tmp_path):
    from kg.resolve.entities import build_graph

    text = ("各位代表：\n现在，我代表易县人民政府向大会报告工作。\n一、2018年工作回顾\n"
            "全县接待游客620万人次，其中，狼牙山镇接待游客120万人次，增长15%。\n二、2019年工作安排\n继续努力。\n")
    path = tmp_path / "r.txt"
    path.write_text(text * 2, encoding="utf-8")
    doc = parse_document(read_source(path))
    report = build_graph(doc, extract_mentions(doc))
    areas = {(o.value, report.entities[o.area].name) for o in report.observations}
    assert ("620", "易县") in areas
    assert ("120", "狼牙山镇") in areas and ("15", "狼牙山镇") in areas
