"""RDF formats: one table of what we read, write and serve, and the writers, each deterministic.

`RDF_FORMATS` holds one `RdfFormat` a line — its name (the --format value), file extensions, media
types, whether it holds named graphs, its parser names in pyoxigraph and rdflib, and its writer if
`kg build` writes it; `RESULT_FORMATS` does the same for SPARQL result formats. The CLI's choices,
`kg build`'s files, `kg query`/`kg serve`'s loading and content negotiation all read these tables,
so adding a format is adding a line.

Turtle, N-Triples, TriG and N-Quads are written by Oxigraph (pyoxigraph) from the triples in a
fixed order — subjects, then rdf:type first, then predicates and objects, all by their text — so the
bytes depend on the graph only, never on PYTHONHASHSEED; rdflib's Turtle writer took ~1 s for a
report's 19k triples, Oxigraph ~0.1 s with the conversion. Oxigraph groups a subject's triples
(`;` and `,`); we add a blank line between subjects and indent by four spaces.
"""
from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import KgError
from kg.rdf.vocab import PREFIXES, graph_iri, new_graph

# prefixes Oxigraph may abbreviate with; `id:` is left out because the local parts of our
# resource IRIs hold slashes, which Turtle would have to escape ("id:report\/x")
TURTLE_PREFIXES = {p: str(ns) for p, ns in sorted(PREFIXES.items()) if p != "id"}


def _object_key(o) -> tuple:
    if isinstance(o, Literal):
        return (1, str(o), str(o.datatype or ""), o.language or "")
    return (0, str(o), "", "")


def sorted_triples(g: Graph) -> list[tuple]:
    """The graph's triples in the order they are written: by subject; rdf:type first."""
    rdf_type = RDF.type
    return sorted(g, key=lambda t: (str(t[0]), t[1] != rdf_type, str(t[1]), _object_key(t[2])))


def write_order(triples) -> list[tuple]:
    """pyoxigraph triples in the order they are written — the order `sorted_triples` gives the
    same triples in rdflib — so Turtle written from either is the same, byte for byte."""
    return _ordered_with_iris(triples)[0]


def _ordered_with_iris(triples) -> tuple[list[tuple], set[str]]:
    """`write_order`, and the IRIs of the triples as `_used_prefixes` reads them (nodes, and the
    datatypes of typed literals), read off the keys the sort made.
    By subject, then by predicate (rdf:type first) and object: the triples grouped by their subject
    (a report's ~9,000 triples have ~1,400), the groups sorted by the subject's IRI and each group
    by the keys of its predicate and object, each term's key made once (a term's text is a new
    string at each read): the order of one sort by the whole key, in ~75% of its time."""
    import pyoxigraph as ox

    rdf_type, plain, literal = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(XSD.string)), ox.Literal
    by_subject: dict = {}
    for t in triples:
        group = by_subject.get(t[0])
        if group is None:
            by_subject[t[0]] = [t]
        else:
            group.append(t)
    predicate_keys: dict = {}
    object_keys: dict = {}

    def key(t):
        p, o = t[1], t[2]
        pkey = predicate_keys.get(p)
        if pkey is None:
            pkey = predicate_keys[p] = (p != rdf_type, p.value)
        okey = object_keys.get(o)
        if okey is None:
            if isinstance(o, literal):
                dt = "" if o.language or o.datatype == plain else o.datatype.value
                okey = (1, o.value, dt, o.language or "")
            else:
                okey = (0, o.value, "", "")
            object_keys[o] = okey
        return pkey, okey

    out: list[tuple] = []
    iris: set[str] = set()
    for group in sorted(by_subject.values(), key=lambda g: g[0][0].value):
        iris.add(group[0][0].value)
        if len(group) > 1:
            group.sort(key=key)
        else:
            key(group[0])
        out += group
    iris.update(value for _, value in predicate_keys.values())
    # a node's key holds its IRI; a typed literal's its datatype's (none for a plain or tagged one)
    iris.update(okey[1] if okey[0] == 0 else okey[2] for okey in object_keys.values())
    iris.discard("")
    return out, iris


def ox_terms(triples: list[tuple]) -> list[tuple]:
    """rdflib terms as pyoxigraph terms (IRIs converted once each)."""
    import pyoxigraph as ox

    nodes: dict = {}

    def node(t):
        n = nodes.get(t)
        if n is None:
            n = nodes[t] = ox.NamedNode(str(t))
        return n

    def term(t):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            if t.datatype is not None:
                return ox.Literal(str(t), datatype=node(t.datatype))
            return ox.Literal(str(t))
        if isinstance(t, URIRef):
            return node(t)
        raise ValueError(f"cannot serialize {t!r}: the graph has no blank nodes")

    return [(node(s), node(p), term(o)) for s, p, o in triples]


