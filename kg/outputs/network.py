"""The network view of the RDF graph: entities as nodes, relations as edges, mention counts.

Built from the RDF graph itself (not from a second extraction), so the page and the exports show
exactly what the Turtle says. The view is a plain `Network` (nodes and edges with their
attributes): the page and the merged page need nothing more, and networkx's import alone cost
~0.09 s of a report's build with its page (~8% of it). `to_networkx` gives the same view as a
networkx MultiDiGraph, for the GraphML export and for users who analyse it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from rdflib import Graph

from kg import lexicons
from kg.rdf.readback import ENTITY_TYPES, Entity, GraphView, MentionRef, Observation
from kg.rdf.vocab import RELATION_PROPERTIES

ENTITY_CLASSES = ENTITY_TYPES
MAX_SENTENCES = 5


GENERAL_THEME = "general"


def themes() -> list[dict]:
    """The section themes (lexicons/section_themes.tsv) in table order, then "general"."""
    rows = [{"id": r[0], "label": f"{r[1]} {r[2]}", "keywords": list(r[3:])} for r in lexicons.rows("section_themes.tsv")]
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
    view = GraphView(g)
    out = {}
    for node, sec in view.sections().items():
        theme = heading_theme(sec.label or "")
        if theme == GENERAL_THEME and view.is_section(sec.parent):
            theme = heading_theme(view.label(sec.parent) or "")
        out[node] = theme
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
    return [asdict(r) for r in GraphView(g).stage_history(project)]


@dataclass
class Network:
    """Nodes (id → attributes, in the order added) and edges ((from, to, relation) → attributes),
    at most one edge of a relation between two nodes: what networkx's MultiDiGraph held for the
    page, as plain dicts (cheap to pickle from a worker to the parent of a batch)."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def add_node(self, node: str, **attrs) -> None:
        self.nodes.setdefault(node, {}).update(attrs)

    def add_edge(self, source: str, target: str, key: str, **attrs) -> None:
        for end in (source, target):
            self.nodes.setdefault(end, {})
        self.edges.setdefault((source, target, key), {}).update(attrs)

    def linked(self, among: set[str]) -> set[str]:
        """The nodes of `among` with an edge (either way) to another node of `among`."""
        return {end for s, o, _ in self.edges if s != o and s in among and o in among for end in (s, o)}

    def to_networkx(self):
        """The same view as a networkx MultiDiGraph (nodes and edges in the same order)."""
        import networkx as nx

        net = nx.MultiDiGraph()
        for node, attrs in self.nodes.items():
            net.add_node(node, **attrs)
        for (s, o, key), attrs in self.edges.items():
            net.add_edge(s, o, key=key, **attrs)
        return net


def network_view(g) -> Network:
    """The network of an RDF graph: an rdflib Graph or anything GraphView reads (a TripleIndex)."""
    view = GraphView(g)
    section_label = {node: sec.label or "" for node, sec in view.sections().items()}
    theme_of = section_themes(g)
    net = Network()
    for cls in ENTITY_CLASSES:
        for e in view.entities(cls):
            attrs = _mention_attrs(view, e, section_label, theme_of)
            if cls == "Project":
                history = view.stage_history(e.node)
                if history:
                    attrs["stages"] = [asdict(r) for r in history]
            attrs.update(_property_attrs(e))
            if cls == "Indicator":
                attrs.update(_indicator_attrs(view, e, theme_of))
            net.add_node(str(e.node), **attrs)
    for name in sorted(RELATION_PROPERTIES):
        for r in view.relations(name):
            if str(r.subject) in net and str(r.object) in net:
                net.add_edge(str(r.subject), str(r.object), key=name, relation=name)
    # an indicator is measured in the areas its observations are about
    for ind, area in sorted(measured_in(g)):
        if str(ind) in net and str(area) in net:
            net.add_edge(str(ind), str(area), key="measuredIn", relation="measuredIn")
    return net


def to_networkx(g: Graph):
    """The network of an RDF graph as a networkx MultiDiGraph."""
    return network_view(g).to_networkx()


def _mention_attrs(view: GraphView, e: Entity, section_label: dict, theme_of: dict) -> dict:
    """A node's names, mention count, first sentences, and the theme it is most mentioned under."""
    mentions = view.mentions_of(e.node)
    sentences = []
    seen = set()
    for m in mentions:
        if m.sentence in seen:
            continue
        seen.add(m.sentence)
        if len(sentences) < MAX_SENTENCES:
            sentences.append({"text": view.sentence_text(m.sentence) or "", "section": section_label.get(m.section, "")})
    counts = Counter(theme_of.get(m.section, GENERAL_THEME) for m in mentions)
    return {"type": e.type, "label": e.label or "", "aliases": list(e.aliases), "mentions": len(mentions),
            "sentences": sentences, "theme": _main_theme(counts)}


def _property_attrs(e: Entity) -> dict:
    attrs = {key: value for key, value in (("code", e.code), ("stage", e.stage), ("lat", e.latitude),
                                           ("lon", e.longitude)) if value is not None}
    if e.investment is not None:
        attrs["investment"] = f"{e.investment}{e.investment_unit or ''}"
    return attrs


def _indicator_attrs(view: GraphView, e: Entity, theme_of: dict) -> dict:
    """An indicator is shown by its observations: they stand for its mentions, sentences and theme."""
    observations = [(ob, view.mention(ob.mention) if ob.mention is not None else None) for ob in view.observations_of(e.node)]
    rows = _observation_rows(view, observations)
    return {"observations": rows,
            "theme": _main_theme(Counter(theme_of.get(m.section if m else None, GENERAL_THEME) for _, m in observations)),
            "mentions": len(rows),
            "sentences": [{"text": o["sentence"], "section": o["section"]} for o in rows[:MAX_SENTENCES]]}


def measured_in(g: Graph) -> set[tuple]:
    """(indicator, area) pairs from the observations."""
    return {(ob.indicator, ob.area) for ob in GraphView(g).observations() if ob.area is not None}


def _observation_rows(view: GraphView, observations: list[tuple[Observation, MentionRef | None]]) -> list[dict]:
    out = []
    for ob, m in observations:
        out.append({
            "value": "" if ob.value is None else str(ob.value),
            "unit": ob.unit or "",
            "measure": ob.measure or "",
            "direction": ob.direction or "",
            "bound": ob.bound or "",
            "period": ob.period or "",
            "status": ob.status or "",
            "sentence": (view.sentence_text(m.sentence) or "") if m else "",
            "section": (view.label(m.section) or "") if m else "",
            "start": (m.start or 0) if m else 0,
        })
    out.sort(key=OBSERVATION_ORDER)
    return out


def OBSERVATION_ORDER(row: dict) -> tuple:  # noqa: N802 (a sort key, named as the constant it is used as)
    """An indicator's observation rows in order: by year, status, place in the report, value."""
    return (row["period"], row["status"], row["start"], row["value"])


def merge_networks(a: Network, b: Network) -> Network:
    """The view of two graphs together, from their views: an entity in both is one node (its IRI
    is stable) with the mentions added up, the first MAX_SENTENCES sentences, the aliases and
    observations of both. Lets a merged page be built report by report, holding only the views."""
    for node, attrs in b.nodes.items():
        if node not in a.nodes:
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
    for (s, o, key), data in b.edges.items():
        if (s, o, key) not in a.edges:
            a.add_edge(s, o, key, **data)
    return a
