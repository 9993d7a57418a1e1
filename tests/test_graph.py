"""The RDF graph: ontology terms, stable IRIs, provenance, determinism, the networkx view."""
from __future__ import annotations

import os
import subprocess
import sys
import unicodedata

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS, XSD, PROV

from kg.resolve.entities import place_key, slug
from kg.outputs.network import measured_in, to_networkx
from kg.rdf.formats import to_turtle
from kg.rdf.graph import ID, POL

from .conftest import ROOT, SEEDS


def test_turtle_parses_back_to_the_same_graph(qianjiang):
    ttl = to_turtle(qianjiang.rdf)
    g = Graph().parse(data=ttl, format="turtle")
    assert isomorphic(g, qianjiang.rdf)
    assert not any(isinstance(t, type(None)) for t in g)


def test_turtle_is_byte_identical_whatever_the_hash_seed(tmp_path):
    outs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS / "yixian-2019.txt"), "-o", str(out), "--no-page"],
                       check=True, env=env, capture_output=True)
        outs.append((out / "yixian-2019.ttl").read_bytes())
    assert outs[0] == outs[1] == outs[2]


def test_no_blank_nodes(qianjiang):
    assert all(isinstance(t, (URIRef, Literal)) for triple in qianjiang.rdf for t in triple)


def test_entities_have_labels_and_types(qianjiang):
    g = qianjiang.rdf
    qj = ID["place/500114"]
    assert (qj, RDF.type, POL.Place) in g
    assert (qj, RDFS.label, Literal("黔江区", lang="zh")) in g
    assert (qj, SKOS.altLabel, Literal("黔江", lang="zh")) in g
    assert (qj, POL.adminCode, Literal("500114")) in g
    assert (qj, POL.partOf, ID["place/500000"]) in g
    for cls in ("Project", "Place", "Organization", "Indicator", "Observation", "Report", "Section", "Mention"):
        assert any(True for _ in g.subjects(RDF.type, POL[cls])), cls


def test_observations_are_typed(qianjiang):
    g = qianjiang.rdf
    for ob in g.subjects(RDF.type, POL.Observation):
        value = g.value(ob, POL.value)
        assert value.datatype == XSD.decimal or ":" in str(value)
        assert g.value(ob, POL.period).datatype == XSD.gYear
        assert str(g.value(ob, POL.status)) in ("actual", "target")
        assert str(g.value(ob, POL.measure)) in ("level", "change")
        assert g.value(g.value(ob, POL.indicator), RDFS.label) is not None
        assert g.value(ob, POL.area) is not None


def test_same_entity_same_iri_across_reports(qianjiang, yixian):
    def iri_of(build, label, cls):
        return {s for s in build.rdf.subjects(RDFS.label, Literal(label, lang="zh")) if (s, RDF.type, POL[cls]) in build.rdf}

    for label, cls in (("党中央", "Organization"), ("固定资产投资", "Indicator")):
        a, b = iri_of(qianjiang, label, cls), iri_of(yixian, label, cls)
        assert a and a == b, label
    # regions and divisions are one place whichever report names them
    assert place_key("京津冀", "50", None, "500114")[0] == place_key("京津冀", "13", None, "130633")[0]
    assert place_key("重庆市", "50", None, "500114")[0] == place_key("重庆市", "13", None, "130633")[0] == "place/500000"
    # names that are only unique near home are different entities in different reports:
    # 市委 is 重庆's in one and 保定's in the other; 新城 is a part of each county
    for label, cls in (("市委", "Organization"), ("县委", "Organization"), ("新城", "Place")):
        a, b = iri_of(qianjiang, label, cls), iri_of(yixian, label, cls)
        assert not (a and b and a == b), label
    assert iri_of(qianjiang, "市委", "Organization") == {ID["organization/500000/" + slug("市委")]}
    assert iri_of(yixian, "市委", "Organization") == {ID["organization/130600/" + slug("市委")]}


def test_indicators_link_to_the_national_indicator_they_name(qianjiang, yixian):
    """The report says 地区生产总值 or 全县生产总值; both point at one standard indicator."""
    def standard(build, label):
        g = build.rdf
        ind = next(s for s in g.subjects(RDFS.label, Literal(label, lang="zh")) if (s, RDF.type, POL.Indicator) in g)
        return g.value(ind, POL.standardIndicator)

    a, b = standard(qianjiang, "地区生产总值"), standard(yixian, "生产总值")
    assert a is not None and a == b
    assert (a, SKOS.prefLabel, Literal("地区生产总值", lang="zh")) in qianjiang.rdf


