"""Property tests (hypothesis): random Unicode and mutated real reports never crash the tool; the
Turtle parses back to the same graph; offsets stay inside the file; the page escapes everything."""
from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.errors import KgError
from kg.rdf.formats import to_turtle
from kg.pipeline import build
from kg.rdf.graph import POL

from .conftest import SEEDS

SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TEXT = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
SENTENCES = [s for s in re.split(r"(?<=[。；！？\n])", TEXT[:6000]) if s]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030"]
# Characters a hostile file may hold: controls, bidi and zero-width marks, markup, quotes.
NASTY = "\x00\x01\x0b\x1b\x7f\x85\u200b\u200e\u202e\u2028\ufeff\ufffd<>&\"'`\\{}|#%?\n\r\t 　"


def _check(path) -> None:
    """Build `path`: a clear refusal, or a graph that round-trips with offsets inside the file."""
    try:
        b = build(path)
    except KgError as exc:
        assert "\n" not in str(exc)
        return
    ttl = to_turtle(b.rdf)
    assert isomorphic(Graph().parse(data=ttl, format="turtle"), b.rdf)
    n = len(b.source.original)
    for node in b.rdf.subjects(RDF.type, POL.Mention):
        start, end = b.rdf.value(node, POL.start).toPython(), b.rdf.value(node, POL.end).toPython()
        assert 0 <= start < end <= n
        sentence = b.rdf.value(node, POL.sentence)
        assert b.rdf.value(sentence, POL.start).toPython() <= start
        assert end <= b.rdf.value(sentence, POL.end).toPython()
    for _, _, text in b.rdf.triples((None, POL.text, None)):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u202e\ufeff]", str(text))


@SETTINGS
@given(st.text(min_size=1, max_size=400))
def test_random_unicode(tmp_path, noise):
    path = tmp_path / "r.txt"
    path.write_bytes(noise.encode("utf-8", "surrogatepass"))
    _check(path)


@SETTINGS
@given(st.randoms(use_true_random=False), st.lists(st.integers(0, 5999), max_size=60),
       st.text(alphabet=NASTY, max_size=30), st.sampled_from(ENCODINGS))
def test_mutated_reports(tmp_path, rnd, deletions, insert, encoding):
    sentences = list(SENTENCES)
    rnd.shuffle(sentences)
    chars = list("".join(sentences))
    for i in sorted(set(deletions), reverse=True):
        if i < len(chars):
            del chars[i]
    at = rnd.randrange(len(chars))
    text = "".join(chars[:at]) + insert + "".join(chars[at:])
    path = tmp_path / "m.txt"
    path.write_bytes(text.encode(encoding, "surrogatepass"))
    _check(path)


@SETTINGS
@given(st.sampled_from(ENCODINGS), st.lists(st.integers(0, 2999), max_size=20))
def test_an_encoding_never_changes_the_graph(tmp_path, encoding, deletions):
    chars = list(TEXT[:3000])
    for i in sorted(set(deletions), reverse=True):
        del chars[i]
    text = "".join(chars)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(exist_ok=True)
    b.mkdir(exist_ok=True)
    (a / "r.txt").write_text(text, encoding="utf-8")
    (b / "r.txt").write_bytes(text.encode(encoding))
    ga, gb = build(a / "r.txt").rdf, build(b / "r.txt").rdf
    for g in (ga, gb):
        g.remove((None, POL.encoding, None))
    assert isomorphic(ga, gb)


@SETTINGS
@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
@example("__VIS_JS__</script><script>alert(1)</script>", "__DATA__<img src=x onerror=alert(1)>")
def test_the_page_escapes_any_label_and_title(label, title):
    from kg.outputs.network import Network
    from kg.outputs.page import render_page

    def page(label, title):
        net = Network()
        net.add_node("n1", label=label, type="Place", aliases=[label], mentions=1)
        net.add_node("n2", label="黔江区", type="Place", aliases=[], mentions=1)
        net.add_edge("n1", "n2", "partOf", relation="partOf")
        return render_page(net, title)

    html = page(label, title)
    # the data stays inside its script element and reads back as written
    m = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S)
    data = json.loads(m.group(1))
    assert data["title"] == title
    assert {n["label"] for n in data["nodes"]} == {label, "黔江区"}
    for tag in ("<script", "</script", "<title", "</title", "<img", "<style"):
        assert html.count(tag) == page("x", "t").count(tag), tag
    head = html[:html.index("<script")]
    assert "<title>" in head and "</title>" in head
    assert head[head.index("<title>") + 7:head.index("</title>")].count("<") == 0
