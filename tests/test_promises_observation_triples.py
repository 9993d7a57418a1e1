"""kg promises reads a merged corpus's observations from a graph of only the triples it reads
(`observation_triples`): the same observations, field for field, as from the whole report."""
from __future__ import annotations

import pytest

from kg.corpus.assessment import observation_triples, read_observations
from kg.pipeline import build
from kg.rdf.graph import graph_of, report_triples

from .conftest import SEEDS, shared_file


@pytest.mark.parametrize("report", ["qianjiang-2019", "guangdong-2026", "hailar-2015"])
def test_the_observation_triples_read_as_the_whole_report(report):
    path = shared_file("corpus", "hailar", f"{report}.txt") if report.startswith("hailar") else SEEDS / f"{report}.txt"
    triples = report_triples(build(path).report)
    part = observation_triples(triples)
    whole = read_observations(graph_of(triples))
    assert whole  # these reports state observations with a period, a value and a place
    assert read_observations(graph_of(part)) == whole
    assert len(part) < 0.7 * len(triples)
    assert part == [t for t in triples if t in set(part)]  # a subsequence: the order found is kept
