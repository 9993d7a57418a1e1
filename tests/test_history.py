"""A project's history across yearly reports: stage records per year (kg/resolve/stages.py), the history
query (ontology/queries/11-project-history.rq) and `kg projects`, on two Hailar years."""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections import Counter

import pytest
from rdflib import Literal
from rdflib.namespace import PROV, RDF, XSD

from kg.rdf.graph import ID, POL
from kg.services.sparql import load_store, run_query

from .conftest import ROOT, history_query, shared_file

QUERY = ROOT / "ontology" / "queries" / "11-project-history.rq"
WATERWORKS = "黑羊站水厂改扩建工程"  # hailar-2015 plans it, hailar-2016 reports it started and plans more


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("hailar")
    builds, paths = [], []
    for year in (2015, 2016):
        b = build(shared_file("corpus", "hailar", f"hailar-{year}.txt"))
        path = out / f"hailar-{year}.ttl"
        path.write_text(b.rdf.serialize(format="turtle"), encoding="utf-8")
        builds.append(b)
        paths.append(path)
    return builds, paths


def project_key(b, name):
    return next(k for k, e in b.report.entities.items() if e.type == "Project" and e.name == name)


def test_a_stage_record_per_year_with_its_report_and_sentence(two_years):
    builds, _ = two_years
    b2016 = builds[1]
    g = b2016.rdf
    project = ID[project_key(b2016, WATERWORKS)]
    records = {}
    for r in g.objects(project, POL.stageRecord):
        assert (r, RDF.type, POL.StageRecord) in g
        assert g.value(r, POL.report) == ID["report/hailar-2016"]
        mention = g.value(r, PROV.wasDerivedFrom)
        assert g.value(mention, POL.mentionOf) == project  # the record points at the project's own mention
        sentence = g.value(g.value(mention, POL.sentence), POL.text)
        records[(str(g.value(r, POL.stage)), g.value(r, POL.period))] = str(sentence)
    # the review part of the 2016 report speaks of 2015 ("…黑羊站水厂改扩建工程开工建设"), its plan
    # part of 2016 ("加快推进黑羊站水厂改扩建工程")
    assert set(records) == {("开工", Literal("2015", datatype=XSD.gYear)), ("在建", Literal("2016", datatype=XSD.gYear))}
    assert all(WATERWORKS in s for s in records.values())


def test_every_item_of_a_list_shares_its_stage(two_years):
    # hailar-2016: "确保临沂商城、二手车交易市场等项目开工建设"
    b2016 = two_years[0][1]
    stages = {(rec.stage, rec.period) for rec in b2016.report.stages
              if b2016.report.entities[rec.project].name == "二手车交易市场"}
    assert ("开工", 2016) in stages


def test_the_history_query_follows_a_project_across_reports(two_years):
    _, paths = two_years
    results = run_query(load_store(paths), history_query("黑羊站水厂"))
    rows = [(s["period"].value, s["stage"].value, s["report"].value) for s in results if s["project"].value == WATERWORKS]
    assert ("2015", "开工", "2015年海拉尔区政府工作报告") in rows  # planned in 2015
    assert ("2015", "开工", "2016年海拉尔区政府工作报告") in rows  # reported done a year later
    assert ("2016", "在建", "2016年海拉尔区政府工作报告") in rows
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


