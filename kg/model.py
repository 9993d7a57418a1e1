"""The model: plain dataclasses that the stages hand one another, and `Span`, the one place where
offsets are converted.

    Source ─▶ Document (sections, sentences, own area) ─▶ Mention ─▶ Entity, Relation,
    Observation, StageRecord ─▶ ReportGraph

Offsets: a `Span` holds offsets into `Source.text` (the normalized text the rules read) and the
offset of the frame it was found in (its sentence), so that rules can work in sentence-local
offsets and the graph can record offsets into the original file (`Span.original`). Nothing else
adds or subtracts a sentence's start.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kg.text.lookup import char_positions

PLACE, ORG, PROJECT, INDICATOR, OBSERVATION = "Place", "Organization", "Project", "Indicator", "Observation"


# ---------------------------------------------------------------- offsets

@dataclass(frozen=True, slots=True)
class Span:
    """text[start:end] of `Source.text`, found in the frame (sentence) that starts at `frame`."""

    start: int
    end: int
    frame: int = 0

    @classmethod
    def local(cls, frame: int, a: int, b: int) -> Span:
        """The span a..b of a frame (a sentence) that starts at `frame` in the document."""
        return cls(frame + a, frame + b, frame)

    @property
    def local_start(self) -> int:
        return self.start - self.frame

    @property
    def local_end(self) -> int:
        return self.end - self.frame

    @property
    def bounds(self) -> tuple[int, int]:
        """(start, end) in the frame: what rules compare with their own local offsets."""
        return self.start - self.frame, self.end - self.frame

    def __len__(self) -> int:
        return self.end - self.start

    def reframed(self, frame: int) -> Span:
        return Span(self.start, self.end, frame)

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def original(self, source: Source) -> tuple[int, int]:
        """(start, end) in the file as decoded (`Source.original`): what the graph records."""
        return source.original_span(self.start, self.end)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class Source:
    """A decoded report: `text` is normalized, `offsets[i]` is the original index of `text[i]`."""

    path: str
    name: str
    encoding: str
    original: str
    text: str
    offsets: tuple[int, ...]
    # the indices of `text` whose character came right after spaces of the original's layout, inside a
    # line, that normalization dropped ("记者 甲 乙", a byline: kg.text.reading)
    spaced: frozenset[int] = frozenset()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized span text[start:end]."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


# ---------------------------------------------------------------- the document

# Marks that end a clause inside a sentence; which of them a rule splits on is its own business
# (a list "、" is a clause end for some rules and not for others), so a sentence gives clauses for
# any set of marks, each computed once.
CLAUSE_MARKS = ",;。"
# The marks that end the clause a relation is read in ("X承建P,…", "其中:…"): a colon, a question
# or an exclamation ends it too.
RELATION_CLAUSE_MARKS = ",;:。!?"


@dataclass
class Sentence:
    index: int
    start: int  # offsets into Source.text
    end: int
    text: str
    paragraph: int
    section: str  # id of the innermost section holding it

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.start)

    def at(self, a: int, b: int) -> Span:
        """The span of text[a:b] of this sentence."""
        return Span(self.start + a, self.start + b, self.start)

    def clauses(self, marks: str = CLAUSE_MARKS) -> tuple[tuple[int, int], ...]:
        """The (a, b) local bounds of the clauses between `marks` (the marks themselves excluded)."""
        return _clauses(self.text, marks)

    def clauses_with_text(self, marks: str = CLAUSE_MARKS) -> tuple[tuple[int, int], ...]:
        """The clauses that hold at least one character (none between two marks side by side)."""
        return tuple(c for c in self.clauses(marks) if c[1] > c[0])

    def clause_at(self, a: int, marks: str = CLAUSE_MARKS) -> tuple[int, int]:
        """The clause holding local offset `a`."""
        for ca, cb in self.clauses(marks):
            if ca <= a <= cb:
                return ca, cb
        return a, a


@functools.lru_cache(maxsize=4096)
def _clauses(text: str, marks: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for i in char_positions(text, marks):  # (its class compiled once: no look-up in re's cache a sentence)
        out.append((pos, i))
        pos = i + 1
    out.append((pos, len(text)))
    return tuple(out)


@dataclass
class Section:
    id: str  # "preamble", "p1", "p1.s2"
    heading: str
    level: int  # 0 preamble, 1 part, 2 numbered section
    parent: str | None
    year: int | None  # the year the section speaks of
    mode: str  # "review", "plan", "glossary" or "other"
    start: int = 0


class OwnArea(NamedTuple):
    """The report's own area, resolved once per document (kg.text.area): its division, its
    province, the towns under it, and the names of the divisions it spells ("重庆市", "黔江区")."""

    division: Any  # kg.lexicons.Division or None
    province: str | None  # two-digit code
    towns: dict  # town name → (full name, county code)
    names: tuple[str, ...]

    @property
    def code(self) -> str | None:
        return self.division.code if self.division is not None else None


NO_AREA = OwnArea(None, None, {}, ())


@dataclass
class Document:
    source: Source
    title: str
    area: str | None  # the report's own area as the text names it ("重庆市黔江区", "易县")
    year: int | None  # the year the report plans for
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    own: OwnArea = NO_AREA  # the area resolved against the divisions (kg.text.area.resolve_own_area)

    @property
    def label(self) -> str:
        """A title that says whose report it is, even when the file's title does not
        ("政府工作报告" → "2016年海拉尔区政府工作报告")."""
        name = self.area.rsplit("市", 1)[-1] if self.area and not self.area.endswith("市") else self.area
        if self.title and (not name or name in self.title):
            return self.title
        head = (f"{self.year}年" if self.year else "") + (self.area or "")
        return head + (self.title or "政府工作报告") if head else (self.title or self.source.name)

    def section(self, section_id: str) -> Section:
        return self._by_id[section_id]

    @functools.cached_property
    def sentences_joined(self) -> str:
        """The sentences' texts joined by a newline, which neither a name nor a kind holds: a word is in
        it only where it is in one of the sentences (one search of the report instead of one a sentence;
        built once a document, when a rule first asks)."""
        return "\n".join(s.text for s in self.sentences)

    def __getstate__(self) -> dict:
        # a pickled document (the extraction cache) leaves out what is derived from its sentences
        state = dict(self.__dict__)
        state.pop("sentences_joined", None)
        return state

    def __post_init__(self) -> None:
        self._by_id: dict[str, Section] = {}

    def index(self) -> None:
        self._by_id = {s.id: s for s in self.sections}


# ---------------------------------------------------------------- mentions

@dataclass
class Mention:
    type: str
    text: str
    span: Span
    sentence: int
    attrs: dict = field(default_factory=dict)

    @property
    def start(self) -> int:  # offsets into Source.text
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def local_start(self) -> int:  # offsets into its sentence
        span = self.span  # (not through Span's own property: rules read this in their inner loops)
        return span.start - span.frame

    @property
    def local_end(self) -> int:
        span = self.span
        return span.end - span.frame


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions inside no longer one of them, in their order ("黔江" inside "黔江卷烟厂" is not)."""
    bounds = [(m.span.start, m.span.end) for m in mentions]
    # one sweep in order of start, longer first, instead of every pair (the rules ask it of every
    # sentence's mentions): a mention is inside a longer one when one before it in that order ends
    # after it, or ends with it and starts before it (one with its very bounds is not longer)
    inside = [False] * len(bounds)
    far, far_start = -1, 0  # the farthest end so far, and the first start that reaches it
    keys = [(a, -b) for a, b in bounds]
    order = range(len(keys)) if keys == sorted(keys) else sorted(range(len(keys)), key=keys.__getitem__)
    for i in order:  # (the rules give their mentions in that order already)
        a, b = bounds[i]
        if b < far or (b == far and far_start < a):
            inside[i] = True
        elif b > far:
            far, far_start = b, a
    return [x for x, nested in zip(mentions, inside) if not nested]


# ---------------------------------------------------------------- what a report says

@dataclass
class Entity:
    type: str
    name: str
    key: str  # stable identity, used for the IRI
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)  # code, parent, lon, lat, investment, stage


@dataclass
class Relation:
    kind: str  # locatedIn, participatesIn, partOf, mentionedIn
    subject: str  # entity key
    object: str  # entity key
    mention: Mention  # where it was read (the mention of the subject in the sentence)


@dataclass
class Observation:
    key: str
    indicator: str  # indicator entity key
    value: str
    unit: str
    measure: str
    direction: str | None
    bound: str | None
    period: int | None
    status: str
    area: str | None  # place entity key
    mention: Mention


@dataclass(frozen=True)
class StageRecord:
    project: str  # entity key
    stage: str
    period: int | None
    mention: Mention


@dataclass
class ReportGraph:
    """What one report says: entities, relations and observations, with their mentions (before RDF;
    named apart from rdflib's Graph, which kg.rdf.graph.to_rdf turns it into)."""
    doc: Document
    entities: dict[str, Entity]
    relations: list[Relation]
    observations: list[Observation]
    area: str | None  # the report's own area (place key)
    stages: list[StageRecord] = field(default_factory=list)  # a project's stage per year
