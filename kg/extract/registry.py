"""Rule components and the pipeline that runs them, the way spaCy registers its components.

A component is a function `(SentenceContext) -> list[Mention]`, registered with what it reads (the
mention types found by earlier components that it looks at, through `ctx.found` and `ctx.taken`),
what it assigns (the types of the mentions it returns) and what it sets (the attributes it gives
the mentions it reads, e.g. a project's stage):

    @component("coordinated_places", reads=(PLACE, PROJECT), assigns=(PLACE,))
    def extract_coordinated_places(ctx): ...

    @component("project_stage", reads=(PROJECT,), sets=("stage",))
    def set_project_stage(ctx): ...

A pipeline is an ordered list of component names. Assembling it checks the order (every type a
component reads is assigned by some component before it; every component named in `after` runs
before it; no component finds mentions of a type whose attributes an earlier component set) and any component can be left out (`Pipeline.without`), which is how `kg eval
--ablation` measures what each rule contributes. While it runs, a component sees in `ctx.found`
only the types it declared, may return only the types it declared and may add only the attributes
it declared, so the declarations are true rather than comments.

A component may also declare `needs`, literals one of which every sentence it finds something in
holds (`needs=("新城",)`): the pipeline does not run it on a sentence holding none of them, nor a
component that only sets attributes on a sentence where it is shown no mention (a pre-filter: one
scan of the sentence for every component's literals, `Pipeline.literal_bits` over `_literal_masks`,
instead of a call that walks the tokens). A component may
declare `needs_types`, the mention types it reads one of which it must be shown to find or set
anything (`needs_types=(PROJECT,)`: cues that relate something to a project, the company a works'
name opens with): the pipeline does not run it on a sentence where no mention of those types was
found before it.

A report filter (`report_filter`) is named in the pipeline's order after every component and left out
like one: on each sentence it picks, among what the sentence kept (`drop_nested`), the mentions that
name nothing (`pick(ctx, kept)`), and once the report is read it drops them and what they unmake
elsewhere in the report (`drop(mentions, picked)`): carved_non_bodies, the organizations carved from a
works' name that name no body.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.errors import KgError
from kg.model import INDICATOR, OBSERVATION, ORG, PLACE, PROJECT, Mention
from kg.text.lookup import WordTrie

MENTION_TYPES = (PLACE, ORG, PROJECT, INDICATOR, OBSERVATION)


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable  # (SentenceContext) -> list[Mention]
    reads: frozenset[str]
    assigns: frozenset[str]
    after: tuple[str, ...] = ()
    sets: frozenset[str] = frozenset()  # attributes it adds to the mentions it reads
    # its pre-filter: literals one of which every sentence it finds something in holds ("等" of a
    # list, "至" of a route); a sentence holding none is not shown to it. Empty: every sentence.
    needs: tuple[str, ...] = ()
    # the types it reads one of which it must be shown to find or set anything (clause cues relating
    # places and organizations to projects, the company opening a works' name: a project). Empty: any.
    needs_types: frozenset[str] = frozenset()

    def may_find(self, text: str, shown: list) -> bool:
        """Can the component find or set anything in a sentence of `text`, shown `shown`? Not when
        the text lacks all its literals, nor when it only sets attributes and is shown no mention,
        nor when it declares `needs_types` and is shown no mention of them.
        `Pipeline.run` asks the same of each component inline, its literals through `literal_bits`."""
        search = self.literal_search
        if search is not None and search(text) is None:
            return False
        if self.needs_types and not any(m.type in self.needs_types for m in shown):
            return False
        return bool(shown) or bool(self.assigns)

    @functools.cached_property
    def literal_search(self) -> Callable[[str], re.Match | None] | None:
        """The search for any of its needs in a text (one regex), or None when it needs none."""
        return _literals_pattern(self.needs).search if self.needs else None


@functools.lru_cache(maxsize=None)
def _literals_pattern(literals: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `literals`, as one regex: one scan of a sentence in C rather than one `in` a literal."""
    return re.compile("|".join(re.escape(w) for w in literals))


def minimal_literals(literals: tuple[str, ...]) -> tuple[str, ...]:
    """`literals` less those holding another of them, and repeats, in their order: a text holds one
    of `literals` exactly when it holds one of these ("新城区" holds "新城"; "号线" holds "线")."""
    given = set(literals)
    out: list[str] = []
    for w in literals:
        if w not in out and not _holds_another(w, given):
            out.append(w)
    return tuple(out)