def _used_prefixes(triples: list[tuple]) -> dict[str, str]:
    """The prefixes of the IRIs of pyoxigraph triples: nodes and the datatypes of typed literals
    (a plain or language-tagged literal names none)."""
    import pyoxigraph as ox

    iris: set[str] = set()
    plain = ox.NamedNode(str(XSD.string))
    for t in set(chain.from_iterable(triples)):  # the distinct terms (a few thousand of ~20,000)
        if isinstance(t, ox.Literal):
            if not t.language and t.datatype != plain:
                iris.add(t.datatype.value)
        else:
            iris.add(t.value)
    return _prefixes_of(iris)


def _prefixes_of(iris: set[str]) -> dict[str, str]:
    """The prefixes (TURTLE_PREFIXES) some of `iris` opens with."""
    # sorted, an IRI opening with a namespace is the first at or after it, if any is
    ordered = sorted(iris)
    return {p: ns for p, ns in TURTLE_PREFIXES.items()
            if (k := bisect_left(ordered, ns)) < len(ordered) and ordered[k].startswith(ns)}


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))


def _pretty(text: str, subject_depth: int) -> str:
    """Oxigraph's Turtle/TriG body with four-space indents and a blank line before each subject
    and graph. Its own @prefix lines are dropped (their order is not fixed); the caller writes
    them sorted. Literals never hold a raw line break (Oxigraph escapes it), so each line starts
    a statement or continues one."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line or line.startswith("@prefix"):
            continue
        body = line.lstrip("\t")
        depth = len(line) - len(body)
        starts = (depth == subject_depth and body != "}") or (depth == 0 and body.endswith("{"))
        if out and starts and not out[-1].endswith("{"):
            out.append("")
        out.append("    " * depth + body)
    return "\n".join(out) + "\n"


def to_turtle(g: Graph) -> str:
    return turtle_of(ox_terms(sorted_triples(g)))


def turtle_of(triples: list[tuple], made: list | None = None, prefixes: dict[str, str] | None = None) -> str:
    """pyoxigraph triples, in write order (`write_order`), as our Turtle; `made`: the same as
    Oxigraph `Triple`s, when they are at hand; `prefixes`: their `_used_prefixes`, when known."""
    import pyoxigraph as ox

    prefixes = _used_prefixes(triples) if prefixes is None else prefixes
    data = ox.serialize(made if made is not None else [ox.Triple(*t) for t in triples],
                        format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return _prefix_lines(prefixes) + "\n" + _pretty(data.decode("utf-8"), 0)


def to_ntriples(g: Graph) -> str:
    return ntriples_of(ox_terms(sorted_triples(g)))


def ntriples_of(triples: list[tuple], made: list | None = None) -> str:
    import pyoxigraph as ox

    data = ox.serialize(made if made is not None else [ox.Triple(*t) for t in triples], format=ox.RdfFormat.N_TRIPLES)
    return "\n".join(sorted(set(data.decode("utf-8").splitlines()))) + "\n"


def to_nquads(g: Graph, report_name: str) -> str:
    """One report's triples as N-Quads in its named graph, sorted."""
    return nquads_of(ox_terms(sorted_triples(g)), report_name)


def nquads_of(triples: list[tuple], report_name: str) -> str:
    import pyoxigraph as ox

    name = ox.NamedNode(str(graph_iri(report_name)))
    data = ox.serialize([ox.Quad(*t, name) for t in triples], format=ox.RdfFormat.N_QUADS)
    return "\n".join(sorted(set(data.decode("utf-8").splitlines()))) + "\n"


def trig_header() -> str:
    return _prefix_lines(TURTLE_PREFIXES) + "\n"


def trig_block(g: Graph, report_name: str) -> str:
    """One report as a TriG named graph, without the prefix lines (see `trig_header`)."""
    return trig_block_of(ox_terms(sorted_triples(g)), report_name)


def trig_block_of(triples: list[tuple], report_name: str) -> str:
    import pyoxigraph as ox

    name = ox.NamedNode(str(graph_iri(report_name)))
    data = ox.serialize([ox.Quad(*t, name) for t in triples], format=ox.RdfFormat.TRIG, prefixes=TURTLE_PREFIXES)
    return _pretty(data.decode("utf-8"), 1)


