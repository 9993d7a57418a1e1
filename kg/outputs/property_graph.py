"""`kg export --property-graph`: the graph for property-graph databases.

Writes, from built RDF graphs:
- `entities.csv`, `observations.csv`, `relationships.csv` in the layout of
  `neo4j-admin database import full` (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` headers;
  arrays split on `;`);
- `load.cypher`, the same data for `LOAD CSV` (Neo4j without admin rights, Memgraph);
- `graph.graphml` (networkx) for Gephi, Cytoscape and Neo4j's APOC.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.outputs.network import (ENTITY_CLASSES, MAX_SENTENCES, OBSERVATION_ORDER, Network, merge_networks,
                               network_view)
from kg.files import write_atomic
from kg.rdf.readback import GraphView

RELATION_TYPES = {"locatedIn": "LOCATED_IN", "participatesIn": "PARTICIPATES_IN", "partOf": "PART_OF",
                  "measuredIn": "MEASURED_IN"}
ENTITY_HEADER = ["id:ID", ":LABEL", "name", "aliases:string[]", "mentions:int", "code", "stage",
                 "investment", "first_sentence"]
OBSERVATION_HEADER = ["id:ID", ":LABEL", "indicator", "value", "unit", "measure", "direction", "bound",
                      "period:int", "status", "sentence"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE"]


def _csv(rows: list[list], header: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def tables(g: Graph) -> tuple[list[list], list[list], list[list]]:
    return _tables_of(*_whole(g))


def _graph_part(g: Graph) -> tuple[Network, list[list], set[tuple], set[tuple]]:
    """What one graph gives the export: its network, its observations' rows, their links (OF_INDICATOR,
    NEXT_TARGET) and (observation, area) pairs, an ABOUT link where the area is a node of the whole network."""
    view = GraphView(g)
    observations, links, about = [], set(), set()
    for ob in view.observations():
        mention = view.mention(ob.mention) if ob.mention is not None else None
        observations.append([str(ob.node), "Observation", view.label(ob.indicator) or "",
                             "" if ob.value is None else str(ob.value), ob.unit or "", ob.measure or "",
                             ob.direction or "", ob.bound or "", ob.period or "", ob.status or "",
                             (view.sentence_text(mention.sentence) or "") if mention else ""])
        links.add((str(ob.node), str(ob.indicator), "OF_INDICATOR"))
        if ob.area is not None:
            about.add((str(ob.node), str(ob.area)))
    # did the numbers come true: an actual to the next year's target (kg.rdf: pol:nextTarget)
    links.update((str(a), str(t), "NEXT_TARGET") for a, t in view.next_targets())
    return network_view(g), observations, links, about


def _whole(g: Graph) -> tuple[Network, list[list], set[tuple]]:
    """The network, observation rows and links of one graph (the union of the graph files given)."""
    net, observations, links, about = _graph_part(g)
    return net, observations, links | {(ob, area, "ABOUT") for ob, area in about if area in net}


def _merged(parts) -> tuple[Network, list[list], set[tuple]]:
    """The parts of several graphs (a store's, one report at a time) as one graph's: an entity in several is
    one node (kg.outputs.network.merge_networks), in the order network_view gives the union graph's."""
    net, observations, links = Network(), [], set()
    for part_net, part_observations, part_links, about in parts:
        net = merge_networks(net, part_net)
        observations.extend(part_observations)
        links |= part_links | {(ob, area, "ABOUT") for ob, area in about}
    rank = {cls: i for i, cls in enumerate(ENTITY_CLASSES)}
    ordered = Network()
    for node, attrs in sorted(net.nodes.items(), key=lambda item: (rank.get(item[1].get("type"), 99), item[0])):
        if "observations" in attrs:  # the rows of an indicator in several graphs, in a union graph's order
            attrs["observations"] = rows = sorted(attrs["observations"], key=OBSERVATION_ORDER)
            attrs["sentences"] = [{"text": o["sentence"], "section": o["section"]} for o in rows[:MAX_SENTENCES]]
        ordered.add_node(node, **attrs)
    for (s, o, key), attrs in sorted(net.edges.items(), key=lambda e: (e[0][2] == "measuredIn", e[0][2], e[0][:2])):
        ordered.add_edge(s, o, key, **attrs)
    links = {link for link in links if link[2] != "ABOUT" or link[1] in ordered}
    return ordered, sorted(observations, key=lambda row: row[0]), links


def _tables_of(net: Network, observations: list[list], links: set[tuple]) -> tuple[list[list], list[list], list[list]]:
    entities = []
    for node, a in sorted(net.nodes.items()):
        entities.append([node, a["type"], a["label"], ";".join(a["aliases"]), a["mentions"], a.get("code", ""),
                         a.get("stage", ""), a.get("investment", ""),
                         a["sentences"][0]["text"] if a["sentences"] else ""])
    relationships = {(s, o, RELATION_TYPES[d["relation"]]) for (s, o, _), d in net.edges.items()}
    return entities, observations, sorted(relationships | links)


CYPHER = """// Load the policy-kg property graph with LOAD CSV. Copy the CSV files into Neo4j's import
// directory first (or change the file:/// URLs), then run: cypher-shell -f load.cypher
CREATE CONSTRAINT policy_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
{entity_loads}
LOAD CSV WITH HEADERS FROM 'file:///observations.csv' AS row
MERGE (o:Observation {{id: row.`id:ID`}})
SET o.indicator = row.indicator, o.value = row.value, o.unit = row.unit, o.measure = row.measure,
    o.direction = row.direction, o.bound = row.bound, o.period = toInteger(row.`period:int`),
    o.status = row.status, o.sentence = row.sentence;
{relationship_loads}
"""

ENTITY_LOAD = """LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
WITH row WHERE row.`:LABEL` = '{label}'
MERGE (n:Entity:{label} {{id: row.`id:ID`}})
SET n.name = row.name, n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,
    n.mentions = toInteger(row.`mentions:int`), n.code = row.code, n.stage = row.stage,
    n.investment = row.investment, n.first_sentence = row.first_sentence;"""

RELATIONSHIP_LOAD = """LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = '{type}'
MATCH (a {{id: row.`:START_ID`}}), (b {{id: row.`:END_ID`}})
MERGE (a)-[:{type}]->(b);"""


def cypher_script() -> str:
    labels = ("Project", "Place", "Organization", "Indicator")
    types = sorted(set(RELATION_TYPES.values()) | {"OF_INDICATOR", "ABOUT", "NEXT_TARGET"})
    return CYPHER.format(entity_loads="\n".join(ENTITY_LOAD.format(label=lbl) for lbl in labels),
                         relationship_loads="\n".join(RELATIONSHIP_LOAD.format(type=t) for t in types))


def graphml(g: Graph) -> str:
    return _graphml(network_view(g))


def _graphml(network: Network) -> str:
    net = network.to_networkx()
    flat = nx.MultiDiGraph()
    for node, a in net.nodes(data=True):
        attrs = {"type": a["type"], "label": a["label"], "aliases": ";".join(a["aliases"]), "mentions": a["mentions"],
                 "first_sentence": a["sentences"][0]["text"] if a["sentences"] else ""}
        for k in ("code", "stage", "investment"):
            if k in a:
                attrs[k] = a[k]
        if "observations" in a:
            attrs["observations"] = json.dumps([{k: o[k] for k in ("period", "value", "unit", "measure", "status")}
                                                for o in a["observations"]], ensure_ascii=False)
        flat.add_node(node, **attrs)
    for s, o, k, d in net.edges(keys=True, data=True):
        flat.add_edge(s, o, key=k, relation=RELATION_TYPES[d["relation"]])
    return "\n".join(nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)) + "\n"