def test_every_fact_leads_to_its_sentence_in_the_original_file(qianjiang):
    g = qianjiang.rdf
    original = qianjiang.source.original
    mentions = list(g.subjects(RDF.type, POL.Mention))
    assert len(mentions) > 300
    for m in mentions:
        a, b = int(g.value(m, POL.start)), int(g.value(m, POL.end))
        span = "".join(unicodedata.normalize("NFKC", c) for c in original[a:b] if not c.isspace())
        assert span.replace("“", "").replace("”", "") == str(g.value(m, POL.text)), m
        sent = g.value(m, POL.sentence)
        sa, sb = int(g.value(sent, POL.start)), int(g.value(sent, POL.end))
        assert sa <= a and b <= sb
        assert g.value(m, POL.section) is not None
    for st in g.subjects(RDF.type, POL.Statement):
        assert g.value(st, PROV.wasDerivedFrom) in mentions
    for ob in g.subjects(RDF.type, POL.Observation):
        assert g.value(ob, PROV.wasDerivedFrom) in mentions


def test_network_view_matches_the_graph(qianjiang):
    g = qianjiang.rdf
    net = to_networkx(g)
    entities = sum(1 for cls in ("Project", "Place", "Organization", "Indicator") for _ in g.subjects(RDF.type, POL[cls]))
    assert net.number_of_nodes() == entities
    relations = sum(1 for p in (POL.locatedIn, POL.participatesIn, POL.partOf) for _ in g.subject_objects(p))
    assert net.number_of_edges() == relations + len(measured_in(g))
    qj = net.nodes[str(ID["place/500114"])]
    assert qj["type"] == "Place" and qj["mentions"] >= 20 and "黔江" in qj["aliases"]
    assert qj["sentences"] and all(s["text"] and s["section"] for s in qj["sentences"])


def test_committed_output_is_fresh(tmp_path):
    """output/ must be what `kg build seeds/*.txt` writes now."""
    seeds = sorted(SEEDS.glob("*.txt"))
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, seeds), "-o", str(tmp_path)], check=True,
                   capture_output=True)
    for seed in seeds:
        for ext in ("ttl", "html"):
            committed = ROOT / "output" / f"{seed.stem}.{ext}"
            assert committed.exists(), f"{committed} is missing: run `kg build seeds/*.txt`"
            assert committed.read_bytes() == (tmp_path / f"{seed.stem}.{ext}").read_bytes(), \
                f"{committed} is stale: run `kg build seeds/*.txt`"


def test_a_long_run_of_reports_does_not_grow_the_vocabulary_node_cache(tmp_path):
    """node() caches vocabulary terms without bound: each report's own IRIs (its report node)
    are made apart, so a batch worker or server building report after report keeps it flat."""
    from kg.pipeline import build
    from kg.rdf.graph import node, report_triples

    text = "某县政府工作报告\n\n各位代表:\n\n一、过去一年工作回顾\n\n全县地区生产总值增长6.5%,达到120.50亿元。\n"
    sizes = []
    for name in ("county-a-2019", "county-b-2019", "county-c-2019"):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        report_triples(build(path).report)
        sizes.append(node.cache_info().currsize)
    assert sizes[1] == sizes[2] == sizes[0]


def test_decimal_text_is_the_lexical_form_rdflib_writes():
    from kg.rdf.graph import decimal_literal, decimal_text

    cases = {"30": "30.0", "30.50": "30.50", "007": "7.0", ".5": "0.5", "-1.20": "-1.20", "1e3": "1e3.0"}
    assert {v: decimal_text(v) for v in cases} == cases
    for v in cases:
        assert str(decimal_literal(v)) == decimal_text(v) == str(Literal(v if "." in v else v + ".0", datatype=XSD.decimal))


def test_a_works_written_with_and_without_its_trailing_xiangmu_is_one_project(yixian):
    # ANNOTATION rule 10: "县医院医技综合楼项目" and "县医院医技综合楼" in one report are one works, named
    # without 项目, the other form an alias
    g = yixian.rdf
    projects = set(g.subjects(RDF.type, POL.Project))
    labels = {str(o) for p in projects for o in g.objects(p, RDFS.label)}
    assert not [n for n in labels if n.endswith("项目") and n[:-2] in labels]
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    name = "县医院医技综合楼"
    assert name + "项目" in text and text.replace(name + "项目", "").count(name)
    (works,) = [p for p in g.subjects(RDFS.label, Literal(name, lang="zh")) if p in projects]
    assert (works, SKOS.altLabel, Literal(name + "项目", lang="zh")) in g
