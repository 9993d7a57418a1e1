"""SPARQL: the example queries answer the analysts' questions on the sample graph; kg query."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from kg.services.sparql import load_store, run_query

from .conftest import (ROOT, actuals_query, bounded_query, history_query, indicator_query, shared_file,
                       source_query)

QUERIES = ROOT / "ontology" / "queries"
GRAPHS = [ROOT / "output" / "qianjiang-2019.ttl", ROOT / "output" / "yixian-2019.ttl"]


@pytest.fixture(scope="module")
def store():
    return load_store(GRAPHS)


def rows(store, name):
    return rows_of(store, (QUERIES / name).read_text(encoding="utf-8"))


def rows_of(store, query):
    results = run_query(store, query)
    names = [v.value for v in results.variables]
    return [{n: (sol[n].value if sol[n] is not None else None) for n in names} for sol in results]


def test_there_are_at_least_eight_documented_queries():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 8
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("#"), f"{f.name} must say what it answers"


def test_projects_places_investment(store):
    r = rows(store, "01-projects-places-investment.rq")
    city = [x for x in r if x["project"] == "启迪科技城"]
    assert city and city[0]["investment"] == "30" and city[0]["unit"] == "亿元"
    assert {"project": "南沟河水体污染整治", "place": "南沟河", "investment": None, "unit": None} in r


def test_actuals_beside_targets(store):
    r = rows_of(store, actuals_query(""))
    gdp = [x for x in r if x["indicator"] == "地区生产总值" and x["measure"] == "change"]
    assert {(x["actualYear"], x["actual"], x["targetYear"], x["target"]) for x in gdp} == {("2018", "7", "2019", "7")}
    # values are never paired across reports
    assert all(x["reportTitle"] for x in r)
    fiscal = {(x["reportTitle"], x["actual"], x["target"]) for x in r if x["indicator"] == "一般公共预算收入"}
    assert ("2019年重庆市黔江区政府工作报告", "12.8", "2") in fiscal
    assert not any(t == "2019年重庆市黔江区政府工作报告" and a == "46.5" for t, a, _ in fiscal)


def test_actuals_beside_targets_of_one_indicator(store):
    # the example names GDP by its standard name: the rows of every indicator whose standard is GDP
    gdp = rows(store, "02-actuals-vs-targets.rq")
    every = rows_of(store, actuals_query(""))
    assert gdp and gdp == [x for x in every if x["indicator"] in {"地区生产总值", "全县生产总值"}]
    assert len(every) > 3 * len(gdp)
    # an indicator named as a report writes it, not a standard one
    fiscal = rows_of(store, actuals_query("一般公共预算收入"))
    assert fiscal and fiscal == [x for x in every if x["indicator"] == "一般公共预算收入"]
    assert rows_of(store, actuals_query("没有这个指标")) == []


def test_organizations_in_projects(store):
    r = rows(store, "03-organizations-in-projects.rq")
    assert {"organization": "中信集团", "project": "三塘盖旅游康养度假区"} in r


def test_places_ranked_by_projects(store):
    r = rows(store, "04-places-by-projects.rq")
    counts = [int(x["projects"]) for x in r]
    assert counts == sorted(counts, reverse=True)
    assert r[0]["place"] == "黔江区"


def test_source_of_a_fact(store):
    r = rows_of(store, source_query("actual", "target"))
    original = (ROOT / "seeds" / "qianjiang-2019.txt").read_text(encoding="utf-8")
    assert {(x["status"], x["period"]) for x in r} >= {("actual", "2018"), ("target", "2019")}
    for x in r:
        assert original[int(x["start"]):int(x["end"])].replace(" ", "") == x["value"] + x["unit"]
        assert x["indicator"] in x["sentence"]
    # as shipped, the actuals of 2018: the rows of both statuses and every year that are those, in the same order
    actuals = rows(store, "05-source-of-a-fact.rq")
    assert actuals and actuals == [x for x in r if x["status"] == "actual" and x["period"] == "2018"]
    assert rows_of(store, source_query("target")) == [x for x in r if x["status"] == "target"]


def test_source_of_a_fact_of_one_year():
    """05 traces the values of the year on its VALUES ?year line (2018 as shipped), "" those of every
    year: on built graphs whose reports state GDP for 2018, 2020 and 2025, each year's rows are the
    every-year rows of that year, in the same order, and each row's offsets hold its value."""
    store = load_store(GRAPHS + [ROOT / "output" / "guangdong-2026.ttl"])
    every = rows_of(store, source_query("actual"))
    assert {(x["value"], x["unit"], x["period"], x["file"]) for x in every} == {
        ("7", "%", "2018", "qianjiang-2019.txt"), ("11.37", "万亿元", "2020", "guangdong-2026.txt"),
        ("3.9", "%", "2025", "guangdong-2026.txt"), ("14.58", "万亿元", "2025", "guangdong-2026.txt")}
    for x in every:
        original = (ROOT / "seeds" / x["file"]).read_text(encoding="utf-8")
        assert original[int(x["start"]):int(x["end"])].replace(" ", "") == x["value"] + x["unit"]
    shipped = rows(store, "05-source-of-a-fact.rq")
    assert shipped and shipped == [x for x in every if x["period"] == "2018"]
    latest = rows_of(store, source_query("actual", year="2025"))
    assert len(latest) == 2 and latest == [x for x in every if x["period"] == "2025"]
    assert rows_of(store, source_query("actual", year="2017")) == []


