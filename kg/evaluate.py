"""Scoring a built graph against a gold file written to ANNOTATION.md.

The metric is the project's yardstick, `shared/tools/score.py`, to the letter (a test runs both on
every sample and compares the figures):

- Entities are distinct names per type. A predicted entity (all its names: label and aliases) is
  right when one of its names equals a name of a gold entity of the same type (strict), or when one
  name contains the other and the shorter is at least half the longer (lenient). A prediction that
  matches only a gold entity which lists the type among its `alt_types` is neither right nor wrong.
  Precision counts predictions that are right; recall counts gold entities found by a prediction of
  their own type. A trailing 项目 is optional in project names (ANNOTATION rule 10).
- Observations match one to one: for each gold observation, the unused prediction with the same
  value, unit and status whose indicator name is most alike (one containing the other, or a
  character overlap above 0.4). `ObservationYear` asks for the right period too.
- Relations match when the kind is the same and each end shares a name with the gold entity.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

ENTITY_TYPES = ("Place", "Organization", "Project", "Indicator")
RELATIONS = ("locatedIn", "participatesIn")
# the rows of a score table, in order; relations only where the gold has relation lines
TYPES = (*ENTITY_TYPES, "Observation", "ObservationYear", *RELATIONS)
_QUOTES = "「」『』“”‘’\"'《》"
_UNIT_FORMS = {"百分点": "个百分点", "percent": "%"}


def norm(name: str) -> str:
    """NFKC, ratio colon unified, no whitespace, no surrounding quotes."""
    s = unicodedata.normalize("NFKC", str(name)).replace("\u2236", ":")
    return re.sub(r"\s+", "", s).strip(_QUOTES)


def norm_unit(unit: str | None) -> str:
    u = norm(unit or "")
    return _UNIT_FORMS.get(u, u)


def norm_value(value) -> float | str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    s = norm(str(value))
    try:
        return float(s)
    except ValueError:
        return s


def drop_xiangmu(name: str) -> str:
    """ANNOTATION rule 10: a trailing 项目 is optional in a project's name."""
    return name[:-2] if name.endswith("项目") and len(name) > 3 else name


def lenient_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short in long_ and len(short) / len(long_) >= 0.5


def _strict_equal(a: str, b: str) -> bool:
    return a == b


def name_similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return len(set(a) & set(b)) / len(set(a) | set(b))


@dataclass
class Score:
    """Precision over predictions, recall over gold items; they can differ in their matched counts
    (two predictions may find one gold entity)."""
    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0
    neutral: int = 0  # predictions of a gold entity's alt_types: in neither count
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return self.matched_gold

    @property
    def fp(self) -> int:
        return self.n_pred - self.matched_pred

    @property
    def fn(self) -> int:
        return self.n_gold - self.matched_gold

    @property
    def precision(self) -> float:
        return self.matched_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.matched_pred += other.matched_pred
        self.n_pred += other.n_pred
        self.matched_gold += other.matched_gold
        self.n_gold += other.n_gold
        self.neutral += other.neutral


# The fields each kind of gold line must have (ANNOTATION.md); entity lines need a name.
_GOLD_FIELDS = {
    "Observation": ("indicator", "value", "unit", "status"),
    "Relation": ("relation", "from", "to"),
}


def load_gold(path: str | Path) -> list[dict]:
    """The gold lines; a line that is not JSON or lacks a field the metric reads is a one-line error."""
    p = Path(path)
    if p.is_dir():
        raise KgError(f"{path}: is a directory, not a gold file (GOLD.jsonl)")
    if not p.is_file():
        raise KgError(f"{path}: no such gold file")
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise KgError(f"{path}: not a UTF-8 JSON Lines file")
    out = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                raise KgError(f"{path}:{n}: not a JSON line")
            _check_gold_item(item, f"{path}:{n}")
            out.append(item)
    return out


def _check_gold_item(item, where: str) -> None:
    if not isinstance(item, dict):
        raise KgError(f"{where}: a gold line must be a JSON object")
    if not isinstance(item.get("type"), str):
        raise KgError(f"{where}: a gold line needs a \"type\"")
    missing = [f for f in _GOLD_FIELDS.get(item["type"], ("name",)) if f not in item]
    if missing:
        raise KgError(f"{where}: a {item['type']} gold line needs {', '.join(repr(f) for f in missing)}")
    for key in ("aliases", "alt_types"):
        if not isinstance(item.get(key, []), list):
            raise KgError(f"{where}: \"{key}\" must be a list")


