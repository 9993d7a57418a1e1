#!/usr/bin/env python3
"""Score the relation rules apart from entity extraction (figures, not tests).

usage: python scripts/score_relations.py REPORT GOLD.jsonl [REPORT GOLD.jsonl…] [--show] [--rules]
       python scripts/score_relations.py REPORT… --unlinked | --links

Two views of `locatedIn` and `participatesIn`, each precision / recall / F1, matched as
../shared/tools/score.py does (kind, and each end sharing a name or alias with the gold entity; a
trailing 项目 optional):
- built: the graph `kg build` makes; and "on the pairs found": predicted links between two gold
  entities against the gold links whose two ends the extraction found (how well the rules do on
  the entity pairs available);
- given gold entities: every occurrence of a gold entity's name or alias is given to the relation
  rules as a mention (how well the rules would do with perfect entities).
With several reports, also the micro-average of each view over them.
With --rules, each rule of kg.resolve.relations (name, landmark, clause, topic, zone, cue, list item)
with the links of the built graph it read, right and wrong against the gold (--show: the wrong ones).
With --unlinked (no gold needed: a report with none, a Hailar year), each project of the built graph
with neither a place nor an organization, the places and organizations (not the report's own area)
of its first sentence and that sentence, then the count: what to read for the share of projects
linked (ontology/queries/12-projects-with-place-or-organization.rq).
With --links (no gold needed: fresh text read by eye), every link the rules read, with its rule and
its sentence, then the count of links by rule.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata

from kg.text.document import parse_document
from kg.resolve.entities import build_graph
from kg.extract import Mention, set_attributes
from kg.extract.base import QUOTES
from kg.pipeline import build
from kg.resolve.relations import find_relations
from kg.text.reading import read_source

KINDS = ("locatedIn", "participatesIn")
TYPES = ("Place", "Organization", "Project")


def norm(name: str) -> str:
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).strip("「」『』“”‘’\"'《》")
    return name[:-2] if name.endswith("项目") and len(name) > 3 else name


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> str:
    p, r = (tp_p / n_p if n_p else 0.0), (tp_g / n_g if n_g else 0.0)
    return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}  (pred {n_p}, gold {n_g})"


def predicted(rg) -> list[tuple[str, set[str], set[str]]]:
    E = rg.entities
    return [(r.kind, {norm(n) for n in {E[r.subject].name, *E[r.subject].aliases}},
             {norm(n) for n in {E[r.object].name, *E[r.object].aliases}}) for r in rg.relations if r.kind in KINDS]


def score(pred, gold_rel, kind, show=""):
    g = [(x, a, b) for k, x, a, b in gold_rel if k == kind]
    p = [(a, b) for k, a, b in pred if k == kind]
    hit = lambda pa, pb, ga, gb: bool(pa & ga) and bool(pb & gb)
    tp_p = sum(any(hit(a, b, ga, gb) for _, ga, gb in g) for a, b in p)
    found = [any(hit(a, b, ga, gb) for a, b in p) for _, ga, gb in g]
    if show:
        for a, b in p:
            if not any(hit(a, b, ga, gb) for _, ga, gb in g):
                print(f"    + [{show}] {min(a)} → {min(b)}")
        for (x, _, _), f in zip(g, found):
            if not f:
                print(f"    - [{show}] {x['from']} → {x['to']}  ({x.get('evidence', '')[:40]})")
    return tp_p, len(p), sum(found), len(g)


def found_links(b):
    """The links the rules read in built graph `b`, each with its rule (kg.resolve.relations.Found)."""
    E = b.report.entities
    by_mention = {id(m): e.key for e in E.values() for m in e.mentions}
    return find_relations(b.doc, b.mentions, by_mention, E, b.report.area)


def by_rule(b, gold_rel, show=False) -> None:
    """Each rule's links in the built graph, right and wrong against the gold."""
    E = b.report.entities
    counts: dict[tuple[str, str], list[int]] = {}
    for f in found_links(b):
        a = {norm(n) for n in {E[f.subject].name, *E[f.subject].aliases}}
        o = {norm(n) for n in {E[f.object].name, *E[f.object].aliases}}
        right = any(k == f.kind and a & ga and o & go for k, _, ga, go in gold_rel)
        counts.setdefault((f.kind, f.rule), [0, 0])[0 if right else 1] += 1
        if show and not right:
            print(f"    + [{f.rule}] {E[f.subject].name} → {E[f.object].name}")
    for (kind, rule), (right, wrong) in sorted(counts.items()):
        print(f"  {kind:15} {rule:10} right {right:3}  wrong {wrong:3}")


