"""pol:nextTarget: each actual linked, when its report is built, to the target for the next year of
the same indicator, unit and measure in that report; query 02 starts from these links and answers
the rows it answered when it paired every actual with every target."""
from __future__ import annotations

import pytest

from kg.rdf.formats import ntriples_of
from kg.rdf.graph import report_triples
from kg.services.sparql import load_store, run_query

from .conftest import HAILAR, ROOT, actuals_query, history_query, shared_file, source_query

PREFIXES = """PREFIX pol: <https://w3id.org/policy-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# query 02 as it was before the links (every actual paired with every target, by report,
# indicator, unit, measure and year): the reference the new query must agree with
PAIRED_WITHOUT_LINKS = PREFIXES + """
SELECT DISTINCT ?reportTitle ?indicator ?measure ?unit ?actualYear ?actual ?targetYear ?target WHERE {
  ?a pol:status "actual" ; pol:indicator ?i ; pol:report ?report ; pol:period ?pa ; pol:value ?actual ;
     pol:unit ?unit ; pol:measure ?measure .
  ?t pol:status "target" ; pol:indicator ?i ; pol:report ?report ; pol:period ?pt ; pol:value ?target ;
     pol:unit ?unit ; pol:measure ?measure .
  BIND(xsd:integer(STR(?pa)) AS ?actualYear)
  BIND(xsd:integer(STR(?pt)) AS ?targetYear)
  FILTER(?targetYear = ?actualYear + 1)
  ?report rdfs:label ?reportTitle .
  ?i rdfs:label ?indicator .
}
ORDER BY ?reportTitle ?indicator ?measure ?actual ?target"""
QUERY_02 = actuals_query("")  # the example for every indicator


def _store(tmp_path, builds):
    paths = []
    for b in builds:
        path = tmp_path / f"{b.source.name}.nt"
        path.write_text(ntriples_of(report_triples(b.report)), encoding="utf-8")
        paths.append(path)
    return load_store(paths)


def _rows(store, query):
    results = run_query(store, query)
    names = [v.value for v in results.variables]
    return [tuple(sol[n].value if sol[n] is not None else None for n in names) for sol in results]


def test_a_2019_reports_2018_actual_is_linked_to_its_2019_target(qianjiang, tmp_path):
    store = _store(tmp_path, [qianjiang])
    links = _rows(store, PREFIXES + """
        SELECT ?indicator ?measure ?unit ?pa ?actual ?pt ?target WHERE {
          ?a pol:nextTarget ?t ; pol:indicator/rdfs:label ?indicator ; pol:status ?sa ; pol:period ?pa ;
             pol:value ?actual ; pol:unit ?unit ; pol:measure ?measure .
          ?t pol:status ?st ; pol:period ?pt ; pol:value ?target ; pol:unit ?unit ; pol:measure ?measure ;
             pol:indicator/rdfs:label ?indicator .
          FILTER(?sa = "actual" && ?st = "target")
        }""")
    # 地区生产总值 grew 7% in 2018; the target for 2019 is 7% (the same sentence pair test_sparql reads)
    assert ("地区生产总值", "change", "%", "2018", "7", "2019", "7") in links
    assert ("一般公共预算收入", "change", "%", "2018", "12.8", "2019", "2") in links
    # every link goes from a year to the next one; none goes from a target or to an actual
    assert links and all(int(pt) == int(pa) + 1 for _, _, _, pa, _, pt, _ in links)
    n = _rows(store, PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a pol:nextTarget ?t }")[0][0]
    assert int(n) == len(links)


def test_no_link_without_a_target_for_the_next_year(national, tmp_path):
    store = _store(tmp_path, [national])
    wrong = _rows(store, PREFIXES + """
        SELECT ?a ?t WHERE {
          ?a pol:nextTarget ?t ; pol:period ?pa ; pol:indicator ?i ; pol:unit ?u ; pol:measure ?m ; pol:report ?r .
          FILTER NOT EXISTS { ?t pol:status "target" ; pol:indicator ?i ; pol:unit ?u ; pol:measure ?m ;
                                 pol:report ?r ; pol:period ?pt . FILTER(YEAR(?pt) = YEAR(?pa) + 1) }
        }""")
    assert wrong == []


@pytest.mark.parametrize("names", [("qianjiang", "yixian", "guangdong", "national")])
def test_query_02_answers_the_rows_of_the_pairing_without_links(names, request, tmp_path):
    store = _store(tmp_path, [request.getfixturevalue(n) for n in names])
    old = _rows(store, PAIRED_WITHOUT_LINKS)
    assert len(old) > 40  # the four samples pair 56 actuals with targets
    assert _rows(store, QUERY_02) == old


def test_query_02_on_two_hailar_years(tmp_path):
    from kg.pipeline import build

    shared_file("corpus", "hailar", "hailar-2016.txt")
    store = _store(tmp_path, [build(HAILAR / "hailar-2015.txt"), build(HAILAR / "hailar-2016.txt")])
    old = _rows(store, PAIRED_WITHOUT_LINKS)
    assert old and _rows(store, QUERY_02) == old


def test_query_11_sorts_by_its_keys_as_by_the_names(tmp_path):
    """11 sorts by new strings made from the project's and report's labels (cheaper to compare in a
    store): the rows and their order are those of sorting by the labels themselves."""
    from kg.pipeline import build

    shared_file("corpus", "hailar", "hailar-2016.txt")
    query = history_query("")  # every project
    keyed = "ORDER BY ?projectKey ?period ?rank ?reportKey ?mode ?asWritten ?sentence"
    assert keyed in query
    by_names = query.replace(keyed, "ORDER BY ?project ?period ?rank ?report ?mode ?asWritten ?sentence")
    store = _store(tmp_path, [build(HAILAR / "hailar-2015.txt"), build(HAILAR / "hailar-2016.txt")])
    rows = _rows(store, query)
    assert len(rows) > 50 and rows == _rows(store, by_names)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_query_05_sorts_by_its_key_as_by_the_file(qianjiang, yixian, guangdong, national, tmp_path):
    """05 sorts by a new string made from the file's path: the rows and their order are those of
    sorting by the path itself (of every year: the shipped 2018 is one file's)."""
    query = source_query("actual")
    assert "ORDER BY ?fileKey ?start" in query
    store = _store(tmp_path, [yixian, national, qianjiang, guangdong])
    rows = _rows(store, query)
    assert len({r[-1] for r in rows}) >= 2  # facts from several files
    assert rows == _rows(store, query.replace("ORDER BY ?fileKey ?start", "ORDER BY ?file ?start"))