def _holds_another(word: str, literals: set[str]) -> bool:
    """Is some literal other than `word` a part of it? Its parts looked up (a literal is a few
    characters), not every literal tested against it: the ~600 literals at a first extraction."""
    n = len(word)
    return any(word[i:j] in literals for i in range(n) for j in range(i + 1, n + 1) if j - i < n)


# name → Component; filled by the @component decorators when kg.extract's modules are imported
# (an explicit registry, like rdflib's plugins: the only module-level state here).
REGISTRY: dict[str, Component] = {}


def component(name: str, *, reads: Iterable[str] = (), assigns: Iterable[str] = (), after: Iterable[str] = (),
              sets: Iterable[str] = (), needs: Iterable[str] = (), needs_types: Iterable[str] = ()):
    """Register the decorated rule under `name`; see the module's docstring."""
    reads, assigns, sets, needs = frozenset(reads), frozenset(assigns), frozenset(sets), tuple(needs)
    needs_types = frozenset(needs_types)
    if not needs_types <= reads:
        raise ValueError(f"component {name}: needs_types must be types it reads")
    if not all(needs):
        raise ValueError(f"component {name}: an empty literal in its needs")
    for t in reads | assigns:
        if t not in MENTION_TYPES:
            raise ValueError(f"component {name}: unknown mention type {t!r}")
    if not assigns and not sets:
        raise ValueError(f"component {name} neither assigns mentions nor sets attributes")
    if sets and not reads:
        raise ValueError(f"component {name} sets attributes but reads no mentions to set them on")

    def register(func: Callable) -> Callable:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"two components are named {name!r}")
        REGISTRY[name] = Component(name, func, reads, assigns, tuple(after), sets, needs, needs_types)
        func.component = REGISTRY[name]
        return func

    return register


@dataclass(frozen=True)
class ReportFilter:
    name: str
    pick: Callable  # (SentenceContext, the sentence's kept mentions) -> the mentions that name nothing
    drop: Callable  # (the report's mentions, what pick picked in every sentence) -> the mentions kept


# name → ReportFilter; filled by report_filter when kg.extract is imported
FILTERS: dict[str, ReportFilter] = {}


def drop_picked(mentions: list[Mention], picked: list[Mention]) -> list[Mention]:
    """`mentions` less those the filter picked: the `drop` of a report filter that unmakes nothing
    else in the report."""
    gone = {id(m) for m in picked}
    return [m for m in mentions if id(m) not in gone]


def report_filter(name: str, *, drop: Callable = drop_picked):
    """Register the decorated `pick` and `drop` (by default `drop_picked`) as the report filter `name`;
    see the module's docstring."""
    def register(pick: Callable) -> Callable:
        if name in REGISTRY or (name in FILTERS and FILTERS[name].pick is not pick):
            raise ValueError(f"two components are named {name!r}")
        FILTERS[name] = ReportFilter(name, pick, drop)
        return pick

    return register


class PipelineError(KgError):
    """A pipeline whose order does not give a component what it reads."""


