"""Scoring: the rules of the metric on small cases, and the quality reached on the samples."""
from __future__ import annotations

import pytest

import json
import subprocess
import sys

from kg.evaluate import evaluate, load_gold, score_entities, score_observations, score_relations
from kg.pipeline import predictions
from kg.rdf.formats import to_turtle

from .conftest import shared_file


def test_alt_types_are_neither_right_nor_wrong():
    gold = [{"type": "Place", "name": "濯水景区", "alt_types": ["Project"]}, {"type": "Project", "name": "黔张常铁路"}]
    pred = [{"type": "Project", "name": "濯水景区"}, {"type": "Project", "name": "黔张常铁路"}]
    s = score_entities(pred, gold, "Project", lenient=False)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    # as in shared/tools/score.py: the place itself is still missed, since no Place was predicted
    p = score_entities(pred, gold, "Place", lenient=False)
    assert (p.tp, p.fp, p.fn) == (0, 0, 1)


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


def test_observation_year_and_relations():
    gold = [{"type": "Observation", "indicator": "地区生产总值", "value": 7, "unit": "%", "status": "target", "period": 2019},
            {"type": "Project", "name": "三塘盖旅游康养度假区"}, {"type": "Place", "name": "三塘盖"},
            {"type": "Relation", "relation": "locatedIn", "from": "三塘盖旅游康养度假区", "to": "三塘盖"}]
    pred = [{"indicator": "地区生产总值", "value": 7.0, "unit": "%", "status": "target", "period": "2018"}]
    assert score_observations(pred, gold).tp == 1
    assert score_observations(pred, gold, with_period=True).tp == 0
    rel = [{"type": "Relation", "relation": "locatedIn", "from": ["三塘盖旅游康养度假区项目"], "to": ["三塘盖"]},
           {"type": "Relation", "relation": "locatedIn", "from": ["三塘盖旅游康养度假区"], "to": ["黔江区"]}]
    s = score_relations(rel, gold, "locatedIn")
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


@pytest.mark.parametrize("report", ["qianjiang-2019", "yixian-2019", "guangdong-2026", "national-2017"])
def test_kg_eval_agrees_with_the_yardstick(report, request, tmp_path):
    """`kg eval` and shared/tools/score.py give the same precision, recall and F1 on every row."""
    script = shared_file("tools", "score.py")
    build = request.getfixturevalue(report.split("-")[0])
    graph = tmp_path / f"{report}.ttl"
    graph.write_text(to_turtle(build.rdf), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(graph), str(shared_file("gold", f"{report}.jsonl")), "--json"],
                         check=True, capture_output=True, text=True).stdout
    theirs = json.loads(out)
    ours = evaluate(predictions(build.rdf), load_gold(shared_file("gold", f"{report}.jsonl")))
    rows = [r for r in theirs if isinstance(theirs[r], dict)]
    assert set(rows) == set(ours)
    for row in rows:
        s = ours[row]["strict"]
        assert [round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)] == theirs[row]["strict"], row
        if "lenient" in theirs[row]:
            lenient = ours[row]["lenient"]
            assert [round(lenient.precision, 3), round(lenient.recall, 3), round(lenient.f1, 3)] == theirs[row]["lenient"], row


# The figures the product promises on the samples (README's table): the goals of extraction on
# every level of government (strict F1 as shared/tools/score.py scores it). The seed is held at or
# above its figures before the rules for the genre (Place 0.841, Organization 0.854, Project 0.884,
# Observation 0.946). A rule that helps one sample and hurts another shows here.
GOALS = {"Place": 0.85, "Organization": 0.80, "Project": 0.70, "Indicator": 0.70, "ObservationYear": 0.85}
# every sample at the goals, and at (a little under) what the rules reach on it today: a rule that
# helps one report and hurts another fails here
TARGETS = {
    "qianjiang-2019": {**GOALS, "Place": 0.99, "Organization": 0.97, "Project": 0.94, "ObservationYear": 0.94,
                       "locatedIn": 0.95, "participatesIn": 0.85},  # Project, locatedIn raised in session 51 (0.949, 0.962)
    "yixian-2019": {**GOALS, "Place": 0.90, "Organization": 0.97, "Project": 0.90, "ObservationYear": 0.95,
                    "locatedIn": 0.85, "participatesIn": 0.80},
    "guangdong-2026": {**GOALS, "Place": 0.94, "Organization": 0.95, "Project": 0.88, "ObservationYear": 0.90},
    "national-2017": {**GOALS, "Place": 0.95, "Organization": 0.95, "Project": 0.80, "ObservationYear": 0.90},
}
# indicators and observations (task QI; raised in session 17, task qa17), a little under today's
# figures: Indicator 0.884 / 0.895 / 0.766 / 0.861, ObservationYear 0.979 / 0.994 / 0.937 / 0.962
INDICATOR_TARGETS = {
    "qianjiang-2019": {"Indicator": 0.875, "ObservationYear": 0.96},
    "yixian-2019": {"Indicator": 0.885, "ObservationYear": 0.98},
    "guangdong-2026": {"Indicator": 0.77, "ObservationYear": 0.92},  # raised in session 51 (0.782)
    "national-2017": {"Indicator": 0.855, "ObservationYear": 0.95},
}
for _report, _targets in INDICATOR_TARGETS.items():
    TARGETS[_report].update(_targets)


@pytest.mark.parametrize("report", sorted(TARGETS))
def test_quality_on_the_samples(report, request):
    build = request.getfixturevalue(report.split("-")[0])
    result = evaluate(predictions(build.rdf), load_gold(shared_file("gold", f"{report}.jsonl")))
    for type_, target in TARGETS[report].items():
        assert result[type_]["strict"].f1 >= target, (type_, round(result[type_]["strict"].f1, 3))
    # indicator names boundary-lenient, the measure the README promised before names were exact
    assert result["Indicator"]["lenient"].f1 >= 0.80


def test_ablation_leaves_out_one_rule_component(yixian):
    """Without the observation rules there are no observations, and the places stay as they were."""
    from kg.errors import KgError
    from kg.pipeline import build_document

    gold = load_gold(shared_file("gold", "yixian-2019.jsonl"))
    full = evaluate(predictions(yixian.rdf), gold)
    without = evaluate(predictions(build_document(yixian.source, yixian.doc, frozenset({"observations"})).rdf), gold)
    assert full["Observation"]["strict"].f1 > 0.8 and without["Observation"]["strict"].tp == 0
    assert without["Place"]["strict"].f1 == full["Place"]["strict"].f1
    with pytest.raises(KgError, match="no rule component named nonesuch"):
        build_document(yixian.source, yixian.doc, frozenset({"nonesuch"}))