@pytest.fixture(scope="module")
def five_years(tmp_path_factory):
    """The five Hailar years (2012-2016) as Turtle files, to be merged in a store."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("hailar5")
    paths = []
    for source in sorted(shared_file("corpus", "hailar").glob("hailar-*.txt")):
        path = out / f"{source.stem}.ttl"
        path.write_text(build(source).rdf.serialize(format="turtle"), encoding="utf-8")
        paths.append(path)
    assert len(paths) == 5
    return paths


def history_rows(paths, word: str = "") -> list[tuple]:
    columns = ("project", "period", "stage", "mode", "report", "asWritten", "sentence")
    results = run_query(load_store(paths), history_query(word))
    return [tuple(None if s[c] is None else s[c].value for c in columns) for s in results]


def test_the_history_query_orders_its_rows_totally(five_years):
    """Rows of one project, year and stage stated by several reports (hailar-2015 plans 黑羊站水厂改扩建工程
    to start in 2015, hailar-2016 reports it started) come out in one order, whatever the order
    the reports were loaded in: the query orders by every column."""
    query = history_query("")
    keys = re.search(r"^ORDER BY (.+)$", query, re.M).group(1).split()
    selected = re.search(r"^SELECT (.+?) WHERE", query, re.M).group(1).split()
    # the stage ordered by its rank, the project and report by keys made from their labels
    # (tests/test_next_target_links.py: the same order as by the labels)
    stands_for = {"?rank": "?stage", "?projectKey": "?project", "?reportKey": "?report"}
    assert sorted(stands_for.get(k, k) for k in keys) == sorted(selected)
    rank = dict(re.findall(r'\("([^"]+)" (\d+)\)', query))
    rows = history_rows(five_years)
    # the keys as ordered, the stage standing for its rank (one rank per stage)
    by_key = Counter((r[0], r[1], rank[r[2]], r[4], r[3], r[5], r[6]) for r in rows)
    assert max(by_key.values()) == 1, [k for k, n in by_key.items() if n > 1][:3]
    tied_before = Counter((r[0], r[1], r[2]) for r in rows)
    assert tied_before[(WATERWORKS, "2015", "开工")] == 2  # the case a shorter ORDER BY left to the plan
    assert history_rows(five_years[::-1]) == rows


def test_the_example_follows_the_projects_named_by_its_word(five_years):
    """As shipped, 11 follows the projects whose name holds its word (中学): the rows of the query
    for every project that name one, in the same order; hailar-2013..2015 plan 南开路中学 built, its
    main works finished, then in use."""
    rows = [tuple(None if s[c] is None else s[c].value for c in ("project", "period", "stage", "mode", "report",
                                                              "asWritten", "sentence"))
            for s in run_query(load_store(five_years), QUERY.read_text(encoding="utf-8"))]
    every = history_rows(five_years)
    assert rows == [r for r in every if "中学" in r[0]] and len(rows) < len(every) / 10
    school = [(r[1], r[2], r[3]) for r in rows if r[0] == "南开路中学"]
    assert school == [("2013", "在建", "plan"), ("2014", "主体完工", "plan"), ("2015", "投用", "plan")]


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


def test_kg_projects_lists_years_stages_and_dropped_projects(two_years):
    _, paths = two_years
    r = kg("projects", *paths, "--format", "csv")
    assert r.returncode == 0, r.stderr
    table = {row["project"]: row for row in csv.DictReader(io.StringIO(r.stdout))}
    works = table[WATERWORKS]
    assert (works["first year"], works["last year"]) == ("2015", "2016")
    assert works["stages by year"] == "2015 开工; 2016 在建 (planned)"
    assert works["announced, not mentioned again"] == ""
    # hailar-2015: "西航悦海酒店开工建设"; the 2016 report never names it again
    hotel = table["西航悦海酒店"]
    assert hotel["stages by year"] == "2014 开工" and hotel["announced, not mentioned again"] == "yes"
    # the latest report's projects cannot be dropped yet
    assert table["二手车交易市场"]["announced, not mentioned again"] == ""


def test_kg_projects_reads_reports_and_prints_a_table(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "hailar-2016.txt").write_bytes(shared_file("corpus", "hailar", "hailar-2016.txt").read_bytes())
    r = kg("projects", folder)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split(" | ")[0].strip() == "project" and WATERWORKS in r.stdout


def test_kg_projects_reads_a_folder_of_built_graphs_as_it_reads_their_reports(two_years, tmp_path):
    # kg build's output folder (Turtle and pages) stands for its graphs, as kg promises reads it
    _, paths = two_years
    built, reports = tmp_path / "built", tmp_path / "reports"
    built.mkdir()
    reports.mkdir()
    for path in paths:
        (built / path.name).write_bytes(path.read_bytes())
        (built / path.with_suffix(".html").name).write_text("<html></html>", encoding="utf-8")
        (reports / path.with_suffix(".txt").name).write_bytes(
            shared_file("corpus", "hailar", path.with_suffix(".txt").name).read_bytes())
    from_graphs = kg("projects", built, "--format", "csv")
    from_reports = kg("projects", reports, "--format", "csv")
    assert from_graphs.returncode == 0, from_graphs.stderr
    assert WATERWORKS in from_graphs.stdout
    assert from_graphs.stdout == from_reports.stdout


def test_kg_projects_bad_input_is_one_line_error(tmp_path):
    r = kg("projects", tmp_path)  # a folder with no report
    assert r.returncode != 0 and r.stderr.startswith("kg: error:") and len(r.stderr.splitlines()) == 1
    r = kg("projects", tmp_path / "missing.ttl")
    assert r.returncode != 0 and r.stderr.startswith("kg: error:") and "Traceback" not in r.stderr


def _same_projects_of(tmp_path, projects: str) -> dict[str, str]:
    """same_projects over a graph of the Turtle lines `projects` (prefixes pol, rdfs, skos, id)."""
    from kg.corpus.history import same_projects

    ttl = tmp_path / "g.ttl"
    ttl.write_text("""
