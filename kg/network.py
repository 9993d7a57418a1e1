"""A networkx view of the RDF graph: entities as nodes, relations as edges, mention counts.

Built from the RDF graph itself (not from a second extraction), so the page and the exports show
exactly what the Turtle says.
"""
from __future__ import annotations

from collections import Counter

import networkx as nx
from rdflib import Graph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from . import lexicons
from .vocab import POL, RELATION_PROPERTIES, SCHEMA

ENTITY_CLASSES = ("Project", "Place", "Organization", "Indicator")
MAX_SENTENCES = 5


GENERAL_THEME = "general"


def themes() -> list[dict]:
    """The section themes (lexicons/section_themes.tsv) in table order, then "general"."""
    rows = [{"id": r[0], "label": f"{r[1]} {r[2]}", "keywords": r[3:]} for r in lexicons._lines("section_themes.tsv")]
    return rows + [{"id": GENERAL_THEME, "label": "综合 general", "keywords": []}]


def heading_theme(heading: str) -> str:
    """The theme whose keyword occurs earliest in a section heading; "general" when none does."""
    best = (len(heading) + 1, len(heading), GENERAL_THEME)
    for rank, t in enumerate(themes()):
        for k in t["keywords"]:
            i = heading.find(k)
            if i >= 0 and (i, rank) < best[:2]:
                best = (i, rank, t["id"])
    return best[2]


def section_themes(g: Graph) -> dict:
    """Each section's theme: from its own heading, else from its part's heading."""
    out = {}
    for sec in g.subjects(RDF.type, POL.Section):
        theme = heading_theme(str(g.value(sec, RDFS.label) or ""))
        parent = g.value(sec, DCTERMS.isPartOf)
        if theme == GENERAL_THEME and parent is not None and (parent, RDF.type, POL.Section) in g:
            theme = heading_theme(str(g.value(parent, RDFS.label) or ""))
        out[sec] = theme
    return out


def _main_theme(counts: Counter) -> str:
    specific = [(n, t) for t, n in counts.items() if t != GENERAL_THEME]
    if not specific:
        return GENERAL_THEME
    order = {t["id"]: i for i, t in enumerate(themes())}
    return min(specific, key=lambda x: (-x[0], order.get(x[1], 99)))[1]


def stage_history(g: Graph, project) -> list[dict]:
    """A project's stage by year, from `?project pol:stageRecord ?r . ?r pol:stage ?s ; pol:period ?y`
    (with the sentence when the record has one); [] when the graph holds no such records."""
    out = []
    for r in g.objects(project, POL.stageRecord):
        stage, period = g.value(r, POL.stage), g.value(r, POL.period)
        if stage is None or period is None:
            continue
        mention = g.value(r, PROV.wasDerivedFrom)
        sent = g.value(mention, POL.sentence) if mention is not None else None
        out.append({"year": str(period)[:4], "stage": str(stage),
                    "sentence": str(g.value(sent, POL.text) or "") if sent is not None else ""})
    out.sort(key=lambda x: (x["year"], x["stage"], x["sentence"]))
    return out


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    section_label = {s: str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, POL.Section)}
    theme_of = section_themes(g)
    for cls in ENTITY_CLASSES:
        for node in sorted(set(g.subjects(RDF.type, POL[cls]))):
            mentions = sorted(g.subjects(POL.mentionOf, node), key=lambda m: (str(g.value(m, POL.report)), int(g.value(m, POL.start))))
            sentences = []
            seen = set()
            for m in mentions:
                sent = g.value(m, POL.sentence)
                if sent in seen:
                    continue
                seen.add(sent)
                if len(sentences) < MAX_SENTENCES:
                    sentences.append({"text": str(g.value(sent, POL.text)),
                                      "section": section_label.get(g.value(m, POL.section), "")})
            counts = Counter(theme_of.get(g.value(m, POL.section), GENERAL_THEME) for m in mentions)
            attrs = {
                "type": cls,
                "label": str(g.value(node, RDFS.label)),
                "aliases": sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
                "mentions": len(mentions),
                "sentences": sentences,
                "theme": _main_theme(counts),
            }
            if cls == "Project":
                history = stage_history(g, node)
                if history:
                    attrs["stages"] = history
            for prop, key in ((POL.adminCode, "code"), (POL.stage, "stage"), (SCHEMA.latitude, "lat"), (SCHEMA.longitude, "lon")):
                v = g.value(node, prop)
                if v is not None:
                    attrs[key] = str(v)
            inv = g.value(node, POL.investment)
            if inv is not None:
                attrs["investment"] = f"{inv}{g.value(node, POL.investmentUnit) or ''}"
            if cls == "Indicator":
                attrs["observations"] = _observations(g, node)
                attrs["theme"] = _main_theme(Counter(
                    theme_of.get(g.value(g.value(ob, PROV.wasDerivedFrom), POL.section), GENERAL_THEME)
                    for ob in g.subjects(POL.indicator, node)))
                attrs["mentions"] = len(attrs["observations"])
                attrs["sentences"] = [{"text": o["sentence"], "section": o["section"]} for o in attrs["observations"][:MAX_SENTENCES]]
            net.add_node(str(node), **attrs)
    for name, prop in sorted(RELATION_PROPERTIES.items()):
        for s, o in sorted(g.subject_objects(prop)):
            if str(s) in net and str(o) in net:
                net.add_edge(str(s), str(o), key=name, relation=name)
    # an indicator is measured in the areas its observations are about
    for ind, area in sorted(measured_in(g)):
        if str(ind) in net and str(area) in net:
            net.add_edge(str(ind), str(area), key="measuredIn", relation="measuredIn")
    return net