def to_trig(graphs: dict[str, Graph]) -> str:
    """One named graph per report, in name order."""
    return trig_header() + "\n".join(trig_block(graphs[name], name) for name in sorted(graphs))


def jsonld_context() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def jsonld_nodes(g: Graph) -> list:
    data = json.loads(g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    graph = data.get("@graph")
    if not isinstance(graph, list):
        graph = [{k: v for k, v in data.items() if k != "@context"}]
    graph.sort(key=lambda node: node.get("@id", ""))
    return graph


def to_jsonld(g: Graph) -> str:
    data = {"@context": jsonld_context(), "@graph": jsonld_nodes(g)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def union(graphs: dict[str, Graph]) -> Graph:
    g = new_graph()
    for name in sorted(graphs):
        for triple in graphs[name]:
            g.add(triple)
    return g


# writers of one report (a ReportRdf: its pyoxigraph triples in write order, its name, its Graph)

def _turtle_alone(report) -> str:
    return report.turtle()


def _turtle_part(report) -> str:
    """Its block of a merged Turtle file, without the prefix lines (the union: a subject named by
    several reports appears in each one's block)."""
    return "".join(line + "\n" for line in report.turtle().split("\n")[:-1] if not line.startswith("@prefix"))


def _ntriples(report) -> str:
    return report.ntriples()


def _nquads_part(report) -> str:
    """Its N-Quads: its sorted N-Triples lines, each in its named graph. A line "S P O ." becomes
    "S P O <G> ." — Oxigraph writes the terms of both alike — and the order holds: two lines first
    differ inside their terms, before the graph is reached (tests/test_turtle_written_once.py checks it
    against `nquads_of`)."""
    graph = f"<{graph_iri(report.name)}> .\n"
    return "".join(line[:-1] + graph for line in report.ntriples().split("\n")[:-1])


def _trig_alone(report) -> str:
    return trig_header() + _trig_part(report)


def _trig_part(report) -> str:
    """Its named graph in TriG: its Turtle's statements, each line indented once more, inside
    "<G> { … }" — what Oxigraph's TriG writer gives with `_pretty` (the same abbreviations, one
    level deeper; tests/test_turtle_written_once.py checks it against `trig_block_of`), without making
    every triple an Oxigraph `Quad` again."""
    if not report.triples:
        return trig_block_of(report.triples, report.name)
    lines = report.turtle().split("\n")[:-1]
    body = [line for line in lines if not line.startswith("@prefix")][1:]  # the blank line after them too
    return "".join([f"<{graph_iri(report.name)}> {{\n", *(("    " + line if line else "") + "\n" for line in body), "}\n"])


def _jsonld_part(report) -> str:
    """Its named graph in a merged JSON-LD file (from its rdflib Graph: JSON-LD is written by rdflib)."""
    return json.dumps({"@id": str(graph_iri(report.name)), "@graph": jsonld_nodes(report.graph())},
                      ensure_ascii=False, indent=1, sort_keys=True)


# (header, separator, footer) around the reports' parts of a merged file

def _no_frame() -> tuple[str, str, str]:
    return "", "", ""


def _prefixed_frame() -> tuple[str, str, str]:
    return trig_header(), "\n", ""


def _jsonld_frame() -> tuple[str, str, str]:
    context = json.dumps({"@context": jsonld_context()}, ensure_ascii=False, indent=1, sort_keys=True)
    return context[:-2] + ',\n "@graph": [\n', ",\n", "\n ]\n}\n"


def _as_one_graph(write: Callable[[Graph], str]) -> Callable[[dict[str, Graph]], str]:
    """A triples writer for reports by name: one report's graph as it is, several as their union."""
    def write_reports(graphs: dict[str, Graph]) -> str:
        return write(union(graphs) if len(graphs) > 1 else next(iter(graphs.values())))

    return write_reports


# ---------------------------------------------------------------- the tables

@dataclass(frozen=True)
class RdfFormat:
    """One RDF serialization, as the whole tool knows it."""
    name: str  # the --format value ("ttl")
    label: str  # for messages ("Turtle")
    extensions: tuple[str, ...]  # recognized when reading a file; the first is the one written
    media_types: tuple[str, ...]  # accepted in content negotiation; the first is the one sent
    dataset: bool  # holds named graphs (TriG, N-Quads), not only triples
    oxigraph: str  # the pyoxigraph.RdfFormat member that parses and writes it
    rdflib: str  # rdflib's parser name
    writer: Callable[[dict[str, Graph]], str] | None = None  # reports by name → text; None: read only
    construct: bool = False  # a CONSTRUCT/DESCRIBE result is sent in it (kg query, kg serve)
    alone: Callable[["ReportRdf"], str] | None = None  # one report's own file; None: `writer` of its Graph
    part: Callable[["ReportRdf"], str] | None = None  # one report's share of a merged file; None: not merged
    frame: Callable[[], tuple[str, str, str]] = _no_frame  # (header, separator, footer) of a merged file

    @property
    def extension(self) -> str:
        return self.extensions[0]

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    def ox_format(self):
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph)


@dataclass(frozen=True)
class ResultFormat:
    """One SPARQL 1.1 result format of SELECT and ASK."""
    name: str  # the --format / `format` parameter value ("json")
    oxigraph: str  # the pyoxigraph.QueryResultsFormat member
    media_types: tuple[str, ...]  # accepted in content negotiation; the first is the one sent
    charset: bool  # a text type that takes a charset parameter (JSON and XML say their encoding themselves)

    @property
    def content_type(self) -> str:
        return self.media_types[0] + ("; charset=utf-8" if self.charset else "")

    def ox_format(self):
        import pyoxigraph as ox

        return getattr(ox.QueryResultsFormat, self.oxigraph)


# one line a format; the order is the order of the CLI's help and messages
RDF_FORMATS = (
    RdfFormat("ttl", "Turtle", (".ttl", ".turtle"), ("text/turtle",), False, "TURTLE", "turtle",
              _as_one_graph(to_turtle), construct=True, alone=_turtle_alone, part=_turtle_part, frame=_prefixed_frame),
    RdfFormat("nt", "N-Triples", (".nt",), ("application/n-triples", "text/plain"), False, "N_TRIPLES", "nt",
              _as_one_graph(to_ntriples), construct=True, alone=_ntriples, part=_ntriples),
    RdfFormat("jsonld", "JSON-LD", (".jsonld", ".json"), ("application/ld+json",), False, "JSON_LD", "json-ld",
              _as_one_graph(to_jsonld), part=_jsonld_part, frame=_jsonld_frame),
    RdfFormat("trig", "TriG", (".trig",), ("application/trig",), True, "TRIG", "trig", to_trig,
              alone=_trig_alone, part=_trig_part, frame=_prefixed_frame),
    RdfFormat("nq", "N-Quads", (".nq",), ("application/n-quads",), True, "N_QUADS", "nquads", part=_nquads_part),
    RdfFormat("rdfxml", "RDF/XML", (".rdf", ".owl"), ("application/rdf+xml",), False, "RDF_XML", "xml"),
)
RESULT_FORMATS = {f.name: f for f in (
    ResultFormat("csv", "CSV", ("text/csv",), True),
    ResultFormat("tsv", "TSV", ("text/tab-separated-values",), True),
    ResultFormat("json", "JSON", ("application/sparql-results+json", "application/json"), False),
    ResultFormat("xml", "XML", ("application/sparql-results+xml", "application/xml"), False),
)}

BY_NAME = {f.name: f for f in RDF_FORMATS}
WRITTEN = {f.name: f for f in RDF_FORMATS if f.writer is not None}  # what kg build --format writes
EXTENSIONS = {name: f.extension for name, f in WRITTEN.items()}
BY_EXTENSION = {ext: f for f in RDF_FORMATS for ext in f.extensions}
CONSTRUCT_FORMATS = {f.name: f for f in RDF_FORMATS if f.construct}


def is_graph_file(path: str | Path) -> bool:
    """Does the file's extension name an RDF format (rather than a report)?"""
    return Path(path).suffix.lower() in BY_EXTENSION


def graph_extensions() -> str:
    """The extensions a graph file is read by, each format's first: ".ttl, .nt, .trig, .nq, .jsonld"."""
    return ", ".join(f.extension for f in RDF_FORMATS)


def graph_files_in(folder: str | Path) -> list[Path]:
    """The graph files in a folder, by their extensions, in name order (`kg build`'s output folder;
    a store or a folder of reports holds none). Where the folder holds the merged files of `kg build
    --merge NAME` beside the reports' own graphs, the merged NAME.nq is read in their place (it holds
    each of their named graphs, and the merge's own): neither its other formats nor the reports'
    files are read again. Files of one name in several formats (`kg build --format ttl,trig` writes
    each report's graph in each) are one graph: one of them is read (_one_a_name). An unreadable
    folder is an OSError."""
    files = sorted(f for f in Path(folder).iterdir() if f.is_file() and is_graph_file(f))
    left_out = _merged_copies(files)
    return _one_a_name([f for f in files if f not in left_out])


def _one_a_name(files: list[Path]) -> list[Path]:
    """Of the files that share a name (x.ttl, x.trig…: one report's graph, or the merged NAME's
    dataset, written in several formats), the one read: N-Quads, else TriG (which keep a merged
    file's named graphs, one a report, where its Turtle is their union in one graph), else the
    first format of RDF_FORMATS; in name order."""
    order = ["nq", "trig", *(f.name for f in RDF_FORMATS)]

    def rank(f: Path) -> tuple[int, str]:
        return order.index(BY_EXTENSION[f.suffix.lower()].name), f.name

    chosen: dict[str, Path] = {}
    for f in files:
        if f.stem not in chosen or rank(f) < rank(chosen[f.stem]):
            chosen[f.stem] = f
    return sorted(chosen.values())


_QUAD_GRAPH = re.compile(r"\s(<[^<>]*>) \.\s*$")  # a quad's graph; a triple's object IRI or literal


def _merged_copies(files: list[Path]) -> set[Path]:
    """The files a merged NAME.nq of the folder makes copies of: NAME's other formats, and the files
    of each report whose named graph it holds (read as text, line by line: a fraction of parsing)."""
    from kg.rdf.vocab import graph_iri

    stems = {f.stem for f in files}
    copies: set[Path] = set()
    for nq in files:
        if nq.suffix.lower() != ".nq" or nq in copies:
            continue
        try:
            with open(nq, encoding="utf-8") as lines:
                graphs = {m[1] for m in (_QUAD_GRAPH.search(line) for line in lines) if m}
        except (OSError, UnicodeDecodeError):
            continue  # read (and refused) as a graph like any other
        held = {s for s in stems - {nq.stem} if f"<{graph_iri(s)}>" in graphs}
        if held:
            copies |= {f for f in files if f.stem in held or (f.stem == nq.stem and f != nq)}
    return copies


def format_of_file(path: str | Path) -> RdfFormat:
    """The format of a graph file, by its extension; a KgError for a file that is not there, not RDF
    or cannot be read (`x.ttl: cannot be read (Permission denied)`, as a report is said to be: not
    left to a parser, which says "os error 13" without the file, or that it is no valid Turtle)."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file")
    fmt = BY_EXTENSION.get(path.suffix.lower())
    if fmt is None and path.suffix.lower() == ".txt":
        raise KgError(f"{path}: a report, not a graph: build its graph first (kg build {path}) and give the .ttl")
    if fmt is None:
        names = [f.extension for f in RDF_FORMATS if f.writer is not None or f.dataset]
        raise KgError(f"{path}: unknown RDF format (use {', '.join(names[:-1])} or {names[-1]})")
    try:
        open(path, "rb").close()
    except OSError as exc:
        raise KgError(f"{path}: cannot be read ({exc.strerror or exc})")
    return fmt


def syntax_error(path: str | Path, label: str, exc: SyntaxError) -> KgError:
    """The one line every command gives for a graph file its parser refuses: the file, the format
    it is not valid in, where (line and column when the parser knows them) and what is wrong, as
    `x.ttl: not valid Turtle at line 3, column 9: unexpected end of file`."""
    reason = str(exc.msg if isinstance(exc, SyntaxError) and exc.msg else exc).splitlines()
    reason_text = reason[0] if reason else type(exc).__name__
    # Oxigraph's message repeats the place the exception holds: "Parser error at line 1 column 10: …"
    reason_text = re.sub(r"^Parser error (?:at|between) line \d+ column \d+(?: and line \d+ column \d+)?: ", "",
                         reason_text)
    line, column = getattr(exc, "lineno", None), getattr(exc, "offset", None)
    where = f" at line {line}" + (f", column {column}" if column else "") if line else ""
    return KgError(f"{path}: not valid {label}{where}: {_sentence_case(_visible(reason_text))}")


def _visible(text: str) -> str:
    """Control characters a parser quotes from a binary file written as escapes (\\x7f), not sent raw
    to the terminal."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in text)


def _sentence_case(reason: str) -> str:
    """A parser's reason as the rest of a line: its first word lower-cased unless it is an acronym (XML)."""
    return reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason


def _rdflib_syntax_error(path: Path, fmt: "RdfFormat", exc: Exception) -> KgError:
    """A file rdflib cannot read, said as `syntax_error` says it: Oxigraph's parser, which says
    where, reads the file again (rdflib's messages say it in a shape of each parser's own); a file
    Oxigraph reads gives rdflib's first line of reason."""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=str(path), format=fmt.ox_format()):
            pass
    except SyntaxError as ox_exc:
        return syntax_error(path, fmt.label, ox_exc)
    except (OSError, ValueError):
        pass
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return KgError(f"{path}: not valid {fmt.label}: {_visible(reason)}")


