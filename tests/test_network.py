"""The network view behind the page: section themes from headings, a project's stage history."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, XSD

from kg.outputs.network import GENERAL_THEME, heading_theme, network_view, to_networkx
from kg.rdf.graph import ID, POL


def test_heading_themes_come_from_keywords():
    assert heading_theme("加快推进交通基础设施建设") == "transport"
    assert heading_theme("加强生态文明建设,筑牢生态安全屏障") == "ecology"
    assert heading_theme("着力保障和改善民生,稳步提高人民生活质量") == "livelihood"
    assert heading_theme("大力发展社会事业,不断提升公共服务水平") == "social"
    assert heading_theme("2014年工作回顾") == GENERAL_THEME


def test_entities_take_the_theme_of_their_sections(qianjiang):
    net = to_networkx(qianjiang.rdf)
    themes = {d["theme"] for _, d in net.nodes(data=True)}
    assert len(themes - {GENERAL_THEME}) >= 4


def test_stage_history_when_the_graph_has_stage_records(qianjiang):
    g = qianjiang.rdf + qianjiang.rdf.__class__()
    net = to_networkx(g)
    project = next(n for n, d in net.nodes(data=True)
                   if d["type"] == "Project" and next(g.objects(URIRef(n), POL.stageRecord), None) is None)
    assert "stages" not in net.nodes[project]  # no records: no history, no error
    with_records = next(n for n, d in net.nodes(data=True) if next(g.objects(URIRef(n), POL.stageRecord), None) is not None)
    assert net.nodes[with_records]["stages"]  # the records the build writes are shown
    mention = next(g.subjects(POL.mentionOf, URIRef(project)))
    for year, stage in (("2018", "开工"), ("2017", "签约")):
        r = ID[f"test/stage/{year}"]
        g.add((URIRef(project), POL.stageRecord, r))
        g.add((r, POL.stage, Literal(stage)))
        g.add((r, POL.period, Literal(year, datatype=XSD.gYear)))
        g.add((r, PROV.wasDerivedFrom, mention))
    stages = to_networkx(g).nodes[project]["stages"]
    assert [(s["year"], s["stage"]) for s in stages] == [("2017", "签约"), ("2018", "开工")]
    assert all(s["sentence"] for s in stages)


def test_a_page_opens_on_structure_unless_the_report_links_too_little(qianjiang, national):
    from kg.config import PAGE_OPENING
    from kg.outputs.page import opening, structure

    net = network_view(qianjiang.rdf)
    assert structure(net) >= PAGE_OPENING.structure_min
    assert opening(net) == {"hide_isolated": True, "hidden_types": ["Indicator"], "grouped": False}
    # the national report links two of its 127 entities: it opens on all of them, grouped by theme
    net = network_view(national.rdf)
    assert structure(net) < PAGE_OPENING.structure_min
    assert opening(net) == {"hide_isolated": False, "hidden_types": [], "grouped": True}


def test_the_page_reads_built_triples_as_it_reads_an_rdflib_graph(qianjiang, yixian):
    """A build's page reads its triples through a TripleIndex, not an rdflib Graph: the same
    nodes with the same attributes in the same order, and the same edges — also where a node has
    several values (two reports merged: an entity with a label from each)."""
    from kg.rdf.formats import ox_terms
    from kg.rdf.graph import TripleIndex, graph_of

    for g in (qianjiang.rdf, qianjiang.rdf + yixian.rdf):
        triples = ox_terms(list(g))
        view = network_view(TripleIndex(triples))
        net = to_networkx(graph_of(triples))
        assert list(view.nodes.items()) == list(net.nodes(data=True))
        assert view.edges == {(s, o, k): d for s, o, k, d in net.edges(keys=True, data=True)}
        assert len(view.edges) > 50


def test_a_report_builds_its_page_without_importing_networkx(tmp_path):
    """networkx's import costs ~0.09 s: the page is built from the plain view; networkx is for
    the GraphML export and `to_networkx` only."""
    import subprocess
    import sys

    from tests.conftest import SEEDS

    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg", "build", str(SEEDS / "yixian-2019.txt"),
                          "-o", str(tmp_path)], capture_output=True, text=True, check=True)
    assert (tmp_path / "yixian-2019.html").stat().st_size > 100_000
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    assert "kg.outputs.page" in imported and "networkx" not in imported
