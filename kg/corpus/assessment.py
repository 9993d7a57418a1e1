"""Promises kept? Each year's targets beside the results the next year's report states.

A report's plan part sets targets for its own year (period Y); the review part of the next report
states what was achieved in Y. A target and a result are paired only when they speak of the same
place, the same indicator concept (one of `lexicons/indicator_concepts.tsv`, or the identical
normalized name), the same period and the same measure (level or change), in units of one kind
(亿元 and 万元 convert; % and 元 never meet; 个 counts what 家, 座… count). An unknown name also meets
the same name with a qualifier the other year leaves out, when the qualifier is in the shorter one's
clause (产量 in a sentence about 蔬菜 is 蔬菜产量). A statistic a survey replaced (农民人均纯收入 →
农村常住居民人均可支配收入, `lexicons/indicator_series.tsv`) answers a growth target only when the
target's own statistic has no result, labelled "A→B". A wrong pairing is worse than none: clauses that speak
of several years ("年均增长12.1%", "比2010年增加", "到2020年") are never paired, and when the
candidate results disagree the one whose sentence reads most like the target's wins, or none does.

The outcome, with the target's bound:
  min (以上)          met when actual ≥ target;
  max (以内, 以下)    met when actual ≤ target;
  none or approx (左右) met when the result is on the good side of the target: for a change, further
                      in the target's own direction (增长 up, 下降 down); for a level, the way the
                      concept's `better` column says (higher; lower for 失业率, 能耗 …). 左右 allows
                      a shortfall of APPROX_TOLERANCE of the target.
The margin is how far the result beat (+) or fell short (−) of the target, in the target's unit.
"""
from __future__ import annotations

import functools
import re
import os
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from kg import lexicons
from kg.errors import KgError
from kg.resolve.entities import slug
from kg.rdf.graph import POL, decimal_literal, new_graph
from kg.rdf.vocab import assessment_iri, indicator_concept_iri
from kg.rdf.readback import GraphView, decimal_value
from kg.text.lookup import clause_start

APPROX_TOLERANCE = Decimal("0.05")  # 7%左右 is met by 6.65% or more
CONJUNCTIONS = "和及与、"  # "新建和改造提升农村公路": a cut before one is inside a coordination
MIN_MID_REST = 3  # "棚户区改造工程" keeps its name: cutting at a word inside must leave a name, not "工程"
OUTCOMES = ("met", "missed", "no-result")
BOUND_WORDS = {"min": "以上", "max": "以内", "approx": "左右", "": ""}
CSV_HEADER = ("place", "indicator", "period", "measure", "unit", "target", "bound", "actual", "outcome", "margin")
GRAPH_NAME = "promises"  # the named graph of the assessments in a merged TriG


@dataclass(frozen=True)
class Stated:
    """One observation as the comparison reads it."""
    iri: str
    report: str
    status: str  # target | actual
    place: str
    place_iri: str
    name: str  # the indicator as the report writes it
    concept: str  # its canonical concept, or its normalized name
    period: int
    measure: str  # level | change
    direction: str  # increase | decrease | ""
    value: Decimal
    unit: str
    bound: str  # min | max | approx | ""
    sentence: str
    clause: str
    start: int


@dataclass(frozen=True)
class Promise:
    """One target and what became of it."""
    place: str
    indicator: str  # the canonical concept, or the target's normalized name
    period: int
    measure: str
    unit: str
    target: Decimal
    bound: str  # min | max | approx | ""
    actual: Decimal | None  # in the target's unit
    outcome: str  # met | missed | no-result
    margin: Decimal | None  # + beat, − fell short, in the target's unit
    target_observation: str
    actual_observation: str | None
    target_sentence: str
    actual_sentence: str | None
    target_report: str
    actual_report: str | None
    place_iri: str = ""

    def csv_row(self) -> list[str]:
        return [self.place, self.indicator, str(self.period), self.measure, self.unit, number_text(self.target),
                self.bound, number_text(self.actual), self.outcome, number_text(self.margin)]


# ---------------------------------------------------------------- the vocabulary

@dataclass(frozen=True)
class Concept:
    name: str
    better: str  # higher | lower


@functools.lru_cache(maxsize=1)
def concepts() -> dict[str, Concept]:
    """Every form of a known indicator → its concept."""
    out: dict[str, Concept] = {}
    for row in lexicons.rows("indicator_concepts.tsv"):
        c = Concept(row[0], row[1])
        for form in [row[0], *row[2:]]:
            out.setdefault(form, c)
    return out


