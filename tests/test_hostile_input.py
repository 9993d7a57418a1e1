"""Input a hostile or unlucky user may have: file names with any character, every supported
encoding, damaged bytes, invisible characters. Each gives a correct graph or a one-line error."""
from __future__ import annotations

import codecs
import logging
import re
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.cli import main
from kg.rdf.graph import ID, POL

from .conftest import SEEDS

# Characters an IRI may not hold unescaped (RFC 3987), plus the ones that would end its path.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`#?\u202e\u200b]')


@pytest.fixture(scope="module")
def excerpt() -> str:
    """The head of a real report: enough for places, organizations, projects and observations."""
    text = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")
    return text[:text.index("\n", 2000)] + "\n"


def _build(tmp_path, name: str, data: bytes, capsys, caplog) -> tuple[int, str, Graph | None]:
    src = tmp_path / "in"
    src.mkdir(parents=True, exist_ok=True)
    path = src / name
    path.write_bytes(data)
    out = tmp_path / "out"
    with caplog.at_level(logging.WARNING):
        rc = main(["build", "--no-page", "-o", str(out), "--", str(path)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert not [r for r in caplog.records if r.name.startswith("rdflib")], "rdflib complained"
    ttl = out / (path.name[:-4] + ".ttl")
    return rc, err, (Graph().parse(ttl, format="turtle") if rc == 0 else None)


def _shape(g: Graph, name_segment: str) -> frozenset:
    """The graph's triples with the report's own name taken out of its IRIs and file-name literal;
    an observation (whose IRI digests the report's name) is named by the mention it comes from."""
    def plain(term):
        if isinstance(term, URIRef):
            return URIRef(str(term).replace(f"/report/{name_segment}/", "/report/R/")
                          .replace(f"/report/{name_segment}", "/report/R"))
        return term

    renamed = {ob: URIRef(str(plain(g.value(ob, PROV.wasDerivedFrom))) + "#observation")
               for ob in g.subjects(RDF.type, POL.Observation)}
    return frozenset((renamed.get(s) or plain(s), p, renamed.get(o) or plain(o))
                     for s, p, o in g if p not in (POL.sourceFile, POL.encoding))


HOSTILE_NAMES = ["my report", "a#b", "a?b=c", "100%", "100%25", 'q"uote', "it's", "<ang>", "{br}", "p|ipe",
                 "back\\slash", "new\nline", "tab\there", "-leading-dash", "Ру́сский", "黔江 报告", "عربي",
                 "rtl\u202eevil", "zero\u200bwidth", "ctrl\x01char", "caret^`tick", "..", " "]


def test_hostile_file_names_give_valid_iris_and_the_same_graph(tmp_path, excerpt, capsys, caplog):
    import pyoxigraph as ox

    data = excerpt.encode("utf-8")
    rc, err, reference = _build(tmp_path / "plain", "plain.txt", data, capsys, caplog)
    assert rc == 0, err
    expected = _shape(reference, "plain")
    segments = set()
    for name in HOSTILE_NAMES:
        rc, err, g = _build(tmp_path / str(len(segments)), name + ".txt", data, capsys, caplog)
        assert rc == 0, (name, err)
        reports = {str(s) for s in g.subjects(predicate=None, object=POL.Report)}
        (report,) = reports
        segment = report[len(str(ID) + "report/"):]
        segments.add(segment)
        for s, p, o in g:
            for term in (s, o):
                if isinstance(term, URIRef) and str(term).startswith(str(ID)):
                    assert not _NOT_IN_IRI.search(str(term)), (name, term)
                if isinstance(term, Literal):
                    assert not re.search(r"[\x00-\x08\x0b-\x1f\u202e\u200b]", str(term)), (name, term)
        assert _shape(g, segment) == expected, name
        # Oxigraph parses IRIs strictly: the Turtle must load.
        ox.Store().load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    assert len(segments) == len(HOSTILE_NAMES)  # distinct names stay distinct


def test_iri_segment_is_readable_and_reversible():
    from urllib.parse import unquote

    from kg.rdf.iris import iri_segment

    assert iri_segment("qianjiang-2019") == "qianjiang-2019"
    assert iri_segment("黔江区2019") == "黔江区2019"
    assert iri_segment("my report#1?") == "my%20report%231%3F"
    for name in HOSTILE_NAMES:
        if set(name) - {"."}:
            assert unquote(iri_segment(name)) == name
    assert iri_segment("bad\udcffbyte") == "bad%FFbyte"  # an undecodable byte of the file name


ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
             ("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
             ("utf-16-be", codecs.BOM_UTF16_BE)]


def test_every_encoding_gives_the_same_graph(tmp_path, excerpt, capsys, caplog):
    shapes = []
    for n, (encoding, bom) in enumerate(ENCODINGS):
        rc, err, g = _build(tmp_path / str(n), "report.txt", bom + excerpt.encode(encoding), capsys, caplog)
        assert rc == 0, (encoding, bom, err)
        shapes.append(_shape(g, "report"))
    assert all(s == shapes[0] for s in shapes), [len(s) for s in shapes]
    assert len(shapes[0]) > 200


def test_a_few_damaged_bytes_are_replaced_with_a_warning_naming_their_offsets(tmp_path, excerpt, capsys, caplog):
    data = bytearray(excerpt.encode("utf-8"))
    for offset in (300, 301, 2000):  # inside multi-byte characters: a truncated sequence
        data[offset] = 0xFF
    rc, err, g = _build(tmp_path, "damaged.txt", bytes(data), capsys, caplog)
    assert rc == 0, err
    (line,) = err.strip().splitlines()
    assert line.startswith("kg: warning: ") and "damaged.txt" in line
    assert "300" in line and "301" in line and "2000" in line
    assert len(list(g.subjects(None, POL.Observation))) > 5


def test_damage_after_a_bom_is_repaired_too(tmp_path, excerpt, capsys, caplog):
    data = bytearray(codecs.BOM_UTF8 + excerpt.encode("utf-8"))
    data[1000] = 0xFE
    rc, err, g = _build(tmp_path, "bom.txt", bytes(data), capsys, caplog)
    assert rc == 0, err
    # the broken character: its lead byte, the replaced byte and its orphaned continuation, counted from the
    # start of the file (the BOM included)
    assert "3 bytes not valid UTF-8" in err and "byte offsets 999, 1000, 1001)" in err


def test_a_mostly_undecodable_file_is_refused(tmp_path, excerpt, capsys, caplog):
    data = bytearray(excerpt.encode("utf-8"))
    for offset in range(0, len(data), 7):
        data[offset] = 0xFF
    rc, err, g = _build(tmp_path, "noise.txt", bytes(data), capsys, caplog)
    assert rc == 1
    assert err.startswith("kg: error: ") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


INVISIBLE = "\x00\x01\x07\x1b\x7f\x85\u200b\u200d\u202e\u2066\ufeff\ufffe"


def test_invisible_characters_never_reach_the_graph_and_xml_results_stay_well_formed(tmp_path, excerpt, capsys,
                                                                                       caplog):
    # Sprinkle controls, bidi and zero-width marks inside names and numbers.
    dirty = "".join(ch + (INVISIBLE[i % len(INVISIBLE)] if i % 97 == 5 else "") for i, ch in enumerate(excerpt))
    dirty = dirty.replace("黔江区", "黔\u200b江\x00区")
    rc, err, g = _build(tmp_path, "dirty.txt", dirty.encode("utf-8", "surrogatepass"), capsys, caplog)
    assert rc == 0, err
    for _, _, o in g:
        if isinstance(o, Literal):
            assert not any(c in INVISIBLE for c in str(o)), repr(o)
    assert (None, None, Literal("黔江区", lang="zh")) in g
    rc = main(["query", "--format", "xml", str(tmp_path / "out" / "dirty.ttl"),
               "PREFIX pol: <https://w3id.org/policy-kg/ontology#> SELECT ?t WHERE { ?s pol:text ?t }"])
    out = capsys.readouterr().out
    assert rc == 0
    root = ET.fromstring(out)  # raises on ill-formed XML
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) > 20


@pytest.mark.parametrize("variant", ["traditional", "full-width", "one line", "no structure"])
def test_unusual_but_readable_reports_build(tmp_path, excerpt, capsys, caplog, variant):
    if variant == "traditional":
        text = excerpt.translate(str.maketrans("区县发展经济计划实现项目建设开业长万亿元", "區縣發展經濟計劃實現項目建設開業長萬億元"))
    elif variant == "full-width":
        text = excerpt.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"})
    elif variant == "one line":
        text = excerpt.replace("\n", "")
    else:
        text = "".join(ch for ch in excerpt if "\u4e00" <= ch <= "\u9fff")  # no punctuation, digits or lines
    rc, err, g = _build(tmp_path, "v.txt", text.encode("utf-8"), capsys, caplog)
    assert rc == 0, err
    assert len(list(g.subjects(None, POL.Report))) == 1
    if variant == "full-width":
        assert len(list(g.subjects(None, POL.Observation))) > 5


def test_graphs_with_hostile_names_can_be_queried_and_named(tmp_path, excerpt, capsys, caplog):
    from kg.services.push import graphs_of

    paths = []
    for name in ("my report#1", "q\"uote?x", "黔江 报告"):
        rc, err, _ = _build(tmp_path / str(len(paths)), name + ".txt", excerpt.encode("utf-8"), capsys, caplog)
        assert rc == 0, err
        paths.append(tmp_path / str(len(paths)) / "out" / (name + ".ttl"))
    rc = main(["query", "--format", "csv", *map(str, paths),
               "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"])
    out = capsys.readouterr().out
    assert rc == 0
    graphs = [line.split(",")[0] for line in out.splitlines()[1:]]
    assert len(graphs) == 3 and all(not _NOT_IN_IRI.search(g) for g in graphs), graphs
    assert {iri for iri, _ in graphs_of(paths)} == set(graphs)  # kg push names the same graphs
