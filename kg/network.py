"""A networkx view of the RDF graph: entities as nodes, relations as edges, mention counts.

Built from the RDF graph itself (not from a second extraction), so the page and the exports show
exactly what the Turtle says.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Graph
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .rdfgraph import POL, RELATION_PROPERTIES, SCHEMA

ENTITY_CLASSES = ("Project", "Place", "Organization", "Indicator")
MAX_SENTENCES = 5


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    section_label = {s: str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, POL.Section)}
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
            attrs = {
                "type": cls,
                "label": str(g.value(node, RDFS.label)),
                "aliases": sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
                "mentions": len(mentions),
                "sentences": sentences,
            }
            for prop, key in ((POL.adminCode, "code"), (POL.stage, "stage"), (SCHEMA.latitude, "lat"), (SCHEMA.longitude, "lon")):
                v = g.value(node, prop)
                if v is not None:
                    attrs[key] = str(v)
            inv = g.value(node, POL.investment)
            if inv is not None:
                attrs["investment"] = f"{inv}{g.value(node, POL.investmentUnit) or ''}"
            if cls == "Indicator":
                attrs["observations"] = _observations(g, node)
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
