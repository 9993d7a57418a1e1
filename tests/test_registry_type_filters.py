"""Speed of the rules: a component that only sets attributes may declare `needs_types`, the
mention types it must be shown one of to set anything; the pipeline then skips it on the other
sentences. The skip must change nothing that is found or set."""
from __future__ import annotations

import dataclasses

import pytest

from kg.extract import PIPELINE, extract_mentions
from kg.extract.registry import Component, Pipeline, component
from kg.model import OBSERVATION, PLACE, PROJECT
from kg.text.document import parse_document
from kg.text.reading import read_source

from .conftest import SEEDS, shared_file


def test_type_filters_change_nothing_that_is_found_or_set():
    typed = [c for c in PIPELINE.components if c.needs_types]
    assert {"clause_subjects", "location_cues", "participation_cues", "observation_places"} <= {c.name for c in typed}
    unfiltered = Pipeline(tuple(dataclasses.replace(c, needs_types=frozenset()) for c in PIPELINE.components))
    ran: list[tuple[int, str]] = []

    def counted(c: Component) -> Component:
        def run(ctx):
            ran.append((ctx.sentence.index, c.name))
            return c.func(ctx)
        return dataclasses.replace(c, func=run)

    counting = Pipeline(tuple(counted(c) if c.needs_types else c for c in PIPELINE.components))
    skipped = 0
    for path in sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt")):
        doc = parse_document(read_source(path))
        ran.clear()
        fast, slow = extract_mentions(doc, counting), extract_mentions(doc, unfiltered)
        assert [(m.type, m.span, m.attrs) for m in fast] == [(m.type, m.span, m.attrs) for m in slow], path.name
        skipped += len(doc.sentences) * len(typed) - len(set(ran))
        # each attribute the filtered components set is on a sentence holding one of their types
        for c in typed:
            attrs = [m for m in fast if any(k in m.attrs for k in c.sets)]
            assert all(any(o.type in c.needs_types for o in fast if o.span.frame == m.span.frame) for m in attrs), c.name
    assert skipped > 10000  # the filter does skip runs (sentences with places but no project)


def test_needs_types_only_of_types_they_read():
    with pytest.raises(ValueError, match="needs_types"):
        component("s14_bad_finder", reads=(PROJECT,), assigns=(PLACE,), needs_types=(PLACE,))(lambda ctx: [])
    with pytest.raises(ValueError, match="needs_types"):
        component("s14_bad_setter", reads=(PLACE,), sets=("x",), needs_types=(OBSERVATION,))(lambda ctx: [])


def test_may_find_says_what_the_pipeline_skips():
    c = next(c for c in PIPELINE.components if c.name == "location_cues")
    place = type("Shown", (), {"type": PLACE})()
    project = type("Shown", (), {"type": PROJECT})()
    assert not c.may_find("任何句子", [place])
    assert c.may_find("任何句子", [place, project])