@dataclass(frozen=True)
class Pipeline:
    components: tuple[Component, ...]
    filters: tuple[ReportFilter, ...] = ()  # run in this order once the components ran on every sentence

    @classmethod
    def assemble(cls, names: Iterable[str]) -> Pipeline:
        """The components and report filters of `names` in that order, the order checked (the filters
        after every component)."""
        names = list(names)
        unknown = [n for n in names if n not in REGISTRY and n not in FILTERS]
        if unknown:
            raise PipelineError(f"unknown rule components: {', '.join(unknown)}")
        first_filter = next((i for i, n in enumerate(names) if n in FILTERS), len(names))
        early = [n for n in names[first_filter:] if n in REGISTRY]
        if early:
            raise PipelineError(f"rule component {early[0]} is named after the report filter {names[first_filter]}: "
                                "filters run after every component")
        pipeline = cls(tuple(REGISTRY[n] for n in names[:first_filter]), tuple(FILTERS[n] for n in names[first_filter:]))
        pipeline.check()
        return pipeline

    def check(self) -> None:
        assigned: set[str] = set()
        ran: set[str] = set()
        for c in self.components:
            missing = sorted(c.reads - assigned)
            if missing:
                raise PipelineError(f"rule component {c.name} reads {', '.join(missing)} mentions, "
                                    "but no component before it finds any")
            before = [a for a in c.after if a not in ran and a in self.names]
            if before:
                raise PipelineError(f"rule component {c.name} must run after {', '.join(before)}")
            setters = [x.name for x in self.components if x.name in ran and x.sets and x.reads & c.assigns]
            if setters:
                raise PipelineError(f"rule component {c.name} finds mentions after {', '.join(setters)} "
                                    "set their attributes: it must run before")
            assigned |= c.assigns
            ran.add(c.name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components) + tuple(f.name for f in self.filters)

    def setting_attributes(self) -> Pipeline:
        """Only the components that set attributes on mentions found before them and find none."""
        return Pipeline(tuple(c for c in self.components if c.sets and not c.assigns))

    def without(self, skip: Iterable[str]) -> Pipeline:
        """This pipeline less the components named in `skip` (what the rest then finds is what
        `kg eval --ablation` compares); a component whose inputs are gone still runs on what is left."""
        skip = set(skip)
        unknown = sorted(skip - set(self.names))
        if unknown:
            raise PipelineError(f"no rule component named {', '.join(unknown)}; "
                                f"they are: {', '.join(self.names)}")
        return Pipeline(tuple(c for c in self.components if c.name not in skip),
                        tuple(f for f in self.filters if f.name not in skip))

    @functools.cached_property
    def _plan(self) -> tuple[tuple[Component, int, bool, frozenset[str] | None, frozenset[str], Callable, bool], ...]:
        """Each component with its pre-filter (`Component.may_find`) read once: its bit in
        `_literal_masks` (0: it needs no literal, every sentence), whether it only sets attributes
        and its `needs_types` (None: any); then what it reads, its function and whether it sets
        attributes. `run` tests these ~130 times a sentence, and a method call and four attribute
        reads each cost more than the tests themselves."""
        plan = []
        for i, c in enumerate(self.components):
            bit = 1 << i if c.needs else 0
            plan.append((c, bit, not c.assigns, c.needs_types or None, c.reads, c.func, bool(c.sets)))
        return tuple(plan)

    def _plan_holding(self, held: int) -> tuple[tuple[Component, bool, frozenset[str] | None, frozenset[str], Callable, bool], ...]:
        """The entries of `_plan` (less their bit) that a sentence holding the literals of the bits
        `held` lets through: those needing no literal and those one of whose literals it holds, in
        order: the loop in `run` then visits ~40 components a sentence, not all ~125 (a sentence
        lets ~10 of the ~95 gated ones through), and one comprehension costs less than its tests. Each
        set's entries are kept (the samples and Hailar hold ~2,100 sets in 3,250 sentences; a text
        met again, as in `kg bench`'s repeated text, finds them all)."""
        cache = self.__dict__.setdefault("_plans_holding", {})
        entries = cache.get(held)
        if entries is None:
            if len(cache) >= 4096:
                cache.clear()
            entries = cache[held] = self._entries_of_bits(held | self._ungated_bits)
        return entries

    @functools.cached_property
    def _ungated_bits(self) -> int:
        """A bit for each entry of `_plan` needing no literal (its place in the plan)."""
        return _or_of(1 << i for i, entry in enumerate(self._plan) if not entry[1])

    def _entries_of_bits(self, bits: int) -> tuple:
        """The entries of `_plan` (less their bit) at the places set in `bits`, in order: read eight
        places at a time, each byte's entries made once (a first pass meets ~2,000 sets of bits, and
        testing all ~140 entries for each cost ~10 µs a sentence)."""
        tables = self.__dict__.setdefault("_entries_by_byte", {})
        out: tuple = ()
        shift = 0
        while bits:
            byte = bits & 255
            if byte:
                entries = tables.get((shift, byte))
                if entries is None:
                    entries = tables[shift, byte] = tuple(
                        entry[:1] + entry[2:] for k, entry in enumerate(self._plan[shift:shift + 8]) if byte >> k & 1)
                out += entries
            bits >>= 8
            shift += 8
        return out

    @functools.cached_property
    def _literal_masks(self) -> tuple[WordTrie, dict[str, int]]:
        """The literals every component needs, as one trie, and for each of them the bits of the
        components (`_plan`) that a sentence holding it lets through: those needing it or a literal
        it opens with. At each position of a sentence where some literal begins, the longest one
        there holds every other one beginning there as its prefix, so the bits of the longest
        literals at every start (one scan of the sentence, `WordTrie.starts`) are exactly the
        components one of whose literals the sentence holds: the ~50 regex searches and ~40 `in`
        tests of the components' literals (`Component.may_find`) in one pass."""
        needed_by: dict[str, int] = {}  # each literal → the bits of the components needing it
        for i, c in enumerate(self.components):
            for need in minimal_literals(c.needs) if c.needs else ():
                needed_by[need] = needed_by.get(need, 0) | 1 << i
        # a literal lets through the components needing one of its prefixes (itself included):
        # its prefixes looked up, not every literal tested against every other (~500k startswith)
        masks = {w: _or_of(needed_by.get(w[:k], 0) for k in range(1, len(w) + 1)) for w in needed_by}
        return WordTrie(sorted(needed_by)), masks

    @functools.cached_property
    def _literal_scan(self) -> tuple[WordTrie, dict[str, int], frozenset[str], dict[str, int]]:
        """`_literal_masks` in two parts: the literals of two characters or more as a trie (with
        their masks), and the one-character literals as a set (with theirs). The trie of all of them
        stops at every character that is one (、, 等, 至 …: ~2 of a sentence's characters in 5) to
        find the longest literal there; the one-character ones are found by one set intersection
        and the trie stops only where a longer one may begin. The same bits: a literal's mask holds
        those of the literals it opens with, one-character ones included."""
        _, masks = self._literal_masks
        longer = WordTrie(sorted(w for w in masks if len(w) > 1))
        single = {w: bits for w, bits in masks.items() if len(w) == 1}
        return longer, masks, frozenset(single), single

    def literal_bits(self, text: str) -> int:
        """The bits of the components (`_plan`) one of whose literals `text` holds."""
        trie, masks, chars, single = self._literal_scan
        held = 0
        for char in chars.intersection(text):
            held |= single[char]
        for a, b in trie.starts(text):
            held |= masks[text[a:b]]
        return held

    def run(self, ctx, given: Iterable[Mention] = ()) -> list[Mention]:
        """Run every component on one sentence's context; return all that they found, in order,
        after the mentions `given` (found before, by hand or by another pipeline)."""
        found: list[Mention] = list(given)
        # what components reading the same types are shown, until something new is found (most
        # components find nothing in most sentences; none changes the list it is shown)
        views: dict[frozenset[str], list[Mention]] = {}
        shown_types: dict[frozenset[str], set[str]] = {}  # the types in each view, when asked
        held = self.literal_bits(ctx.text)  # the bits of the components one of whose literals the sentence holds
        for c, sets_only, types, reads, func, sets in self._plan_holding(held):
            if (view := views.get(reads)) is None:
                view = views[reads] = [m for m in found if m.type in reads]
            if sets_only and not view:
                continue  # may_find, inline: it only sets attributes, and is shown no mention to set them on
            if types is not None:
                if (present := shown_types.get(reads)) is None:
                    present = shown_types[reads] = {m.type for m in view}
                if types.isdisjoint(present):
                    continue  # may_find, inline: shown no mention of the types it sets anything for
            ctx.found = view
            if sets:
                before = [dict(m.attrs) for m in view]
                new = func(ctx)
                _check_sets(c, view, before)
            else:
                new = func(ctx)
            if new is None and c.assigns:
                # a finder that fell off its end (a lost `return out`) would find nothing, silently
                raise PipelineError(f"rule component {c.name} returned None, not its list of mentions")
            if new:
                for m in new:
                    if m.type not in c.assigns:
                        raise PipelineError(f"rule component {c.name} returned a {m.type} mention, "
                                            f"but declares only {', '.join(sorted(c.assigns))}")
                found.extend(new)
                views.clear()
                shown_types.clear()
        ctx.found = found
        return found