def measured_in(g: Graph) -> set[tuple]:
    """(indicator, area) pairs from the observations."""
    return {(g.value(ob, POL.indicator), g.value(ob, POL.area))
            for ob in g.subjects(RDF.type, POL.Observation) if g.value(ob, POL.area) is not None}


def _observations(g: Graph, indicator) -> list[dict]:
    out = []
    section_label = {}
    for ob in g.subjects(POL.indicator, indicator):
        mention = g.value(ob, PROV.wasDerivedFrom)
        sent = g.value(mention, POL.sentence) if mention is not None else None
        sec = g.value(mention, POL.section) if mention is not None else None
        if sec is not None and sec not in section_label:
            section_label[sec] = str(g.value(sec, RDFS.label))
        out.append({
            "value": str(g.value(ob, POL.value)),
            "unit": str(g.value(ob, POL.unit)),
            "measure": str(g.value(ob, POL.measure)),
            "direction": str(g.value(ob, POL.direction) or ""),
            "bound": str(g.value(ob, POL.bound) or ""),
            "period": str(g.value(ob, POL.period) or ""),
            "status": str(g.value(ob, POL.status)),
            "sentence": str(g.value(sent, POL.text)) if sent is not None else "",
            "section": section_label.get(sec, ""),
            "start": int(g.value(mention, POL.start)) if mention is not None else 0,
        })
    out.sort(key=lambda o: (o["period"], o["status"], o["start"], o["value"]))
    return out



def merge_networks(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The view of two graphs together, from their views: an entity in both is one node (its IRI
    is stable) with the mentions added up, the first MAX_SENTENCES sentences, the aliases and
    observations of both. Lets a merged page be built report by report, holding only the views."""
    for node, attrs in b.nodes(data=True):
        if node not in a:
            a.add_node(node, **attrs)
            continue
        mine = a.nodes[node]
        mine["aliases"] = sorted(set(mine["aliases"]) | set(attrs["aliases"]))
        for key, value in attrs.items():
            mine.setdefault(key, value)
        if "observations" in attrs:
            obs = mine["observations"] + [o for o in attrs["observations"] if o not in mine["observations"]]
            mine["observations"] = obs
            mine["mentions"] = len(obs)
            mine["sentences"] = [{"text": o["sentence"], "section": o["section"]} for o in obs[:MAX_SENTENCES]]
        else:
            mine["mentions"] += attrs["mentions"]
            sentences = mine["sentences"] + [s for s in attrs["sentences"] if s not in mine["sentences"]]
            mine["sentences"] = sentences[:MAX_SENTENCES]
    for s, o, key, data in b.edges(keys=True, data=True):
        if not a.has_edge(s, o, key=key):
            a.add_edge(s, o, key=key, **data)
    return a