def unlinked(report: str) -> None:
    """The built graph's projects with no place and no organization, each with the other ends its
    first sentence offers and that sentence."""
    b = build(report)
    E, area = b.report.entities, b.report.area
    linked = {r.subject if r.kind == "locatedIn" else r.object for r in b.report.relations if r.kind in KINDS}
    ends_in: dict[int, set[str]] = {}
    for e in E.values():
        if e.type in ("Place", "Organization") and e.key != area:
            for m in e.mentions:
                ends_in.setdefault(m.sentence, set()).add(f"{e.type[:3]}:{e.name}")
    projects = [e for e in E.values() if e.type == "Project"]
    for e in (e for e in projects if e.key not in linked):
        sid = e.mentions[0].sentence
        print(f"  {e.name}  | {' '.join(sorted(ends_in.get(sid, ())))}\n      {b.doc.sentences[sid].text}")
    print(f"{report}: {sum(e.key not in linked for e in projects)} of {len(projects)} projects unlinked")


def links(report: str) -> None:
    """Every link the rules read in the built graph of `report`, with its rule and its sentence, then
    the count by rule: what to judge by eye on a report with no gold."""
    b = build(report)
    E = b.report.entities
    counts: dict[tuple[str, str], int] = {}
    for f in found_links(b):
        counts[f.kind, f.rule] = counts.get((f.kind, f.rule), 0) + 1
        print(f"  [{f.rule}] {E[f.subject].name} → {E[f.object].name}\n      {b.doc.sentences[f.mention.sentence].text}")
    print(f"{report}: " + ", ".join(f"{kind} {rule} {n}" for (kind, rule), n in sorted(counts.items())))


def occurrences(name: str, text: str):
    """Where `name` occurs in `text`, as (start, end), also where the text quotes a part of it
    ("济钢“四新”产业园" for the gold's 济钢四新产业园: the gold writes names without quotes)."""
    pattern = f"[{re.escape(QUOTES)}]?".join(re.escape(c) for c in name)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


VIEWS = ("built", "built, on the pairs found", "given the gold entities")


def read_gold(gold_path: str):
    """The gold's names (name → all names of its entity) and relations (kind, line, from names, to names)."""
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    names = {}
    for g in gold:
        if g["type"] in TYPES:
            names.setdefault(norm(g["name"]), set()).update({norm(g["name"]), *map(norm, g.get("aliases", []))})
    gold_rel = [(g["relation"], g, names.get(norm(g["from"]), {norm(g["from"])}), names.get(norm(g["to"]), {norm(g["to"])}))
                for g in gold if g["type"] == "Relation"]
    return gold, names, gold_rel


def score_report(report: str, gold_path: str, show: bool) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    """Print the three views of one report; return their counts by (kind, view)."""
    gold, names, gold_rel = read_gold(gold_path)
    b = build(report)
    found_names = {norm(n) for e in b.report.entities.values() if e.type in TYPES for n in {e.name, *e.aliases}}
    available = [r for r in gold_rel if r[2] & found_names and r[3] & found_names]
    gold_names = set().union(*names.values()) if names else set()
    pred = predicted(b.report)

    doc = parse_document(read_source(report))
    mentions = [Mention(g["type"], n, s.at(a, b), s.index)
                for g in gold if g["type"] in TYPES for n in sorted({g["name"], *g.get("aliases", [])})
                for s in doc.sentences for a, b in occurrences(n, s.text)]
    # the clause cues are read by the attribute components, as in a build
    mentions = set_attributes(doc, sorted(mentions, key=lambda m: (m.start, -m.end)))
    oracle = predicted(build_graph(doc, mentions))

    counts = {}
    for kind in KINDS:
        print(f"{b.source.name} {kind}")
        # links between right entities, against gold links between entities the extraction found
        usable = [(k, a, b_) for k, a, b_ in pred if a & gold_names and b_ & gold_names]
        for view, c in zip(VIEWS, (score(pred, gold_rel, kind, show and "built"), score(usable, available, kind, show and "found"),
                                   score(oracle, gold_rel, kind, show and "given"))):
            print(f"  {view + ':':30}{prf(*c)}")
            counts[kind, view] = c
    return counts


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show, rules = "--show" in sys.argv, "--rules" in sys.argv
    if "--unlinked" in sys.argv or "--links" in sys.argv:
        for report in args:
            (unlinked if "--unlinked" in sys.argv else links)(report)
        return 0
    pairs = list(zip(args[::2], args[1::2]))
    if rules:
        for report, gold_path in pairs:
            print(report)
            by_rule(build(report), read_gold(gold_path)[2], show)
        return 0
    total: dict[tuple[str, str], list[int]] = {}
    for report, gold_path in pairs:
        for key, c in score_report(report, gold_path, show).items():
            total[key] = [x + y for x, y in zip(total.get(key, [0, 0, 0, 0]), c)]
    if len(pairs) > 1:
        for kind in KINDS:
            print(f"micro-average over {len(pairs)} reports, {kind}")
            for view in VIEWS:
                print(f"  {view + ':':30}{prf(*total[kind, view])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
