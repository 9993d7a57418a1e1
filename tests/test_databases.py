"""Serving, pushing and exporting: against a real kg server, a real Oxigraph server and a real
embedded graph database (Ladybug), all on this machine's loopback or disk."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.services.sparql import load_store, run_query

from .conftest import ROOT, actuals_query

GRAPHS = [ROOT / "output" / "qianjiang-2019.ttl", ROOT / "output" / "yixian-2019.ttl"]
QUERIES = ROOT / "ontology" / "queries"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


# ---------------------------------------------------------------- kg serve

def running(command: list[str], port: int):
    """Start a server on a loopback port, yield its base URL once it answers, stop it after."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def kg_server():
    port = free_port()
    for base in running([sys.executable, "-m", "kg", "serve", *map(str, GRAPHS), "--port", str(port)], port):
        yield base + "/sparql"


COUNT_ORGS = ("PREFIX pol: <https://w3id.org/policy-kg/ontology#> "
              "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a pol:Organization }")


def expected_orgs() -> str:
    sol = next(iter(run_query(load_store(GRAPHS), COUNT_ORGS)))
    return sol["n"].value


def test_serve_answers_get_and_post_in_standard_formats(kg_server):
    q = urllib.parse.quote(COUNT_ORGS)
    status, headers, body = http(f"{kg_server}?query={q}", headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == expected_orgs()
    status, headers, body = http(kg_server, data=COUNT_ORGS.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines() == ["n", expected_orgs()]
    form = urllib.parse.urlencode({"query": COUNT_ORGS}).encode()
    status, headers, body = http(kg_server, data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<sparql" in body
    status, headers, _ = http(kg_server, method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_serve_runs_the_example_queries(kg_server):
    query = (QUERIES / "03-organizations-in-projects.rq").read_text(encoding="utf-8")
    status, _, body = http(f"{kg_server}?query={urllib.parse.quote(query)}")
    pairs = {(b["organization"]["value"], b["project"]["value"]) for b in json.loads(body)["results"]["bindings"]}
    assert ("中信集团", "三塘盖旅游康养度假区") in pairs


def test_serve_is_read_only(kg_server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert http(kg_server, data=update.encode(), headers={"Content-Type": "application/sparql-update"})[0] == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert http(kg_server, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert http(f"{kg_server}?query={urllib.parse.quote(update)}")[0] == 403
    assert http(f"{kg_server}?query=SELECT")[0] == 400


# ---------------------------------------------------------------- kg push to a real Oxigraph server

def oxigraph_binary() -> str | None:
    return shutil.which("oxigraph") or (str(Path(sys.executable).parent / "oxigraph")
                                        if (Path(sys.executable).parent / "oxigraph").exists() else None)


@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = oxigraph_binary()
    if exe is None:
        pytest.skip("the Oxigraph server is not installed: pip install oxigraph")
    port = free_port()
    yield from running([exe, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"], port)


def server_count(base: str, query: str) -> int:
    status, _, body = http(f"{base}/query?query={urllib.parse.quote(query)}&union-default-graph",
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_push_one_named_graph_per_report_and_replace_on_repush(oxigraph_server):
    for _ in range(2):  # the second push must replace, not duplicate
        r = subprocess.run([sys.executable, "-m", "kg", "push", *map(str, GRAPHS), "--endpoint",
                            f"{oxigraph_server}/store"], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    graphs = server_count(oxigraph_server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs == 2
    triples = server_count(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert triples == sum(len(Graph().parse(p)) for p in GRAPHS)
    # the same question as the local example, answered by the server over the union of graphs
    query = (QUERIES / "04-places-by-projects.rq").read_text(encoding="utf-8")
    status, _, body = http(f"{oxigraph_server}/query?query={urllib.parse.quote(query)}&union-default-graph",
                           headers={"Accept": "application/sparql-results+json"})
    top = json.loads(body)["results"]["bindings"][0]
    assert top["place"]["value"] == "黔江区"


def test_push_to_a_chosen_graph(oxigraph_server):
    r = subprocess.run([sys.executable, "-m", "kg", "push", str(GRAPHS[1]), "--endpoint", f"{oxigraph_server}/store",
                        "--graph", "urn:x-test:yixian"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert server_count(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-test:yixian> { ?s ?p ?o } }") \
        == len(Graph().parse(GRAPHS[1]))


def test_push_to_nowhere_is_a_clear_error():
    r = subprocess.run([sys.executable, "-m", "kg", "push", str(GRAPHS[1]), "--endpoint",
                        f"http://127.0.0.1:{free_port()}/store"], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("kg: error:") and "cannot reach" in r.stderr


# ---------------------------------------------------------------- formats

def test_formats_round_trip_and_trig_keeps_one_graph_per_report(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    r = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, seeds), "-o", str(tmp_path), "--no-page",
                        "--format", "ttl,nt,jsonld,trig", "--merge", "all"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    ttl = Graph().parse(tmp_path / "qianjiang-2019.ttl")
    assert isomorphic(ttl, Graph().parse(tmp_path / "qianjiang-2019.nt"))
    assert isomorphic(ttl, Graph().parse(tmp_path / "qianjiang-2019.jsonld", format="json-ld"))
    context = json.loads((tmp_path / "qianjiang-2019.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["pol"] == "https://w3id.org/policy-kg/ontology#"
    ds = Dataset()
    ds.parse(tmp_path / "all.trig", format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == [f"https://w3id.org/policy-kg/id/graph/{seed.stem}" for seed in seeds]
    assert isomorphic(ds.graph(ds.graph("https://w3id.org/policy-kg/id/graph/qianjiang-2019").identifier), ttl)
    # byte-identical on a second run
    again = tmp_path / "again"
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, seeds), "-o", str(again), "--no-page",
                    "--format", "nt,jsonld,trig", "--merge", "all"], check=True, capture_output=True,
                   env=dict(os.environ, PYTHONHASHSEED="99"))
    for name in ("qianjiang-2019.nt", "qianjiang-2019.jsonld", "all.trig"):
        assert (again / name).read_bytes() == (tmp_path / name).read_bytes(), name


# ---------------------------------------------------------------- property graphs

def test_property_graph_export_into_ladybug_answers_like_sparql(tmp_path):
    lb = pytest.importorskip("real_ladybug")
    out, db = tmp_path / "pg", tmp_path / "db"
    r = subprocess.run([sys.executable, "-m", "kg", "export", *map(str, GRAPHS), "--property-graph", str(out),
                        "--ladybug", str(db)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    header = (out / "entities.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id:ID,:LABEL,")
    assert (out / "relationships.csv").read_text(encoding="utf-8").startswith(":START_ID,:END_ID,:TYPE")
    assert "LOAD CSV WITH HEADERS" in (out / "load.cypher").read_text(encoding="utf-8")
    import networkx as nx

    gml = nx.read_graphml(out / "graph.graphml")
    assert any(d.get("label") == "黔江区" for _, d in gml.nodes(data=True))

    conn = lb.Connection(lb.Database(str(db)))

    def cypher(q):
        res = conn.execute(q)
        rows = []
        while res.has_next():
            rows.append(tuple(res.get_next()))
        return rows

    store = load_store(GRAPHS)

    def sparql(name):
        text = (QUERIES / name).read_text(encoding="utf-8")
        if name == "02-actuals-vs-targets.rq":  # every indicator, not the example's one
            text = actuals_query("")
        res = run_query(store, text)
        return [tuple(sol[v].value for v in res.variables) for sol in res]

    # organizations taking part in projects
    assert set(cypher("MATCH (o:Organization)-[:PARTICIPATES_IN]->(p:Project) RETURN o.name, p.name")) == \
        set(sparql("03-organizations-in-projects.rq"))
    # places ranked by number of projects
    ranked = cypher("MATCH (p:Project)-[:LOCATED_IN]->(l:Place) RETURN l.name, count(DISTINCT p) AS n ORDER BY n DESC, l.name")
    assert [(name, str(n)) for name, n in ranked] == sparql("04-places-by-projects.rq")
    # did the numbers come true: each actual beside the next year's target (pol:nextTarget)
    pairs = cypher("MATCH (a:Observation)-[:NEXT_TARGET]->(t:Observation) "
                   "RETURN a.indicator, a.measure, a.unit, a.period, a.value, t.period, t.value")
    from decimal import Decimal, InvalidOperation

    def number(v):  # the CSV keeps rdflib's lexical form of a decimal ("7.0"), SPARQL Oxigraph's ("7")
        try:
            return Decimal(v)
        except InvalidOperation:
            return v  # a ratio ("55:45")

    expected = {(ind, measure, unit, int(year), number(actual), int(next_year), number(target))
                for _, ind, measure, unit, year, actual, next_year, target in sparql("02-actuals-vs-targets.rq")}
    got = {(i, m, u, int(y), number(a), int(ny), number(t)) for i, m, u, y, a, ny, t in pairs}
    assert len(pairs) > 10 and got == expected