def read_union_graph(paths: list[str | Path]) -> Graph:
    """The union of the graphs in the files, as one rdflib Graph (for the exports and checks that
    walk it); literals stay as written. A file that is not RDF is a KgError."""
    from rdflib import Dataset

    merged = Graph()
    for p in map(Path, paths):
        ds = Dataset()
        fmt = format_of_file(p)
        try:
            ds.parse(p, format=fmt.rdflib)
        except Exception as exc:  # rdflib's parsers raise many kinds; each means the file is not RDF
            raise _rdflib_syntax_error(p, fmt, exc)
        empty = True
        for s, pred, o, _ in ds.quads():
            merged.add((s, pred, o))
            empty = False
        if empty:
            warn_no_triples(p)
    return merged


def warn_no_triples(path: str | Path) -> None:
    """A graph file that parses but holds nothing (0 bytes, or prefixes alone): said, since a
    query then counts 0 and validation finds nothing wrong, both silently."""
    import warnings

    from kg.errors import KgWarning

    warnings.warn(f"{path} holds no triples", KgWarning)


def serialize(fmt: str, graphs: dict[str, Graph]) -> str:
    """Reports by name in one of the WRITTEN formats (several reports: their union, or named graphs)."""
    return WRITTEN[fmt].writer(graphs)