@functools.lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for kind, word in lexicons.rows("indicator_forms.tsv"):
        out.setdefault(kind, []).append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def normalize(name: str) -> tuple[str, bool]:
    """The indicator a name stands for, and whether its tail names a growth rate:
    "年内城镇登记失业率控制到" → ("城镇登记失业率", False), "规模以上工业增加值增速" → (…, True)."""
    forms = _forms()
    n = name.strip()
    for word in forms.get("drop", ()):
        n = n.replace(word, "")
    rate = False
    changed = True
    while changed and n:
        changed = False
        masked = _masked(n)  # 高等教育, 等级, 建成区, 新建设 hold the words but are not them
        for w in forms.get("mid", ()):  # "根河路等背街巷道", "建设办建成蔬菜大棚": what precedes is no part of it
            k = masked.rfind(w)
            if k >= 0 and len(n) - k - len(w) >= MIN_MID_REST and n[k + len(w)] not in CONJUNCTIONS:
                n, masked, changed = n[k + len(w):], masked[k + len(w):], True
        for w in forms.get("lead", ()):
            if masked.startswith(w) and len(n) > len(w) + 1 and n[len(w)] not in CONJUNCTIONS:
                n, masked, changed = n[len(w):], masked[len(w):], True
        for w in forms.get("tail", ()):
            if n.endswith(w) and len(n) > len(w) + 1:
                n, changed = n[: -len(w)], True
        for w in forms.get("rate", ()):
            if n.endswith(w) and len(n) > len(w) + 1:
                n, changed, rate = n[: -len(w)], True, True
    return n, rate


def _masked(name: str) -> str:
    """The name with the words that only contain a lead or mid word ("keep" in indicator_forms.tsv) blanked."""
    for word in _forms().get("keep", ()):
        name = name.replace(word, "\0" * len(word))
    return name


def concept_of(name: str) -> tuple[str, str | None, bool]:
    """(concept or normalized name, better if known, rate tail)."""
    known = concepts()
    if name in known:
        return known[name].name, known[name].better, False
    n, rate = normalize(name)
    c = known.get(n) or _coordinated(n, known)
    return (c.name, c.better, rate) if c else (n, None, rate)


def _coordinated(n: str, known: dict[str, Concept]) -> Concept | None:
    """"下岗失业人员和困难人员再就业": two subjects of one known statistic (下岗失业人员再就业)."""
    left, _, right = n.partition("和")
    for form in sorted(known, key=len, reverse=True):
        if left and len(form) >= 3 and right.endswith(form) and right != form and left + form in known:
            return known[left + form]
    return None


@functools.lru_cache(maxsize=1)
def series_links() -> dict[tuple[str, str], str]:
    """(concept, measure) → the statistic that replaced it or that it replaced (indicator_series.tsv)."""
    out: dict[tuple[str, str], str] = {}
    for earlier, later, measure in lexicons.rows("indicator_series.tsv"):
        out[(earlier, measure)] = later
        out[(later, measure)] = earlier
    return out


def spans_years(clause: str, period: int) -> bool:
    """A clause about several years: "年均增长", "比2010年增加", "到2020年"."""
    if any(w in clause for w in _forms().get("span", ())):
        return True
    return any(int(y) not in (period, period - 1) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)年", clause))


# ---------------------------------------------------------------- units

