"""Rule components declare what they read and assign; the pipeline's order is checked."""
import pytest

from kg.extract import PIPELINE, PIPELINE_ORDER, REGISTRY, Pipeline, PipelineError, extract_mentions
from kg.extract.registry import Component
from kg.model import ORG, PLACE, PROJECT
from kg.text.document import parse_document
from kg.text.reading import read_source

from .conftest import SEEDS, shared_file


def test_every_component_in_the_order_is_registered_and_declares_its_types():
    assert PIPELINE.names == PIPELINE_ORDER
    for name in (c.name for c in PIPELINE.components):
        c = REGISTRY[name]
        assert c.assigns or c.sets, name  # finds mentions, or sets attributes on those found
        assert not c.sets or c.reads, name


def test_the_report_filters_come_last_in_the_order_and_a_component_after_one_is_refused():
    filters = tuple(f.name for f in PIPELINE.filters)
    assert "carved_non_bodies" in filters and PIPELINE_ORDER[-len(filters):] == filters
    with pytest.raises(PipelineError, match="filters run after every component"):
        Pipeline.assemble(("carved_non_bodies", "lexicon_places"))


def test_an_order_that_reads_before_anything_assigns_is_refused():
    reader = Component("reads_projects", lambda ctx: [], frozenset({PROJECT}), frozenset({PLACE}))
    writer = Component("finds_projects", lambda ctx: [], frozenset(), frozenset({PROJECT}))
    Pipeline((writer, reader)).check()
    with pytest.raises(PipelineError, match="reads_projects reads Project"):
        Pipeline((reader, writer)).check()


def test_a_component_named_in_after_must_run_first():
    a = Component("a", lambda ctx: [], frozenset(), frozenset({ORG}))
    b = Component("b", lambda ctx: [], frozenset(), frozenset({ORG}), after=("a",))
    Pipeline((a, b)).check()
    with pytest.raises(PipelineError, match="b must run after a"):
        Pipeline((b, a)).check()


def test_unknown_names_are_refused():
    with pytest.raises(PipelineError, match="no_such_rule"):
        Pipeline.assemble(("bodies", "no_such_rule"))
    with pytest.raises(PipelineError, match="no_such_rule"):
        PIPELINE.without({"no_such_rule"})


def test_a_component_returning_an_undeclared_type_is_caught():
    doc = parse_document(read_source(SEEDS / "qianjiang-2019.txt"))
    liar = Component("liar", REGISTRY["lexicon_places"].func, frozenset(), frozenset({ORG}))
    with pytest.raises(PipelineError, match="liar returned a Place"):
        extract_mentions(doc, Pipeline((liar,)))


def test_a_finder_that_returns_nothing_at_all_is_caught():
    """A finder whose `return out` was lost returns None: an error, not a rule that finds nothing."""
    doc = parse_document(read_source(SEEDS / "qianjiang-2019.txt"))
    lost = Component("lost_return", lambda ctx: None, frozenset(), frozenset({PLACE}))
    with pytest.raises(PipelineError, match="lost_return returned None"):
        extract_mentions(doc, Pipeline((lost,)))


def test_leaving_a_component_out_loses_what_only_it_finds():
    doc = parse_document(read_source(SEEDS / "qianjiang-2019.txt"))
    every = {(m.type, m.text) for m in extract_mentions(doc)}
    without = {(m.type, m.text) for m in extract_mentions(doc, PIPELINE.without({"lexicon_places"}))}
    assert len({m for m in without if m[0] == PLACE}) < len({m for m in every if m[0] == PLACE})
    assert any(t == PLACE for t, _ in every - without)


def test_attribute_components_run_last_and_set_a_projects_investment_and_stage():
    doc = parse_document(read_source(SEEDS / "qianjiang-2019.txt"))
    setters = [c.name for c in PIPELINE.components if c.sets]
    components = tuple(c.name for c in PIPELINE.components)
    assert setters and components[-len(setters):] == tuple(setters)
    projects = [m for m in extract_mentions(doc) if m.type == PROJECT]
    staged = [m for m in projects if "stage" in m.attrs]
    invested = [m for m in projects if "investment" in m.attrs]
    assert staged and invested
    for m in invested:  # the amount and unit of a "总投资…" phrase of its own sentence
        value, unit = m.attrs["investment"]
        assert f"总投资{value}{unit}" in doc.sentences[m.sentence].text
    without = [m for m in extract_mentions(doc, PIPELINE.without({"project_stage"})) if m.type == PROJECT]
    assert not any("stage" in m.attrs for m in without)
    assert any("investment" in m.attrs for m in without)


