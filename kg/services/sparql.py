"""SPARQL over built graphs, with Oxigraph (pyoxigraph): loading, querying, result formats.

Oxigraph is 10–100× faster than rdflib's in-memory SPARQL on large graphs. Each file is loaded
into a named graph of its own (Turtle and N-Triples into one named after the report they hold,
TriG as its own named graphs), and queries see the union of all graphs as their default graph, so
`SELECT … WHERE { ?s ?p ?o }` finds everything and `GRAPH ?g { … }` still tells reports apart.
"""
from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

from kg.errors import KgError


def rdf_format(path: Path):
    """The pyoxigraph format of a graph file, by its extension (kg.rdf.formats.RDF_FORMATS)."""
    from kg.rdf.formats import format_of_file

    return format_of_file(path).ox_format()


def graph_name_for(path: Path) -> str:
    """The named graph a triples file goes into: the report it holds, by file name."""
    from kg.rdf.vocab import graph_iri

    return str(graph_iri(path.stem))


def is_store(path: str | Path) -> bool:
    """Is PATH an on-disk Oxigraph store (`kg build --store`), rather than a graph file or a folder
    of them (`kg build`'s output folder)?"""
    path = Path(path)
    return path.is_dir() and not _graph_files_in(path)


def _graph_files_in(folder: Path) -> list[Path]:
    """kg.rdf.formats.graph_files_in, none for a folder that cannot be listed (then taken as a store,
    whose reader says what is wrong with it)."""
    from kg.rdf.formats import graph_files_in

    try:
        return graph_files_in(folder)
    except OSError:
        return []


def graph_paths(paths: list[str | Path]) -> list[str | Path]:
    """The paths, a folder of graph files standing for its files (as in `kg projects`); a store and
    a file stay as they are."""
    out: list[str | Path] = []
    for p in paths:
        inside = _graph_files_in(Path(p)) if Path(p).is_dir() else []
        out.extend(inside or [p])
    return out


def store_began_in(path: str | Path) -> bool:
    """Has an Oxigraph store been made in the folder PATH? RocksDB's CURRENT file is there and names
    the MANIFEST file beside it (a stray file of that name, empty or of other text, makes no store)."""
    current = Path(path) / "CURRENT"
    try:
        if not current.is_file() or current.stat().st_size > 256:
            return False
        manifest = current.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return manifest.startswith("MANIFEST-") and "/" not in manifest and (Path(path) / manifest).is_file()


def open_store_read_only(path: str | Path):
    import pyoxigraph as ox

    if Path(path).is_dir() and not store_began_in(path):
        raise KgError(f"{path}: not a store (kg build --store), and no graph files in it")
    try:
        store = ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption: …" is a RuntimeError
        raise KgError(f"{path}: not an Oxigraph store ({str(exc).splitlines()[0]})")
    if store_layout(store) is None:  # said as of a graph file that holds nothing: a query would count 0 silently
        from kg.rdf.formats import warn_no_triples

        warn_no_triples(path)
    return store


def store_graphs(path: str | Path, store=None):
    """(name, rdflib Graph) of each named graph of a store opened read-only, one at a time, as
    `STORE <graph IRI>`, or of its default graph, as `STORE`, when it has no named graph (kg build
    --store-graphs union): what `kg validate` checks. `store` is the store at `path` where the caller
    opened it already (each opening of an empty store warns)."""
    import pyoxigraph as ox
    from rdflib import Graph

    store = open_store_read_only(path) if store is None else store
    names = sorted(store.named_graphs(), key=lambda g: g.value)
    for name in names or [ox.DefaultGraph()]:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
        yield (f"{path} <{name.value}>" if names else str(path)), graph