class ReportRdf:
    """One report's triples as the files are written from them: pyoxigraph terms in write order,
    and its rdflib Graph made only when something asks for it (the page, JSON-LD, kg promises),
    so a corpus built to Turtle and a store never builds one. `found`: the triples in the order
    they were found (kg.rdf.graph.report_triples), which the rdflib Graph is built in."""

    def __init__(self, name: str, found: list[tuple], graph: Graph | None = None):
        self.name, self.found, self._graph = name, found, graph
        self.triples, self._iris = _ordered_with_iris(found)
        self._turtle: str | None = None
        self._ntriples: str | None = None
        self._made: list | None = None
        self._index = None

    def made(self) -> list:
        """The triples as Oxigraph `Triple`s, in write order, made once (~1 us each: most of what
        writing a report costs) for its Turtle and N-Triples."""
        if self._made is None:
            import pyoxigraph as ox

            self._made = [ox.Triple(*t) for t in self.triples]
        return self._made

    def turtle(self) -> str:
        """The report alone as Turtle, written once: a merged build writes the report's file and
        its block of the merged file from it (~13 ms a report each time)."""
        if self._turtle is None:
            self._turtle = turtle_of(self.triples, self.made(), _prefixes_of(self._iris))
        return self._turtle

    def ntriples(self) -> str:
        """The report as sorted N-Triples, written once (its .nt file, its N-Quads)."""
        if self._ntriples is None:
            self._ntriples = ntriples_of(self.triples, self.made())
        return self._ntriples

    @classmethod
    def of_graph(cls, name: str, g: Graph) -> "ReportRdf":
        return cls(name, ox_terms(list(g)), g)

    def index(self):
        """The report's triples for look-ups only (`kg.rdf.graph.TripleIndex`): what the page and
        `kg promises` read, without building an rdflib Graph."""
        if self._graph is not None:
            return self._graph
        if self._index is None:
            from kg.rdf.graph import TripleIndex

            self._index = TripleIndex(self.found)
        return self._index

    def graph(self) -> Graph:
        if self._graph is None:
            from kg.rdf.graph import graph_of

            self._graph = graph_of(self.found)
        return self._graph

    def serialize(self, fmt: str) -> str:
        """The report alone in one of the WRITTEN formats; the same text as `serialize(fmt, {name: graph})`."""
        f = WRITTEN[fmt]
        return f.alone(self) if f.alone else f.writer({self.name: self.graph()})

    def merged_part(self, fmt: str) -> str:
        """The report's share of a merged file in `fmt` (the merged file's header is written once)."""
        f = BY_NAME.get(fmt)
        if f is None or f.part is None:
            raise KgError(f"unknown format {fmt}")
        return f.part(self)
