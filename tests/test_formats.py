"""The format table (kg.rdf.formats): every line of it is written, read back and served as it says."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.rdf.formats import (CONSTRUCT_FORMATS, RDF_FORMATS, RESULT_FORMATS, WRITTEN, format_of_file,
                            is_graph_file, read_union_graph, serialize)
from kg.services.server import Job, answer
from kg.services.sparql import load_store, run_query

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3"


@pytest.fixture(scope="module")
def written(qianjiang, tmp_path_factory):
    """The sample report in every format kg build writes, each file named with the table's extension."""
    out = tmp_path_factory.mktemp("formats")
    name = qianjiang.source.name
    paths = {}
    for fmt, f in WRITTEN.items():
        paths[fmt] = out / f"{name}{f.extension}"
        paths[fmt].write_text(serialize(fmt, {name: qianjiang.rdf}), encoding="utf-8")
    return paths


@pytest.mark.parametrize("fmt", sorted(WRITTEN))
def test_every_written_format_is_read_back_whole_by_its_own_line(written, qianjiang, fmt):
    path = written[fmt]
    assert format_of_file(path) is WRITTEN[fmt] and is_graph_file(path)
    assert len(read_union_graph([path])) == len(qianjiang.rdf)  # rdflib, by the table's parser name
    store = load_store([path], union=False)  # pyoxigraph, by the table's format
    assert len(store) == len(qianjiang.rdf)
    names = {q.graph_name.value for q in store.quads_for_pattern(None, None, None, None)}
    assert len(names) == 1  # one report: one named graph, whether the format holds named graphs or not


def test_a_file_of_no_format_is_one_clear_error(tmp_path):
    odd = tmp_path / "report.xyz"
    odd.write_text("nothing", encoding="utf-8")
    with pytest.raises(KgError, match=r"unknown RDF format \(use \.ttl, .*\.trig"):
        format_of_file(odd)
    assert not is_graph_file(tmp_path / "report.txt")


def test_the_table_is_consistent():
    for f in RDF_FORMATS:
        f.ox_format()  # a misspelt pyoxigraph member fails here
        assert all(e.startswith(".") and e == e.lower() for e in f.extensions)
    for f in RESULT_FORMATS.values():
        f.ox_format()
    extensions = [e for f in RDF_FORMATS for e in f.extensions]
    assert len(extensions) == len(set(extensions))  # an extension names one format


@pytest.fixture(scope="module")
def store(written):
    return load_store([written["ttl"]])


@pytest.mark.parametrize("fmt", sorted(RESULT_FORMATS))
def test_every_media_type_of_a_result_format_is_answered_in_it(store, fmt):
    f = RESULT_FORMATS[fmt]
    total = int(next(iter(run_query(store, COUNT)))["n"].value)
    for mime in f.media_types:
        a = answer(store, Job(COUNT, f"text/html;q=0.9, {mime}", ""), 10**6)
        assert (a.status, a.ctype) == (200, f.content_type)
        text = a.body.decode("utf-8")
        if fmt == "json":
            assert int(json.loads(text)["results"]["bindings"][0]["n"]["value"]) == total
        elif fmt in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
            assert rows[0][0].lstrip("?") == "n" and rows[1][0].split("^^")[0].strip('"') == str(total)
        else:
            assert f">{total}<" in text


@pytest.mark.parametrize("fmt", sorted(CONSTRUCT_FORMATS))
def test_construct_results_are_sent_in_each_graph_format_asked_for(store, fmt):
    f = CONSTRUCT_FORMATS[fmt]
    for mime in f.media_types:
        a = answer(store, Job(CONSTRUCT, mime, ""), 10**6)
        assert (a.status, a.ctype) == (200, f.content_type)
        assert len(list(ox.parse(a.body, format=f.ox_format()))) == 3  # parsed back in the format it says
    by_parameter = answer(store, Job(CONSTRUCT, "text/csv", fmt), 10**6)  # the `format` parameter wins
    assert by_parameter.ctype == f.content_type


@pytest.mark.parametrize("fmt", sorted(WRITTEN))
def test_a_reports_files_written_from_its_triples_are_those_of_its_rdflib_graph(qianjiang, national, fmt):
    """kg build writes a report's files from its pyoxigraph triples (ReportRdf), never making its
    rdflib Graph for Turtle, N-Triples or TriG: the bytes are those written from the Graph."""
    from kg.rdf.formats import ReportRdf
    from kg.rdf.graph import report_triples

    for b in (qianjiang, national):
        name = b.source.name
        rdf = ReportRdf(name, report_triples(b.report))
        assert rdf.serialize(fmt) == serialize(fmt, {name: b.rdf})
        assert len(rdf.triples) == len(b.rdf) and set(rdf.graph()) == set(b.rdf)


def test_each_formats_line_holds_its_writers_of_one_report(qianjiang):
    """Adding a format is adding a line: a report's own file and its share of a merged file come
    from the format's line; Turtle, N-Triples and TriG from its triples, without its rdflib Graph."""
    from kg.rdf.formats import RDF_FORMATS, ReportRdf
    from kg.rdf.graph import report_triples

    merged = [f for f in RDF_FORMATS if f.writer is not None or f.dataset]
    assert all(f.part is not None for f in merged)
    assert {f.name: len(f.frame()[0]) > 0 for f in merged} == {"ttl": True, "nt": False, "jsonld": True,
                                                               "trig": True, "nq": False}
    for f in merged:
        rdf = ReportRdf(qianjiang.source.name, report_triples(qianjiang.report))
        text = rdf.merged_part(f.name) + (rdf.serialize(f.name) if f.name in WRITTEN else "")
        assert qianjiang.source.name in text
        assert (rdf._graph is None) == (f.alone is not None or f.name == "nq")
    with pytest.raises(KgError):
        rdf.merged_part("rdfxml")