def _names(item: dict) -> set[str]:
    """A gold or predicted entity's names: its name and aliases, normalized."""
    return {norm(item["name"]), *(norm(a) for a in item.get("aliases", []))}


def score_entities(pred: list[dict], gold: list[dict], type_: str, lenient: bool) -> Score:
    """pred items: {"type", "name", "aliases"}; gold items as in the gold file."""
    match = lenient_equal if lenient else _strict_equal
    fix = (lambda names: {drop_xiangmu(n) for n in names}) if type_ == "Project" else (lambda names: names)
    gold_main = [g for g in gold if g["type"] == type_]
    main_names = [fix(_names(g)) for g in gold_main]
    alt_names = [fix(_names(g)) for g in gold if g["type"] != type_ and type_ in g.get("alt_types", [])]
    preds = [(p, fix(_names(p))) for p in pred if p["type"] == type_]

    def hit(ps: set[str], gs: set[str]) -> bool:
        return any(match(a, b) for a in ps for b in gs)

    s = Score(n_gold=len(gold_main))
    for p, names in preds:
        if any(hit(names, gs) for gs in main_names):
            s.matched_pred += 1
            s.n_pred += 1
        elif any(hit(names, gs) for gs in alt_names):
            s.neutral += 1  # the name's other fair type: neither right nor wrong
        else:
            s.n_pred += 1
            s.false_positives.append(p["name"])
    for g, gs in zip(gold_main, main_names):
        if any(hit(names, gs) for _, names in preds):
            s.matched_gold += 1
        else:
            s.misses.append(g["name"])
    return s


def _observation_text(o: dict) -> str:
    period = f" {o['period']}" if o.get("period") else ""
    return f"{o['indicator']} {o['value']}{o.get('unit') or ''} {o.get('status', '')}{period}"


def score_observations(pred: list[dict], gold: list[dict], with_period: bool = False) -> Score:
    """pred items: {"indicator", "value", "unit", "status", "period"}."""
    golds = [g for g in gold if g["type"] == "Observation"]
    preds = [dict(p, indicator=norm(p["indicator"]), value=norm_value(p["value"]), unit=norm_unit(p.get("unit")),
                  status=norm(p.get("status") or "").lower(), period=str(p.get("period") or "")[:4]) for p in pred]
    s = Score(n_pred=len(preds), n_gold=len(golds))
    used: set[int] = set()
    for g in golds:
        value, unit, status = norm_value(g["value"]), norm_unit(g.get("unit")), g.get("status", "")
        period = str(g.get("period", ""))[:4]
        best, best_sim = None, 0.4
        for i, p in enumerate(preds):
            if i in used or p["value"] != value or p["unit"] != unit or p["status"] != status:
                continue
            if with_period and period and p["period"] != period:
                continue
            sim = name_similarity(p["indicator"], norm(g["indicator"]))
            if sim > best_sim:
                best, best_sim = i, sim
        if best is None:
            s.misses.append(_observation_text(g))
        else:
            used.add(best)
    s.matched_pred = s.matched_gold = len(used)
    s.false_positives = [_observation_text(p) for i, p in enumerate(pred) if i not in used]
    return s


def score_relations(pred: list[dict], gold: list[dict], relation: str) -> Score:
    """pred items: {"type": "Relation", "relation", "from": names, "to": names}."""
    names: dict[str, set[str]] = {}
    for g in gold:
        if g["type"] in ENTITY_TYPES:
            names.setdefault(norm(g["name"]), set()).update(_names(g))

    def fix(ns) -> set[str]:
        return {drop_xiangmu(n) for n in ns}

    gold_r = [(g, fix(names.get(norm(g["from"]), {norm(g["from"])})), fix(names.get(norm(g["to"]), {norm(g["to"])})))
              for g in gold if g["type"] == "Relation" and g["relation"] == relation]
    pred_r = [(p, fix(map(norm, p["from"])), fix(map(norm, p["to"])))
              for p in pred if p["type"] == "Relation" and p["relation"] == relation]

    def hit(a, b) -> bool:
        return bool(a[1] & b[1]) and bool(a[2] & b[2])

    s = Score(n_pred=len(pred_r), n_gold=len(gold_r))
    for p in pred_r:
        if any(hit(p, g) for g in gold_r):
            s.matched_pred += 1
        else:
            s.false_positives.append(f"{min(p[0]['from'])} → {min(p[0]['to'])}")
    for g in gold_r:
        if any(hit(p, g) for p in pred_r):
            s.matched_gold += 1
        else:
            s.misses.append(f"{g[0]['from']} → {g[0]['to']}")
    return s