@prefix pol: <https://w3id.org/policy-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/policy-kg/id/> .
""" + projects, encoding="utf-8")
    return same_projects(load_store([ttl]))


def test_one_project_across_the_names_reports_give_it(tmp_path):
    # hailar-2015 writes "万家惠农贸市场项目", hailar-2016 "万家惠农贸市场" as a short form of
    # 万家惠农贸批发市场; a name only unique near home (保税仓) is one project per area only
    root = _same_projects_of(tmp_path, """
id:project\\/a1 a pol:Project ; rdfs:label "万家惠农贸市场项目"@zh .
id:project\\/a2 a pol:Project ; rdfs:label "万家惠农贸批发市场"@zh ; skos:altLabel "万家惠农贸市场"@zh .
id:project\\/150702\\/b1 a pol:Project ; rdfs:label "保税仓"@zh .
id:project\\/150702\\/b2 a pol:Project ; rdfs:label "保税仓项目"@zh .
id:project\\/500114\\/b3 a pol:Project ; rdfs:label "保税仓"@zh .
""")
    iri = "https://w3id.org/policy-kg/id/project/"
    assert root[iri + "a1"] == root[iri + "a2"]
    assert root[iri + "150702/b1"] == root[iri + "150702/b2"] != root[iri + "500114/b3"]
    assert root[iri + "a1"] != root[iri + "150702/b1"]


def test_every_stage_a_report_can_state_has_its_place_in_the_order():
    from kg import lexicons
    from kg.corpus.history import FINISHED, STAGE_ORDER

    stated = set(lexicons.mapping("stages.txt").values())
    assert stated == set(STAGE_ORDER)  # a stage missing from stage_order.tsv would vanish from kg projects
    assert len(STAGE_ORDER) == len(set(STAGE_ORDER))
    assert FINISHED == STAGE_ORDER[-len(FINISHED):]  # done means the end of the life cycle


def test_a_road_s_number_is_a_name_a_listed_line_s_number_is_not(tmp_path):
    # a listed rail line's number ("7" of "7、8号线一期", kg.extract.projects) is its alias but joins
    # nothing: 7号线一期 and 7号线二期 both have it; a road's code (G207, three digits) is a name of its own
    root = _same_projects_of(tmp_path, """
id:project\\/150702\\/l1 a pol:Project ; rdfs:label "7号线一期"@zh ; skos:altLabel "7"@zh .
id:project\\/150702\\/l2 a pol:Project ; rdfs:label "7号线二期"@zh ; skos:altLabel "7"@zh .
id:project\\/150702\\/g1 a pol:Project ; rdfs:label "G207"@zh .
id:project\\/150702\\/g2 a pol:Project ; rdfs:label "G207线改扩建工程"@zh ; skos:altLabel "G207"@zh .
""")
    iri = "https://w3id.org/policy-kg/id/project/150702/"
    assert root[iri + "l1"] != root[iri + "l2"]
    assert root.get(iri + "g1") == root.get(iri + "g2") is not None


def test_a_stage_is_one_literal_on_projects_and_their_records(two_years):
    # a project's pol:stage and its stage records' pol:stage are the same plain string (the seven
    # stages are a closed list of codes, like pol:mode): grouping by the stage gives each stage once
    builds, paths = two_years
    stages = [o for b in builds for o in b.rdf.objects(None, POL.stage)]
    assert stages and all(s.language is None and s.datatype in (None, XSD.string) for s in stages)
    rows = run_query(load_store(paths), "PREFIX pol: <https://w3id.org/policy-kg/ontology#> "
                        "SELECT ?stage (COUNT(*) AS ?n) WHERE { ?p pol:stage ?stage } GROUP BY ?stage")
    names = [r["stage"].value for r in rows]
    assert len(names) == len(set(names)) and "投用" in names


def test_a_project_is_dropped_within_its_own_area_not_by_another_area_s_later_years(two_years):
    """A corpus of several areas: Hailar's 2016 projects are its latest report's, not "announced, not
    mentioned again" because a district elsewhere reports 2019 (the seed's graph beside them)."""
    _, paths = two_years
    alone = kg("projects", *paths, "--format", "csv")
    mixed = kg("projects", *paths, ROOT / "output" / "qianjiang-2019.ttl", "--format", "csv")
    assert alone.returncode == 0 and mixed.returncode == 0, (alone.stderr, mixed.stderr)
    dropped = lambda r: {row["project"] for row in csv.DictReader(io.StringIO(r.stdout))
                         if row["announced, not mentioned again"] == "yes"}
    hailar = {row["project"] for row in csv.DictReader(io.StringIO(alone.stdout))}
    assert "二手车交易市场" in hailar and "西航悦海酒店" in dropped(alone)
    assert dropped(mixed) & hailar == dropped(alone)