def load_store(paths: list[str | Path], union: bool = True, skipping=None):
    """The graphs to query: an on-disk store opened read-only as it is (never loaded into memory),
    or graph files loaded into an in-memory store, one named graph each, and (with `union`) every
    triple once more into the default graph, which so holds their union without duplicates. With
    `skipping` (kg.corpus.inputs.Skipping), a file that cannot be read is reported and left out
    (a file loads all or nothing) instead of stopping the load."""
    import pyoxigraph as ox

    from kg.rdf.formats import format_of_file, syntax_error, warn_no_triples

    paths = graph_paths(paths)
    stores = [p for p in paths if is_store(p)]
    if stores:
        if len(paths) > 1:
            raise KgError(f"{stores[0]}: a store is queried on its own; load the graph files into it with kg build --store")
        return open_store_read_only(stores[0])
    store = ox.Store()

    def load(p: Path) -> None:
        fmt = rdf_format(p)
        to_graph = None if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS) else ox.NamedNode(graph_name_for(p))
        try:
            store.load(path=str(p), format=fmt, to_graph=to_graph)
            if _holds_nothing(p):
                warn_no_triples(p)
            if union and to_graph is not None and fmt != ox.RdfFormat.JSON_LD:  # triples: once more, by Oxigraph alone
                store.load(path=str(p), format=fmt, to_graph=ox.DefaultGraph())
            elif union:  # named graphs (a merged JSON-LD has one a report too): to_graph leaves them where they are
                store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(p), format=fmt))
        except SyntaxError as exc:
            raise syntax_error(p, format_of_file(p).label, exc)

    if skipping is None:
        for p in map(Path, paths):
            load(p)
    else:
        for _ in skipping.read(map(Path, paths), load):
            pass
    return store


def _holds_nothing(path: Path) -> bool:
    """Does the file hold no triple (0 bytes, prefixes alone, a JSON-LD of a context alone, a TriG of
    empty graphs)? Read up to its first triple, in any format, so a dataset and a JSON-LD are told
    as a Turtle file is (its named graph's emptiness would not say it: two files may share one)."""
    import pyoxigraph as ox

    if path.stat().st_size == 0:
        return True
    return next(iter(ox.parse(path=str(path), format=rdf_format(path))), None) is None


def store_layout(store) -> str | None:
    """How a store `kg build --store` wrote holds its reports: "both" when it has named graphs (a
    report's graph each), "union" when it has the default graph alone, None when it is empty. Read
    from the store itself, so nothing is written beside the users' data to say it (two look-ups)."""
    import pyoxigraph as ox

    if next(iter(store.named_graphs()), None) is not None:
        return "both"
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        return "union"
    return None


def warn_if_no_report_graphs(store, paths, query: str | None = None) -> None:
    """A KgWarning when `paths` are one store folder that holds the default graph alone (kg build
    --store-graphs union) and the query (or, with none, any query) may look for a report's graph,
    which matches nothing there."""
    import warnings

    from kg.errors import KgWarning
    from kg.services.query_guard import scan

    if not (len(paths) == 1 and is_store(paths[0])):
        return
    path = paths[0]
    if store_layout(store) == "union" and (query is None or "GRAPH" in scan(query).keywords):
        warnings.warn(f"{path} holds the default graph only (kg build --store-graphs union): "
                      "GRAPH patterns match nothing there", KgWarning)


def has_union_graph(store) -> bool:
    """Does the store's default graph hold the union of its graphs, each triple once (as
    `kg build --store` and `load_store` write it)? Otherwise queries see the union of the named
    graphs, where a triple that several reports state is seen once per report."""
    import pyoxigraph as ox

    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def run_query(store, query: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None):
    """Run a read-only query. The default graph is the union of all graphs (each triple once where
    the store's default graph holds it, else the union of the named graphs) unless the query has
    FROM clauses or the caller names `default_graphs` (the protocol's default-graph-uri); updates,
    SERVICE and queries too large or too deeply nested for the parser are refused (query_guard)."""
    import pyoxigraph as ox

    from kg.services.query_guard import check_query

    shape = check_query(query)
    dataset: dict = {}
    if default_graphs:
        dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    if not dataset and not shape.has_dataset and not has_union_graph(store):
        dataset["use_default_graph_as_union"] = True
    try:
        return store.query(query, **dataset)
    except SyntaxError as exc:
        raise sparql_syntax_error(query, exc)
    except ValueError as exc:  # an IRI in default-graph-uri that is not one
        raise KgError(f"bad graph IRI: {exc}")