_SCALES = (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千", Decimal(1000)))


def unit_scale(unit: str) -> tuple[str, Decimal]:
    """亿元 → (元, 1e8); 万人次 → (人次, 1e4); % → (%, 1)."""
    for prefix, factor in _SCALES:
        if unit.startswith(prefix) and len(unit) > 1:
            base, inner = unit_scale(unit[1:])
            return base, factor * inner
    return unit, Decimal(1)


@functools.lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    return frozenset(_forms().get("count", ()))


def convert(value: Decimal, unit: str, to_unit: str) -> Decimal | None:
    """A value in another unit of the same kind; 个, the general measure word, counts what 家, 座, 所… count."""
    base, scale = unit_scale(unit)
    to_base, to_scale = unit_scale(to_unit)
    if base != to_base and {base, to_base} <= _count_words() | {"个"} and "个" in (base, to_base):
        base = to_base
    if base != to_base:
        return None
    return value if scale == to_scale else value * scale / to_scale


def number_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# ---------------------------------------------------------------- reading observations

def _clause(sentence: str, text: str) -> str:
    """The part of the sentence (between ; and 。) that holds the value."""
    k = sentence.find(text)
    if k < 0:
        return sentence
    a = clause_start(sentence, k, ";;。")
    ends = [e for e in (sentence.find(c, k) for c in ";;。") if e >= 0]
    return sentence[a:min(ends) if ends else len(sentence)]


def observation_triples(triples: list[tuple]) -> list[tuple]:
    """Of one report's pyoxigraph triples (in the order found), those `read_observations` reads:
    every triple about the report, its observations, their mentions, indicators and areas, and
    the mentions' sentences, in the same order (so `g.value` gives what it gives on the whole
    graph). A corpus merged without a page then builds an rdflib Graph of these alone (~2/5 of
    the report's triples) for kg promises instead of the whole report: that graph and reading it
    were the largest cost of a merged build (over a third of a report's time in a worker)."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode(str(RDF.type))
    read = {ox.NamedNode(str(POL.Report)), ox.NamedNode(str(POL.Observation))}
    # the nodes an observation or a report leads to, and what a mention leads to
    links = {ox.NamedNode(str(iri)) for iri in (PROV.wasDerivedFrom, POL.indicator, POL.area)}
    sentence = ox.NamedNode(str(POL.sentence))
    seeds = {s for s, p, o in triples if p == rdf_type and o in read}
    linked = {o for s, p, o in triples if p in links and s in seeds}
    nodes = seeds | linked | {o for s, p, o in triples if p == sentence and s in linked}
    return [t for t in triples if t[0] in nodes]


def read_observations(g: Graph) -> list[Stated]:
    """The observations of built graphs with one period, a decimal value and a known place."""
    view = GraphView(g)
    report_area = view.report_areas()
    out = []
    for ob in view.observations():
        number = decimal_value(ob.value)
        area = ob.area or report_area.get(ob.report)
        if ob.period is None or number is None or area is None:
            continue
        mention = view.mention(ob.mention) if ob.mention is not None else None
        text = mention.text or "" if mention else ""
        sentence = view.sentence_text(mention.sentence) or "" if mention else ""
        name = view.label(ob.indicator) or ""
        concept, _, rate = concept_of(name)
        measure, unit, direction = ob.measure or "level", ob.unit or "", ob.direction or ""
        if rate and measure == "level" and unit in ("%", "个百分点"):
            measure, direction = "change", "increase"  # "规上工业增加值增速12%"
        bound = ob.bound or ("approx" if "左右" in text else "")
        out.append(Stated(
            iri=str(ob.node), report=str(ob.report).rsplit("/", 1)[-1], status=ob.status or "",
            place=view.label(area) or str(area), place_iri=str(area), name=name, concept=concept,
            period=int(ob.period[:4]), measure=measure, direction=direction, value=number, unit=unit,
            bound=bound, sentence=sentence, clause=_clause(sentence, text), start=mention.start or 0 if mention else 0))
    return out


# ---------------------------------------------------------------- pairing and judging

def _similarity(a: str, b: str) -> float:
    """Character-bigram overlap of two clauses (Jaccard)."""
    x = {a[i:i + 2] for i in range(len(a) - 1)}
    y = {b[i:i + 2] for i in range(len(b) - 1)}
    return len(x & y) / len(x | y) if x and y else 0.0


def _result_for(target: Stated, candidates: list[Stated], known: bool) -> tuple[Stated, Decimal] | None:
    """The one result that answers the target, in its unit; None when none does or when results
    that disagree cannot be told apart."""
    fits: list[tuple[Stated, Decimal]] = []
    for a in candidates:
        value = convert(a.value, a.unit, target.unit)
        if value is not None:
            fits.append((a, value))
    if not fits:
        return None
    if len({v for _, v in fits}) == 1:
        return fits[0]
    if not known:
        return None  # a name of no known concept stated twice ("投资3亿元", "投资1.7亿元") is no statistic
    ranked = sorted(fits, key=lambda f: -_similarity(target.clause, f[0].clause))
    best, second = (_similarity(target.clause, f[0].clause) for f in ranked[:2])
    return ranked[0] if best > second else None


def qualified_same(a: Stated, b: Stated) -> bool:
    """One name is the other with a qualifier one year leaves out, and that qualifier is in the
    shorter one's own clause: "产量达到15万吨" in a sentence about 蔬菜 is 蔬菜产量 (not 鲜奶产量);
    "旅游接待床位" and "旅游产业…接待床位达到2.5万张"."""
    short, long_ = sorted((a, b), key=lambda o: len(o.concept))
    if len(short.concept) < 2 or short.concept == long_.concept or not long_.concept.endswith(short.concept):
        return False
    return long_.concept[: -len(short.concept)] in short.clause


def _split_urban_rural(o: Stated) -> list[Stated]:
    """"城乡居民可支配收入增长18%": one value for both the urban and the rural statistic (the
    extractor splits it only when the sentence gives two values)."""
    if o.concept in concepts() or not o.concept.startswith("城乡"):
        return [o]
    rest = o.concept[2:]
    out = []
    for side in ("城镇", "农村"):
        c, _, _ = concept_of(side + rest)
        if c in concepts():
            out.append(replace(o, concept=c))
    return out or [o]


def _units_of_targets(targets: list[Stated]) -> dict[tuple, list[set]]:
    """(report, place, concept, year, measure) → for each base unit, the set of values targeted in
    it (indexed so that a corpus's targets are not each compared with all the others)."""
    values: dict[tuple, set] = {}
    for t in targets:
        values.setdefault((t.report, t.place_iri, t.concept, t.period, t.measure, unit_scale(t.unit)[0]),
                          set()).add(t.value)
    units: dict[tuple, list[set]] = {}
    for k, v in values.items():
        units.setdefault(k[:5], []).append(v)
    return units


def compare(observations: list[Stated]) -> list[Promise]:
    """Every target of a year some other report reviews, with its result and outcome."""
    # every look-up below is by key: a corpus's targets are never each compared with all its actuals
    observations = [x for o in observations for x in _split_urban_rural(o)]
    targets = [o for o in observations if o.status == "target" and not spans_years(o.clause, o.period)]
    actuals = [o for o in observations if o.status == "actual" and not spans_years(o.clause, o.period)]
    # a name of no known concept with several targets in one report ("投资") names no one statistic
    # in each unit ("3800户、58万平方米棚户区改造" is one works measured twice, not two statistics)
    units = _units_of_targets(targets)
    reviewed: dict[int, set[str]] = {}  # a year → the reports that review it
    for o in observations:
        if o.status == "actual":
            reviewed.setdefault(o.period, set()).add(o.report)
    by_key: dict[tuple, list[Stated]] = {}
    unknown: dict[tuple, list[Stated]] = {}  # the actuals of no known concept, by place, year and measure
    for a in actuals:
        by_key.setdefault((a.place_iri, a.concept, a.period, a.measure), []).append(a)
        if a.concept not in concepts():
            unknown.setdefault((a.place_iri, a.period, a.measure), []).append(a)
    rows: list[Promise] = []
    seen = set()
    for t in sorted(targets, key=lambda o: (o.report, o.start, o.iri)):
        if not reviewed.get(t.period, set()) - {t.report}:
            continue  # no later report speaks of this year yet
        key = (t.place_iri, t.concept, t.period, t.measure, t.unit, t.value, t.bound, t.direction)
        if key in seen:
            continue  # the same target stated twice
        seen.add(key)
        _, better, _ = concept_of(t.concept)
        known = t.concept in concepts()
        candidates = [a for a in by_key.get((t.place_iri, t.concept, t.period, t.measure), []) if a.report != t.report]
        if not known and not candidates:
            candidates = [a for a in unknown.get((t.place_iri, t.period, t.measure), [])
                          if a.report != t.report and qualified_same(t, a)]
        unique = known or all(len(v) == 1 for v in units.get((t.report, t.place_iri, t.concept, t.period, t.measure), ()))
        found = _result_for(t, candidates, known) if unique else None
        indicator = t.concept
        linked = series_links().get((t.concept, t.measure))
        if found is None and linked and not candidates:  # the survey changed: the other statistic, labelled
            others = [a for a in by_key.get((t.place_iri, linked, t.period, t.measure), []) if a.report != t.report]
            found = _result_for(t, others, True)
            indicator = f"{t.concept}→{linked}" if found else indicator
        if found is None:
            rows.append(Promise(t.place, t.concept, t.period, t.measure, t.unit, t.value, t.bound, None, "no-result",
                                None, t.iri, None, t.sentence, None, t.report, None, t.place_iri))
            continue
        a, value = found
        if t.measure == "change" and a.direction == "decrease" and t.direction != "decrease":
            value = -value  # "增长7%" then "下降2%": the result is −2 along the target's way
        elif t.measure == "change" and t.direction == "decrease" and a.direction != "decrease":
            value = -value  # "下降3%" then "增长1%": the result is −1 along the target's way
        outcome, margin = judge(t, value, better)
        rows.append(Promise(t.place, indicator, t.period, t.measure, t.unit, t.value, t.bound, value, outcome,
                            margin, t.iri, a.iri, t.sentence, a.sentence, t.report, a.report, t.place_iri))
    rows.sort(key=lambda p: (p.place, p.indicator, p.period, p.measure, p.unit, p.target, p.target_observation))
    return rows


def judge(t: Stated, value: Decimal, better: str | None) -> tuple[str, Decimal]:
    """Both values along the target's own direction (a decrease target's 3 and a result's 3.5
    are 3 and 3.5 of decrease): min wants more, max wants less; no bound wants more, except a
    level of a lower-is-better concept (失业率) or a rise of one (物价涨幅)."""
    if t.bound == "min":
        sense = 1
    elif t.bound == "max":
        sense = -1
    elif better == "lower" and not (t.measure == "change" and t.direction == "decrease"):
        sense = -1
    else:
        sense = 1
    margin = sense * (value - t.value)
    tolerance = abs(t.value) * APPROX_TOLERANCE if t.bound == "approx" else Decimal(0)
    return ("met" if margin >= -tolerance else "missed"), margin


# ---------------------------------------------------------------- inputs and outputs

def load_graph(paths: list[str | Path], skipping=None) -> Graph:
    """The union of built graphs and reports: a graph file is read, a report (.txt) is built, a
    folder stands for the graphs in it (or, when it holds none, its reports), a store written by
    `kg build --store` for the graphs in it. With `skipping`
    (kg.corpus.inputs.Skipping), one that cannot be read or built is reported and skipped."""
    from kg.corpus.inputs import graphs_and_reports
    from kg.rdf.formats import read_union_graph, union
    from kg.services.sparql import is_store, store_graphs

    graph_files, reports = graphs_and_reports(paths)

    def read(f: Path) -> Graph:  # an unreadable file is a one-line error from read_union_graph
        return union(dict(store_graphs(f))) if is_store(f) else read_union_graph([f])

    def built(r: Path) -> Graph:
        from kg.pipeline import build

        return build(r).rdf

    if skipping is None:
        parts = {str(f): read(f) for f in graph_files} | {str(r): built(r) for r in reports}
    else:
        parts = {str(f): g for f, g in [*skipping.read(graph_files, read), *skipping.read(reports, built)]}
    return union(parts)


def promises(paths: list[str | Path] | Graph, skipping=None) -> list[Promise]:
    """The promises table of built graphs, reports or folders (or of an rdflib Graph); `skipping`
    as load_graph takes it."""
    g = paths if isinstance(paths, Graph) else load_graph(list(paths), skipping)
    return compare(read_observations(g))


def to_rdf(rows: list[Promise], graph: Graph | None = None) -> Graph:
    """Each comparison as a pol:Assessment: the target and the result it links (each traceable to
    its sentence through prov:wasDerivedFrom), the concept, outcome and margin."""
    g = graph if graph is not None else new_graph()
    for p in rows:
        node = assessment_iri(slug(p.target_observation + "|" + (p.actual_observation or "")))
        target = URIRef(p.target_observation)
        g.add((node, RDF.type, POL.Assessment))
        g.add((node, POL.target, target))
        g.add((node, PROV.wasDerivedFrom, target))
        concept = indicator_concept_iri(slug(p.indicator))
        g.add((node, POL.indicatorConcept, concept))
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.prefLabel, Literal(p.indicator, lang="zh")))
        if p.place_iri:
            g.add((node, POL.area, URIRef(p.place_iri)))
        g.add((node, POL.period, Literal(str(p.period), datatype=XSD.gYear)))
        g.add((node, POL.measure, Literal(p.measure)))
        g.add((node, POL.unit, Literal(p.unit)))
        g.add((node, POL.targetValue, decimal_literal(number_text(p.target))))
        if p.bound:
            g.add((node, POL.bound, Literal(p.bound)))
        g.add((node, POL.outcome, Literal(p.outcome)))
        if p.actual_observation:
            actual = URIRef(p.actual_observation)
            g.add((node, POL.actual, actual))
            g.add((node, PROV.wasDerivedFrom, actual))
            g.add((node, POL.actualValue, decimal_literal(number_text(p.actual))))
            g.add((node, POL.margin, decimal_literal(number_text(p.margin))))
    return g