def test_source_of_a_fact_needs_no_type_look_up(store):
    """05 does not look up the observations' type (what points at an indicator with pol:indicator
    is an observation): with the type asked for, the same rows."""
    query = source_query("actual", "target")
    assert query.count("?o pol:indicator ?i ;") == 1 and "pol:Observation" not in query
    typed = query.replace("?o pol:indicator ?i ;", "?o pol:indicator ?i ; a pol:Observation ;")
    r = rows_of(store, query)
    assert len(r) >= 2 and r == rows_of(store, typed)


def test_bounded_targets(store):
    r = rows_of(store, bounded_query(""))
    assert {"indicator": "城镇调查失业率", "bound": "max", "value": "5", "unit": "%", "period": "2019"} in r
    assert {x["bound"] for x in r} == {"min", "max"}
    # one indicator: the every-indicator rows of that indicator, in the same order
    jobless = rows_of(store, bounded_query("城镇调查失业率"))
    assert jobless and jobless == [x for x in r if x["indicator"] == "城镇调查失业率"]


def test_projects_by_stage(store):
    r = {x["stage"]: x for x in rows(store, "07-projects-by-stage.rq")}
    assert "渝湘高铁重庆至黔江段" in r["开工"]["projects"]
    assert int(r["在建"]["count"]) >= 5


def test_everything_in_a_section(store):
    r = rows(store, "08-mentioned-in-a-section.rq")
    headings = {x["heading"] for x in r}
    assert "推动制造业高质量发展,促进工业优化升级" in headings
    assert {"type": "Project", "name": "启迪科技城"} in [{k: x[k] for k in ("type", "name")} for x in r]


def test_indicator_across_reports(store):
    r = rows(store, "09-indicator-across-reports.rq")
    gdp = {(x["area"], x["asWritten"]) for x in r if x["standard"] == "地区生产总值"}
    assert ("黔江区", "地区生产总值") in gdp and ("易县", "生产总值") in gdp
    # as shipped it names one standard indicator: the rows of the query for every one that are its
    every = rows_of(store, indicator_query(""))
    assert r == [x for x in every if x["standard"] == "地区生产总值"] and len(every) > 3 * len(r)
    assert {x["standard"] for x in every} >= {"地区生产总值", "一般公共预算收入", "社会消费品零售总额"}


def test_projects_with_a_place_or_organization(store):
    [r] = rows(store, "12-projects-with-place-or-organization.rq")
    projects, linked = int(r["projects"]), int(r["linked"])
    assert 0 < int(r["withPlace"]) <= linked <= projects and int(r["withOrganization"]) <= linked
    assert abs(float(r["percentLinked"]) - 100 * linked / projects) < 0.1
    assert int(r["links"]) > 0 and r["traceable"] == r["links"]  # every link has its sentence



def test_links_without_a_sentence_are_not_traceable():
    # break the trail of three links (statement untyped, no derivation, mention without sentence):
    # the query counts as traceable exactly the links that still have a complete statement
    import pyoxigraph as ox

    store = load_store(GRAPHS[:1])
    rdf, pol, prov = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://w3id.org/policy-kg/ontology#",
                      "http://www.w3.org/ns/prov#")

    def objects(s, p):
        return [q.object for q in store.quads_for_pattern(s, ox.NamedNode(p), None, None)]

    def drop(s, p):
        for q in list(store.quads_for_pattern(s, ox.NamedNode(p), None, None)):
            store.remove(q)

    statements = sorted({q.subject for q in store.quads_for_pattern(None, ox.NamedNode(rdf + "type"),
                                                                      ox.NamedNode(pol + "Statement"), None)},
                        key=lambda n: n.value)
    drop(statements[0], rdf + "type")
    drop(statements[1], prov + "wasDerivedFrom")
    drop(objects(statements[2], prov + "wasDerivedFrom")[0], pol + "sentence")

    def complete(st):
        return (ox.NamedNode(pol + "Statement") in objects(st, rdf + "type")
                and any(objects(m, pol + "sentence") for m in objects(st, prov + "wasDerivedFrom")))

    links = [q.triple for p in ("locatedIn", "participatesIn")
             for q in store.quads_for_pattern(None, ox.NamedNode(pol + p), None, ox.DefaultGraph())]
    traceable = [t for t in links if any(
        complete(st) for st in [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(rdf + "subject"), t.subject, None)]
        if t.predicate in objects(st, rdf + "predicate") and t.object in objects(st, rdf + "object"))]
    [r] = rows(store, "12-projects-with-place-or-organization.rq")
    assert int(r["links"]) == len(links) and int(r["traceable"]) == len(traceable) < len(links)

