"""Scoring: the rules of the metric on small cases, and the quality reached on the samples."""
from __future__ import annotations

import pytest

from kg.evaluate import evaluate, load_gold, score_entities, score_observations
from kg.pipeline import predictions

from .conftest import shared_file


def test_alt_types_are_neither_right_nor_wrong():
    gold = [{"type": "Place", "name": "濯水景区", "alt_types": ["Project"]}, {"type": "Project", "name": "黔张常铁路"}]
    pred = [{"type": "Project", "name": "濯水景区"}, {"type": "Project", "name": "黔张常铁路"}]
    s = score_entities(pred, gold, "Project", lenient=False)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    p = score_entities(pred, gold, "Place", lenient=False)
    assert (p.tp, p.fp, p.fn) == (0, 0, 0)


def test_aliases_count_and_lenient_boundaries():
    gold = [{"type": "Place", "name": "黔江区", "aliases": ["黔江"]}, {"type": "Project", "name": "渝湘高铁重庆至黔江段"}]
    pred = [{"type": "Place", "name": "黔江"}, {"type": "Project", "name": "时速350公里的渝湘高铁重庆至黔江段"}]
    assert score_entities(pred, gold, "Place", lenient=False).tp == 1
    assert score_entities(pred, gold, "Project", lenient=False).tp == 0
    assert score_entities(pred, gold, "Project", lenient=True).tp == 1


def test_observations_match_one_to_one():
    gold = [{"type": "Observation", "indicator": "地区生产总值", "value": 7, "unit": "%", "status": "actual"}]
    pred = [{"indicator": "预计地区生产总值", "value": 7.0, "unit": "%", "status": "actual"},
            {"indicator": "地区生产总值", "value": 7.0, "unit": "%", "status": "actual"},
            {"indicator": "地区生产总值", "value": 7.0, "unit": "%", "status": "target"}]
    s = score_observations(pred, gold)
    assert (s.tp, s.fp, s.fn) == (1, 2, 0)


# The figures the product promises on the samples (README's table). Tuning on one sample and
# checking on the other keeps rules general; both are held here so a regression shows.
TARGETS = {
    "qianjiang-2019": {"Place": 0.85, "Organization": 0.85, "Project": 0.80, "Observation": 0.80},
    "yixian-2019": {"Place": 0.85, "Organization": 0.80, "Project": 0.70, "Observation": 0.80},
}


@pytest.mark.parametrize("report", sorted(TARGETS))
def test_quality_on_the_samples(report, request):
    build = request.getfixturevalue(report.split("-")[0])
    result = evaluate(predictions(build.rdf), load_gold(shared_file("gold", f"{report}.jsonl")))
    for type_, target in TARGETS[report].items():
        assert result[type_]["strict"].f1 >= target, (type_, round(result[type_]["strict"].f1, 3))
    assert result["Indicator"]["strict"].f1 >= 0.80