def to_csv(rows: list[Promise]) -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for p in rows:
        w.writerow(p.csv_row())
    return buf.getvalue()


def to_table(rows: list[Promise]) -> str:
    from kg.services.sparql import text_width

    head = ["place", "indicator", "period", "measure", "unit", "target", "actual", "outcome", "margin"]
    body = [[p.place, p.indicator, str(p.period), p.measure, p.unit,
             number_text(p.target) + BOUND_WORDS[p.bound], number_text(p.actual), p.outcome,
             ("+" if p.margin is not None and p.margin > 0 else "") + number_text(p.margin)] for p in rows]
    widths = [max(text_width(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells):
        return "  ".join(c + " " * (w - text_width(c)) for c, w in zip(cells, widths)).rstrip()

    counts = {o: sum(p.outcome == o for p in rows) for o in OUTCOMES}
    summary = f"{len(rows)} targets: " + ", ".join(f"{n} {o}" for o, n in counts.items())
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, body), "", summary]) + "\n"


def page_data(rows: list[Promise]) -> list[dict]:
    """The rows as the page shows them (and draws them, one small chart per indicator)."""
    return [{"place": p.place, "indicator": p.indicator, "period": p.period, "measure": p.measure, "unit": p.unit,
             "target": number_text(p.target), "bound": p.bound, "bound_word": BOUND_WORDS[p.bound],
             "actual": number_text(p.actual), "outcome": p.outcome, "margin": number_text(p.margin),
             "target_sentence": p.target_sentence, "actual_sentence": p.actual_sentence or ""} for p in rows]