def _or_of(bits: Iterable[int]) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


def _check_sets(c: Component, seen: list[Mention], before: list[dict]) -> None:
    """A component may add or change on the mentions it was shown only the attributes it declares."""
    for m, was in zip(seen, before):
        changed = {k for k in m.attrs.keys() | was.keys()
                   if k not in c.sets and (k not in m.attrs or k not in was or m.attrs[k] is not was[k])}
        if changed:
            raise PipelineError(f"rule component {c.name} set {', '.join(sorted(changed))} on a {m.type} "
                                f"mention, but declares {', '.join(sorted(c.sets)) or 'no attributes'}")


def drop_nested(found: list[Mention]) -> list[Mention]:
    """What a sentence keeps of what its components found: within one type, a mention inside a
    longer one of the same type is dropped, but for places inside a composite place (names inside
    names: "黔江河" in "黔江河舟白渡断面"); observations are all kept."""
    if len(found) < 2:
        return list(found)
    # each mention's type and bounds read once: the test below pairs every mention with every other
    bounds = [(m.type, m.span.start, m.span.end) for m in found]
    holders = [b for b, m in zip(bounds, found) if not m.attrs.get("composite")]
    return [m for m, (t, a, b) in zip(found, bounds)
            if t == OBSERVATION or not any(ht == t and hb - ha > b - a and ha <= a and b <= hb for ht, ha, hb in holders)]