def evaluate(pred: list[dict], gold: list[dict]) -> dict[str, dict[str, Score]]:
    """{row: {"strict": Score, "lenient": Score}}: the entity types, Observation, ObservationYear,
    and the relations where the gold has relation lines (one score under both keys where there is
    no lenient form)."""
    out: dict[str, dict[str, Score]] = {}
    for t in ENTITY_TYPES:
        out[t] = {"strict": score_entities(pred, gold, t, lenient=False),
                  "lenient": score_entities(pred, gold, t, lenient=True)}
    observations = [p for p in pred if p["type"] == "Observation"]
    for row, with_period in (("Observation", False), ("ObservationYear", True)):
        s = score_observations(observations, gold, with_period)
        out[row] = {"strict": s, "lenient": s}
    if any(g["type"] == "Relation" for g in gold):
        for rel in RELATIONS:
            s = score_relations(pred, gold, rel)
            out[rel] = {"strict": s, "lenient": s}
    return out


_HEADER = f"{'report':<18} {'type':<16} {'P':>6} {'R':>6} {'F1':>6} {'F1 lenient':>11} {'pred':>5} {'gold':>5}"


def _row(name: str, t: str, s: Score, lenient: Score | None) -> str:
    len_f1 = f"{lenient.f1:11.3f}" if lenient is not None else f"{'—':>11}"
    return f"{name:<18} {t:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {len_f1} {s.n_pred + s.neutral:5d} {s.n_gold:5d}"


def format_table(rows: list[tuple[str, dict[str, dict[str, Score]]]]) -> str:
    """One line per report and type; with several reports, the micro-average (counts summed) and
    the macro mean (the mean of the reports' P, R and F1, over the reports that have that row)."""
    lines = [_HEADER]
    for name, result in rows:
        for t in TYPES:
            if t in result:
                lenient = result[t]["lenient"] if t in ENTITY_TYPES else None
                lines.append(_row(name, t, result[t]["strict"], lenient))
    if len(rows) > 1:
        for t in TYPES:
            scored = [r[t] for _, r in rows if t in r]
            if not scored:
                continue
            total, total_lenient = Score(), Score()
            for r in scored:
                total.add(r["strict"])
                total_lenient.add(r["lenient"])
            lines.append(_row("micro-average", t, total, total_lenient if t in ENTITY_TYPES else None))
        for t in TYPES:
            scored = [r[t] for _, r in rows if t in r]
            if not scored:
                continue
            mean = lambda attr, key="strict": sum(getattr(r[key], attr) for r in scored) / len(scored)  # noqa: E731
            len_f1 = f"{mean('f1', 'lenient'):11.3f}" if t in ENTITY_TYPES else f"{'—':>11}"
            lines.append(f"{'macro mean':<18} {t:<16} {mean('precision'):6.3f} {mean('recall'):6.3f} "
                         f"{mean('f1'):6.3f} {len_f1} {'':>5} {'':>5}")
    return "\n".join(lines)


def macro_f1(results: list[dict[str, dict[str, Score]]], row: str) -> float | None:
    scored = [r[row]["strict"].f1 for r in results if row in r]
    return sum(scored) / len(scored) if scored else None


def format_ablation(full: list[dict[str, dict[str, Score]]], without: dict[str, list[dict[str, dict[str, Score]]]]) -> str:
    """One line per rule component: the macro-mean F1 of each row without it, and the change."""
    rows = [t for t in TYPES if macro_f1(full, t) is not None]
    width = max([22, *(len(name) + 1 for name in without)])  # a long component name does not push its row out
    lines = [f"{'component':<{width}}" + "".join(f"{t:>20}" for t in rows),
             f"{'(all)':<{width}}" + "".join(f"{macro_f1(full, t):20.3f}" for t in rows)]
    for name, results in without.items():
        cells = []
        for t in rows:
            f1 = macro_f1(results, t)
            cells.append(f"{f1:7.3f} ({f1 - macro_f1(full, t):+.3f})".rjust(20))
        lines.append(f"{name:<{width}}" + "".join(cells))
    return "\n".join(lines)


def baseline_predictions(text: str) -> list[dict]:
    """The places and organizations jieba.posseg tags ns / nt on its own, as distinct names."""
    from kg.text.segment import plain_tokenizer

    found: dict[tuple[str, str], dict] = {}
    for pair in plain_tokenizer().cut(text):
        type_ = {"ns": "Place", "nt": "Organization"}.get(pair.flag)
        if type_ and len(pair.word) > 1:
            found.setdefault((type_, pair.word), {"type": type_, "name": pair.word, "aliases": []})
    return [found[k] for k in sorted(found)]