# ---------------------------------------------------------------- the command

def add_parser(sub) -> None:
    p = sub.add_parser("promises", help="each year's targets beside the next report's results: met, missed, no result",
                       description="Pair the targets a report sets for its year with the results the next report states "
                                   "for that year (same place, indicator concept, period, measure and unit kind) and "
                                   "judge each: met, missed or no-result, with the margin (+ beat, − fell short).")
    p.add_argument("inputs", nargs="+", metavar="DIR_OR_GRAPH",
                   help="built graphs (.ttl, .nt, .jsonld, .trig, .nq, .rdf), reports (.txt, .pdf, .docx, .doc, .wps), folders of either, "
                        "or a store (kg build --store)")
    p.add_argument("--format", type=str.lower, choices=["table", "csv"], default="table", help="table (default, readable) or CSV")
    p.add_argument("--rdf", metavar="OUT.ttl", help="also write the comparisons as pol:Assessment nodes (Turtle)")


def _refuse_rdf_over_a_report(rdf: str | None) -> None:
    """--rdf naming a report, or a graph that holds reports (a build's NAME.ttl, a --merge dataset), would
    replace it with the assessments alone, losing the report: refused before anything is read. A file an
    earlier --rdf wrote (no pol:Report in it) is written again, as asked."""
    from kg.rdf.formats import is_graph_file
    from kg.text.containers import REPORT_SUFFIXES

    if not rdf or not os.path.isfile(rdf):
        return
    target = Path(rdf)
    is_report = target.suffix.lower() in REPORT_SUFFIXES or target.suffix.lower() in (".html", ".htm")
    if is_report or (is_graph_file(target) and re.search(rb"pol:Report\b|ontology#Report\b", target.read_bytes())):
        raise KgError(f"{rdf}: {'a report' if is_report else 'a graph of reports'}: --rdf would write the assessments "
                      "over it; give --rdf a new file (OUT.ttl)")


def run(args) -> int:
    import sys

    from kg.files import write_atomic
    from kg.rdf.formats import to_turtle

    from kg.corpus.inputs import Skipping

    if args.rdf and Path(args.rdf).is_dir():  # said before the reports are read, not after
        raise KgError(f"{args.rdf}: a folder: give --rdf the file to write (OUT.ttl)")
    _refuse_rdf_over_a_report(args.rdf)
    # one input that cannot be read is reported and skipped, as kg build of a folder does
    skipping = Skipping(lambda line: print(f"kg: error: {line}", file=sys.stderr, flush=True))
    rows = promises(args.inputs, skipping)
    if skipping.none_read:
        return skipping.finish()
    if args.rdf:
        write_atomic(args.rdf, to_turtle(to_rdf(rows)))
    sys.stdout.write(to_csv(rows) if args.format == "csv" else to_table(rows))
    return skipping.finish()