# Oxigraph's parser says where it stopped and every token it could have read there, character
# classes included ("error at 1:27: expected one of OPTIONAL, Prefix not found, ['%'], …", ~500
# characters): the place, the text found there and the few words or marks it expected are kept.
_PARSER_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_EXPECTED_ITEM = re.compile(r"\[[^\]]*\]|\"(?:\\.|[^\"\\])*\"|[^,\s][^,]*")
_KEYWORD_OR_MARK = re.compile(r"[A-Za-z]+|\"[^A-Za-z0-9]{1,3}\"")
MOST_EXPECTED = 6  # more than this is a list no reader needs: the text found is named instead


def sparql_syntax_error(query: str, exc: SyntaxError) -> KgError:
    """One line for a query Oxigraph cannot parse: line, column (in characters), the text found
    there and a short reason."""
    at_start = _bad_start(query)
    if at_start is not None:  # "SELEC ?s WHERE …", "PREFIX a <…>": said at the word, not where the parser gave up
        line, column, word, reason = at_start
        return KgError(f'SPARQL syntax error at line {line}, column {column} (near "{word[:20]}"): {reason}')
    found = _PARSER_ERROR.match(str(exc))
    if found is None:
        return KgError(f"SPARQL syntax error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    lines = query.split("\n")
    line = min(int(found[1]), len(lines))
    before = lines[line - 1][:int(found[2]) - 1]  # Oxigraph counts columns in characters
    rest = "\n".join([lines[line - 1][len(before):], *lines[line:]]).split()
    near = f'near "{rest[0][:20]}"' if rest else "the end of the query"
    reason = _short_reason(found[3], before) or ("the query is unfinished" if not rest else "unexpected text")
    return KgError(f"SPARQL syntax error at line {line}, column {len(before) + 1} ({near}): {reason}")


# the prologue (BASE and PREFIX declarations, comments) and the word after it, which begins the query
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|BASE\s*<[^<>]*>|PREFIX\s+[^\s:]*:\s*<[^<>]*>)*", re.I)
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_WORD = re.compile(r"[A-Za-z]\w*")
_NEXT_TOKEN = re.compile(r"(?:\s+|#[^\n]*)*(\S*)")  # past blanks and comments