def export_property_graph(g: Graph, out_dir: str | Path) -> list[Path]:
    return _export(_whole(g), out_dir)


def export_property_graph_of_store(store_path: str | Path, out_dir: str | Path, store=None) -> list[Path]:
    """The export of a store (`kg build --store`) read one report's named graph at a time, so no more than
    one report's graph is in rdflib at once: the same files as the export of the graph files it was built
    from. A store of the default graph alone (--store-graphs union) is refused: it has no report to read apart.
    `store` is the store at `store_path` where the caller opened it already (opened once, warned of once)."""
    from kg.errors import KgError
    from kg.services.sparql import open_store_read_only, store_graphs, store_layout

    store = open_store_read_only(store_path) if store is None else store
    if store_layout(store) == "union":
        raise KgError(f"{store_path}: a store of --store-graphs union holds no report's graph apart, so kg export "
                      "would load it whole; export the graph files kg build wrote beside it (its -o folder)")
    return _export(_merged(_graph_part(_as_written(g)) for _, g in store_graphs(store_path, store)), out_dir)


def _as_written(g: Graph) -> Graph:
    """A graph read from a store with its numbers as kg build writes them: Oxigraph keeps an xsd:decimal's
    value, not its lexical form (30.0 comes back 30), and the export shows the graph files' form."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.rdf.graph import decimal_literal

    for s, p, o in [t for t in g if isinstance(t[2], Literal) and t[2].datatype == XSD.decimal]:
        g.remove((s, p, o))
        g.add((s, p, decimal_literal(str(o))))
    return g


# the files an export writes, in the order it writes them
EXPORT_FILES = ("entities.csv", "observations.csv", "relationships.csv", "load.cypher", "graph.graphml")


def check_export_folder(out_dir: str | Path) -> None:
    """Refuse, before anything is written, a folder where one of the export's files cannot be written
    because a folder holds its name: the export would stop half-way, its set of files incomplete."""
    from kg.errors import KgError

    taken = [name for name in EXPORT_FILES if (Path(out_dir) / name).is_dir()]
    if taken:
        raise KgError(f"{Path(out_dir) / taken[0]}: a folder, where kg export writes a file of that name; "
                      "move it or give --property-graph another folder (nothing was written)")


def _export(merged: tuple[Network, list[list], set[tuple]], out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    check_export_folder(out)
    net, observations, links = merged
    entities, observations, relationships = _tables_of(net, observations, links)
    contents = (_csv(entities, ENTITY_HEADER), _csv(observations, OBSERVATION_HEADER),
                _csv([list(r) for r in relationships], RELATIONSHIP_HEADER), cypher_script(), _graphml(net))
    return [write_atomic(out / name, text) for name, text in zip(EXPORT_FILES, contents)]


# Relationship types and the node tables they join, for databases with a typed schema.
REL_ENDPOINTS = {
    "LOCATED_IN": [("Project", "Place")],
    "PARTICIPATES_IN": [("Organization", "Project")],
    "PART_OF": [("Place", "Place")],
    "MEASURED_IN": [("Indicator", "Place")],
    "OF_INDICATOR": [("Observation", "Indicator")],
    "ABOUT": [("Observation", "Place")],
    "NEXT_TARGET": [("Observation", "Observation")],
}


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def check_ladybug(db_path: str | Path) -> None:
    """Refuse, before anything is written, a database that cannot be made: the module missing,
    the path taken, or its folder not there."""
    from kg.errors import KgError

    try:
        import real_ladybug  # noqa: F401
    except ImportError:
        raise KgError("--ladybug needs the Ladybug graph database: pip install real_ladybug")
    db = Path(db_path)
    if db.exists() or db.is_symlink():
        raise KgError(f"{db}: already exists; give a new path for the database")
    if not db.absolute().parent.is_dir():
        raise KgError(f"{db}: no such folder {db.absolute().parent} for the database")
    _staging(db).rmdir()  # a folder that cannot be written in (read-only, /proc) is said here too


def _staging(db: Path) -> Path:
    """A new hidden folder beside the database path to make it in; a KgError naming the path asked for
    when none can be made there."""
    import tempfile

    from kg.errors import KgError
    from kg.files import failure_reason

    try:
        return Path(tempfile.mkdtemp(prefix=f".{db.name}.", suffix=".tmp", dir=db.absolute().parent))
    except OSError as exc:
        raise KgError(f"{db}: cannot make the database in {db.absolute().parent} ({failure_reason(exc)})")


def load_into_ladybug(csv_dir: str | Path, db_path: str | Path) -> None:
    """Load the exported CSVs into a Ladybug (the maintained Kùzu fork) database, an embedded
    graph database that speaks Cypher: `pip install real_ladybug`. The database is made under a
    hidden name beside DB and renamed when it is whole, so a load that fails leaves nothing."""
    import os

    import real_ladybug as lb

    db_path = Path(db_path)
    staging = _staging(db_path)
    try:
        db = lb.Database(str(staging / "db"))
        conn = lb.Connection(db)
        _fill_ladybug(conn, Path(csv_dir))
        conn.close() if hasattr(conn, "close") else None
        db.close() if hasattr(db, "close") else None
        os.rename(staging / "db", db_path)  # the write-ahead log is gone once the database is closed
    finally:
        import shutil

        shutil.rmtree(staging, ignore_errors=True)


def _fill_ladybug(conn, src: Path) -> None:
    """The node and relationship tables of the exported CSVs in `src`, through a Ladybug connection."""
    import tempfile

    entities, observations, relationships = (_read_csv(src / f"{t}.csv") for t in ("entities", "observations", "relationships"))
    label_of = {r["id:ID"]: r[":LABEL"] for r in entities + observations}
    with tempfile.TemporaryDirectory() as tmp:
        def copy(table: str, header: list[str], rows: list[list]) -> None:
            path = _write_csv(Path(tmp) / f"{table}.csv", header, rows)
            if rows:
                conn.execute(f'COPY {table} FROM "{path.as_posix()}" (header=true)')

        for label in ("Project", "Place", "Organization", "Indicator"):
            conn.execute(f"CREATE NODE TABLE {label}(id STRING, name STRING, aliases STRING[], mentions INT64, "
                         f"code STRING, stage STRING, investment STRING, first_sentence STRING, PRIMARY KEY(id))")
            rows = [[r["id:ID"], r["name"], "[" + ",".join(a for a in r["aliases:string[]"].split(";") if a) + "]",
                     r["mentions:int"], r["code"], r["stage"], r["investment"], r["first_sentence"]]
                    for r in entities if r[":LABEL"] == label]
            copy(label, ["id", "name", "aliases", "mentions", "code", "stage", "investment", "first_sentence"], rows)
        conn.execute("CREATE NODE TABLE Observation(id STRING, indicator STRING, value STRING, unit STRING, "
                     "measure STRING, direction STRING, bound STRING, period INT64, status STRING, sentence STRING, "
                     "PRIMARY KEY(id))")
        copy("Observation", ["id", "indicator", "value", "unit", "measure", "direction", "bound", "period", "status",
                             "sentence"],
             [[r["id:ID"], r["indicator"], r["value"], r["unit"], r["measure"], r["direction"], r["bound"],
               r["period:int"] or "0", r["status"], r["sentence"]] for r in observations])
        for rel, pairs in REL_ENDPOINTS.items():
            conn.execute(f"CREATE REL TABLE {rel}(" + ", ".join(f"FROM {a} TO {b}" for a, b in pairs) + ")")
            for a, b in pairs:
                rows = [[r[":START_ID"], r[":END_ID"]] for r in relationships
                        if r[":TYPE"] == rel and label_of.get(r[":START_ID"]) == a and label_of.get(r[":END_ID"]) == b]
                if rows:
                    path = _write_csv(Path(tmp) / f"{rel}-{a}-{b}.csv", ["from", "to"], rows)
                    extra = f", from='{a}', to='{b}'" if len(pairs) > 1 else ""
                    conn.execute(f'COPY {rel} FROM "{path.as_posix()}" (header=true{extra})')