def test_project_history(tmp_path):
    # the history query needs stage records: built here from one Hailar year (review and plan parts)
    from kg.pipeline import build

    from .conftest import shared_file

    path = tmp_path / "hailar-2016.ttl"
    path.write_text(build(shared_file("corpus", "hailar", "hailar-2016.txt")).rdf.serialize(format="turtle"), encoding="utf-8")
    r = rows_of(load_store([path]), history_query("黑羊站水厂"))
    works = [(x["period"], x["stage"], x["mode"]) for x in r if x["project"] == "黑羊站水厂改扩建工程"]
    assert works == [("2015", "开工", "review"), ("2016", "在建", "plan")]
    assert r and all(x["asWritten"] in x["sentence"] for x in r)


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


def test_kg_query_table_and_result_formats():
    q = ("PREFIX pol: <https://w3id.org/policy-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?name WHERE { ?o a pol:Organization ; rdfs:label ?name . FILTER(STR(?name) = '中信集团') }")
    table = kg("query", GRAPHS[0], q)
    assert table.returncode == 0 and "中信集团" in table.stdout and "(1 row)" in table.stdout
    out = kg("query", GRAPHS[0], q, "--format", "csv").stdout
    assert list(csv.reader(io.StringIO(out))) == [["name"], ["中信集团"]]
    out = kg("query", GRAPHS[0], q, "--format", "tsv").stdout
    assert out.splitlines()[1] == '"中信集团"@zh'
    data = json.loads(kg("query", GRAPHS[0], q, "--format", "json").stdout)
    assert data["results"]["bindings"][0]["name"]["value"] == "中信集团"
    assert kg("query", *GRAPHS, "-f", QUERIES / "04-places-by-projects.rq").stdout.splitlines()[2].startswith("黔江区")


def test_kg_query_refuses_updates_and_reports_syntax_errors():
    r = kg("query", GRAPHS[0], "INSERT DATA { <a:b> <a:c> <a:d> }")
    assert r.returncode == 1 and "not updates" in r.stderr and len(r.stderr.splitlines()) == 1
    r = kg("query", GRAPHS[0], "SELECT WHERE {")
    assert r.returncode == 1 and r.stderr.startswith("kg: error: SPARQL syntax error")


def test_promises_query_returns_the_promises_table(tmp_path):
    """10-promises.rq over the merged Hailar graph (which holds the assessments) gives the rows of
    `kg promises --format csv`."""
    from .conftest import HAILAR

    if not HAILAR.is_dir():
        pytest.skip("the Hailar corpus is not in ../shared")
    subprocess.run([sys.executable, "-m", "kg", "build", str(HAILAR), "-o", str(tmp_path), "--merge", "hailar", "--no-page"],
                   check=True, capture_output=True)
    merged = tmp_path / "hailar.ttl"
    table = subprocess.run([sys.executable, "-m", "kg", "promises", str(merged), "--format", "csv"],
                           check=True, capture_output=True, text=True).stdout
    expected = [tuple(r.values()) for r in csv.DictReader(io.StringIO(table))]
    results = run_query(load_store([merged]), (QUERIES / "10-promises.rq").read_text(encoding="utf-8"))
    names = ["place", "indicator", "period", "measure", "unit", "target", "bound", "actual", "outcome", "margin"]
    got = [tuple(sol[n].value if sol[n] is not None else "" for n in names) for sol in results]
    assert got == expected
    assert any(r[8] == "met" for r in got) and any(r[8] == "missed" for r in got)


def test_a_merged_json_ld_holds_the_dataset_the_merged_trig_does(tmp_path):
    # the merged JSON-LD has a named graph per report, as the TriG: loaded, its default graph holds
    # their union, each triple once (a triple that both years state, a place's label, counted once)
    years = [shared_file("corpus", "hailar", f"hailar-{y}.txt") for y in (2015, 2016)]
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, years), "-o", str(tmp_path), "--merge", "both", "--no-page",
                    "--format", "trig,jsonld"], check=True, capture_output=True)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    trig, jsonld = (load_store([tmp_path / f"both.{ext}"]) for ext in ("trig", "jsonld"))
    assert [next(iter(run_query(jsonld, q)))["n"].value for q in (count, graphs)] == \
        [next(iter(run_query(trig, q)))["n"].value for q in (count, graphs)]