def _bad_start(query: str) -> tuple[int, int, str, str] | None:
    """(line, column in characters, word, reason) where the query goes wrong before its form: the
    word after its prologue when it is no query form (SELECT, ASK, CONSTRUCT, DESCRIBE), or a
    declaration the prologue could not read — a PREFIX whose name has no colon (PREFIX pol <…>) or
    no name, a BASE or PREFIX whose IRI is not in <…>. None when the query begins well, or the
    parser says better what is wrong (an IRI left open)."""
    start = _PROLOGUE.match(query).end()
    word = _WORD.match(query, start)
    if word is None or word[0].upper() in _QUERY_FORMS:
        return None
    if word[0].upper() not in ("PREFIX", "BASE"):
        return _place(query, start) + (word[0], "expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    after = _NEXT_TOKEN.match(query, word.end())
    token, at = after[1], after.start(1)
    if word[0].upper() == "PREFIX":
        name = re.match(r"[^\s:<]*", token)[0]
        if not token or token.startswith("<"):
            return _place(query, at) + (token or word[0], "the prefix's name is missing (PREFIX pol: <…>)")
        if not token[len(name):].startswith(":"):
            return _place(query, at) + (token, f"the prefix's name ends with a colon (PREFIX {name}: <…>)")
        after = _NEXT_TOKEN.match(query, at + len(name) + 1)
        token, at = after[1], after.start(1)
    if token.startswith("<"):
        return None
    return _place(query, at) + (token or word[0], "expected an IRI in <…>")


def _place(query: str, at: int) -> tuple[int, int]:
    """(line, column in characters) of the character at AT."""
    return query.count("\n", 0, at) + 1, at - (query.rfind("\n", 0, at) + 1) + 1


def _short_reason(reason: str, before: str) -> str:
    """What the parser expected, in a few words: an undeclared prefix, an IRI it could not read, or
    up to MOST_EXPECTED keywords and marks (character classes left out); "" when it expected more."""
    if "Prefix not found" in reason:
        prefix = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        name = prefix[1] or "" if prefix else ""
        return f"the prefix {name}: is not declared (add PREFIX {name}: <…> before the query)"
    if "IRI parsing failed" in reason:
        iri = re.search(r"<[^<>]*>\s*$", before)
        return f"{iri[0].strip() + ' is' if iri else 'there is'} not a valid IRI (a relative IRI needs a BASE)"
    items = _EXPECTED_ITEM.findall(reason.split("expected", 1)[-1].replace("one of", "", 1))
    words = [i.strip() for i in items if _KEYWORD_OR_MARK.fullmatch(i.strip())]
    if not words or len(words) > MOST_EXPECTED:
        return ""
    words = [f"'{json.loads(w)}'" if w.startswith('"') else w for w in words]  # a mark as written: '}'
    return "expected " + (words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1])


def write_results(results, fmt: str, out=None) -> tuple:
    """SELECT/ASK results in the SPARQL 1.1 result format `fmt` (kg.rdf.formats.RESULT_FORMATS);
    CONSTRUCT/DESCRIBE in `fmt` if it is one of CONSTRUCT_FORMATS, else in Turtle. Returns the
    format used (its `content_type` is what to send) and the bytes, or None when written to `out`
    (a binary file object)."""
    import pyoxigraph as ox

    from kg.rdf.formats import CONSTRUCT_FORMATS, RESULT_FORMATS

    if isinstance(results, ox.QueryTriples):
        chosen = CONSTRUCT_FORMATS.get(fmt, CONSTRUCT_FORMATS["ttl"])
        return chosen, ox.serialize(results, out, format=chosen.ox_format())
    chosen = RESULT_FORMATS[fmt]
    return chosen, results.serialize(out, format=chosen.ox_format())


def serialize_results(results, fmt: str) -> bytes:
    """SELECT/ASK results in a SPARQL 1.1 result format; CONSTRUCT/DESCRIBE as Turtle or N-Triples."""
    return write_results(results, fmt)[1]


def term_text(term) -> str:
    import pyoxigraph as ox

    from kg.rdf.vocab import compact_iri

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    return str(term)


def text_width(text: str) -> int:
    """Columns the text takes in a terminal: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_table(results, max_width: int = 60) -> str:
    """A readable table, aligned for Chinese text (wide characters count double)."""
    import pyoxigraph as ox

    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    if isinstance(results, ox.QueryTriples):
        return serialize_results(results, "ttl").decode("utf-8")
    names = [v.value for v in results.variables]
    return text_table(names, [[term_text(sol[n]) for n in names] for sol in results], max_width)


def text_table(names: list[str], cells: list[list[str]], max_width: int = 60) -> str:
    """Rows of text as a table aligned for Chinese text (wide characters count double)."""
    rows = [[_clip(c, max_width) for c in r] for r in cells]
    widths = [max([text_width(n)] + [text_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells):
        return " | ".join(c + " " * (w - text_width(c)) for c, w in zip(cells, widths)).rstrip()

    out = io.StringIO()
    out.write(line(names) + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(line(r) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return out.getvalue()


def _clip(text: str, limit: int) -> str:
    text = text.replace("\n", " ")
    if text_width(text) <= limit:
        return text
    out, w = [], 0
    for c in text:
        w += text_width(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"