def test_a_component_setting_an_undeclared_attribute_is_caught():
    doc = parse_document(read_source(SEEDS / "qianjiang-2019.txt"))

    def stamp(ctx):
        for m in ctx.found:
            m.attrs["stage"] = "建成"
            m.attrs["colour"] = "red"
        return []

    finder = REGISTRY["projects"]
    sloppy = Component("sloppy", stamp, frozenset({PROJECT}), frozenset(), sets=frozenset({"stage"}))
    with pytest.raises(PipelineError, match="sloppy set colour on a Project mention"):
        extract_mentions(doc, Pipeline((finder, sloppy)))

    def overwrite(ctx):
        for m in ctx.found:
            m.attrs["source"] = "stamped"  # an attribute the finder set
        return []

    with pytest.raises(PipelineError, match="overwriter set source"):
        extract_mentions(doc, Pipeline((finder, Component("overwriter", overwrite, frozenset({PROJECT}), frozenset(),
                                                          sets=frozenset({"stage"})))))


def test_a_component_setting_attributes_must_read_mentions():
    from kg.extract.registry import component

    with pytest.raises(ValueError, match="reads no mentions"):
        component("orphan", sets=("stage",))
    with pytest.raises(ValueError, match="neither assigns"):
        component("idle", reads=(PROJECT,))


def test_an_observation_is_about_the_place_its_clause_opens_with_as_extraction_names_it():
    from kg.pipeline import build

    def areas(skip=frozenset()):
        rg = build(SEEDS / "qianjiang-2019.txt", skip).report
        return {(o.mention.text, rg.entities[o.area].name) for o in rg.observations}, rg.entities[rg.area].name

    # qianjiang-2019: "食品产业园入驻企业37家,…"
    found, own = areas()
    assert ("37家", "食品产业园") in found
    without, own = areas(frozenset({"observation_places"}))
    assert ("37家", own) in without and ("37家", "食品产业园") not in without


def test_no_component_finds_mentions_after_their_attributes_are_set():
    finder = Component("finds_projects", lambda ctx: [], frozenset(), frozenset({PROJECT}))
    setter = Component("sets_stage", lambda ctx: [], frozenset({PROJECT}), frozenset(), sets=frozenset({"stage"}))
    other = Component("finds_places", lambda ctx: [], frozenset(), frozenset({PLACE}))
    Pipeline((finder, setter, other)).check()
    with pytest.raises(PipelineError, match="late_projects finds mentions after sets_stage"):
        Pipeline((finder, setter, other, Component("late_projects", lambda ctx: [], frozenset(),
                                                   frozenset({PROJECT})))).check()


def test_pre_filters_change_nothing_that_is_found():
    """A component's needs (and the skip of setters shown nothing) only spare work: on the samples
    and Hailar's five years, the pipeline finds the same mentions with the same attributes with
    every pre-filter removed."""
    import dataclasses

    with_needs = [c for c in PIPELINE.components if c.needs]
    assert len(with_needs) >= 30  # most rules that find on a literal or a head word declare it
    # the report filters too, so that counting is compared with the whole pipeline (a filter may drop
    # what a sample's components found: hubs_found_as_works)
    unfiltered = Pipeline(tuple(dataclasses.replace(c, needs=()) for c in PIPELINE.components), PIPELINE.filters)
    ran: list[tuple[int, str]] = []  # (sentence, component) of each run of a component with needs

    def counted(c: Component) -> Component:
        def run(ctx):
            ran.append((ctx.sentence.index, c.name))
            return c.func(ctx)
        return dataclasses.replace(c, func=run)

    counting = Pipeline(tuple(counted(c) if c.needs else c for c in PIPELINE.components), PIPELINE.filters)
    skipped = skipped_for_literals = 0
    for path in sorted(SEEDS.glob("*.txt")) + sorted(shared_file("corpus", "hailar").glob("*.txt")):
        doc = parse_document(read_source(path))
        ran.clear()
        fast, slow = extract_mentions(doc, counting), extract_mentions(doc, unfiltered)
        assert [(m.type, m.span, m.attrs) for m in fast] == [(m.type, m.span, m.attrs) for m in slow], path.name
        assert len(set(ran)) == len(ran) and fast == extract_mentions(doc)  # once a sentence; counting changes nothing
        runs = set(ran)
        for s in doc.sentences:
            for c in with_needs:
                # what the pipeline skipped is what may_find says it may skip: a finder exactly when
                # the sentence lacks its literals, a setter (or a finder with needs_types) only then
                # or when shown no mention (of those types)
                has_literals, was_run = c.literal_search(s.text) is not None, (s.index, c.name) in runs
                exact = c.assigns and not c.needs_types
                assert was_run == has_literals if exact else has_literals or not was_run, (c.name, s.text)
                skipped_for_literals += not has_literals
        skipped += len(doc.sentences) * len(with_needs) - len(runs)
    assert skipped_for_literals > 80000  # the filters do skip work (97,485 measured)
    assert skipped > skipped_for_literals  # and setters shown no mention are skipped too (98,001 in all)


def test_needs_are_literals():
    with pytest.raises(ValueError):
        from kg.extract.registry import component

        component("empty_need", assigns=(PLACE,), needs=("",))(lambda ctx: [])
