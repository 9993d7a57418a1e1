"""Scoring a built graph against a gold file written to ANNOTATION.md.

Entities are compared as distinct names per type: a predicted entity matches a gold one when any
of its names (label or alias) equals any of the gold names (strict) or one contains the other
(boundary-lenient). A prediction under one of a gold entity's `alt_types` is neither right nor
wrong: that pair leaves both counts. Observations match one-to-one on value, unit and status with
the indicator name compared boundary-lenient.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError

TYPES = ("Place", "Organization", "Project", "Indicator", "Observation")
_DROP = set(" \t\u3000“”「」\"'‘’")


def norm(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", name) if c not in _DROP)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def load_gold(path: str | Path) -> list[dict]:
    p = Path(path)
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


# The fields each kind of gold line must have (ANNOTATION.md).
_GOLD_FIELDS = {"Place": ("name",), "Organization": ("name",), "Project": ("name",), "Indicator": ("name",),
                "Observation": ("indicator", "value", "unit", "status")}


def _check_gold_item(item, where: str) -> None:
    if not isinstance(item, dict):
        raise KgError(f"{where}: a gold line must be a JSON object")
    if not isinstance(item.get("type"), str):
        raise KgError(f"{where}: a gold line needs a \"type\"")
    missing = [f for f in _GOLD_FIELDS.get(item["type"], ()) if f not in item]
    if missing:
        raise KgError(f"{where}: a {item['type']} gold line needs {', '.join(repr(f) for f in missing)}")
    for key in ("aliases", "alt_types"):
        if not isinstance(item.get(key, []), list):
            raise KgError(f"{where}: \"{key}\" must be a list")


def _names(item: dict) -> set[str]:
    return {norm(item["name"])} | {norm(a) for a in item.get("aliases", [])}


def _lenient(a: set[str], b: set[str]) -> bool:
    return any(x in y or y in x for x in a for y in b)


def score_entities(pred: list[dict], gold: list[dict], type_: str, lenient: bool) -> Score:
    """pred and gold items: {"type", "name", "aliases", "alt_types"}."""
    match = _lenient if lenient else (lambda a, b: bool(a & b))
    gold_main = [g for g in gold if g["type"] == type_]
    gold_alt = [g for g in gold if type_ in g.get("alt_types", [])]
    preds = [p for p in pred if p["type"] == type_]
    s = Score()
    found: set[int] = set()
    for p in preds:
        pn = _names(p)
        hits = [i for i, g in enumerate(gold_main) if match(pn, _names(g))]
        if hits:
            s.tp += 1 if not found.issuperset(hits) else 0
            found.update(hits)
            continue
        if any(match(pn, _names(g)) for g in gold_alt):
            continue  # the name's other fair type: neither right nor wrong
        s.fp += 1
        s.false_positives.append(p["name"])
    # a gold entity predicted under one of its alt_types leaves the recall count too
    other = [p for p in pred if p["type"] != type_]
    for i, g in enumerate(gold_main):
        if i in found:
            continue
        if any(p["type"] in g.get("alt_types", []) and match(_names(p), _names(g)) for p in other):
            continue
        s.fn += 1
        s.misses.append(g["name"])
    s.tp = len(found)
    return s


def _value_equal(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return norm(str(a)) == norm(str(b))
    return abs(float(a) - float(b)) < 1e-9


def score_observations(pred: list[dict], gold: list[dict]) -> Score:
    golds = [g for g in gold if g["type"] == "Observation"]
    s = Score()
    used: set[int] = set()
    for p in pred:
        hit = None
        for i, g in enumerate(golds):
            if i in used:
                continue
            if (_value_equal(p["value"], g["value"]) and norm(p["unit"]) == norm(g["unit"])
                    and p["status"] == g["status"] and _lenient({norm(p["indicator"])}, {norm(g["indicator"])})):
                hit = i
                break
        if hit is None:
            s.fp += 1
            s.false_positives.append(f'{p["indicator"]} {p["value"]}{p["unit"]} {p["status"]}')
        else:
            used.add(hit)
            s.tp += 1
    for i, g in enumerate(golds):
        if i not in used:
            s.fn += 1
            s.misses.append(f'{g["indicator"]} {g["value"]}{g["unit"]} {g["status"]}')
    return s


def evaluate(pred: list[dict], gold: list[dict]) -> dict[str, dict[str, Score]]:
    """{type: {"strict": Score, "lenient": Score}}; observations have one score (both keys)."""
    out: dict[str, dict[str, Score]] = {}
    for t in TYPES[:4]:
        strict = score_entities(pred, gold, t, lenient=t == "Indicator")
        out[t] = {"strict": strict, "lenient": score_entities(pred, gold, t, lenient=True)}
    obs = score_observations([p for p in pred if p["type"] == "Observation"], gold)
    out["Observation"] = {"strict": obs, "lenient": obs}
    return out


def format_table(rows: list[tuple[str, dict[str, dict[str, Score]]]]) -> str:
    lines = [f"{'report':<18} {'type':<13} {'P':>6} {'R':>6} {'F1':>6} {'F1 lenient':>11} {'tp':>4} {'fp':>4} {'fn':>4}"]
    total: dict[str, dict[str, Score]] = {t: {"strict": Score(), "lenient": Score()} for t in TYPES}
    for name, result in rows:
        for t in TYPES:
            s, lenient = result[t]["strict"], result[t]["lenient"]
            total[t]["strict"].add(s)
            total[t]["lenient"].add(lenient)
            lines.append(f"{name:<18} {t:<13} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {lenient.f1:11.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    if len(rows) > 1:
        for t in TYPES:
            s, lenient = total[t]["strict"], total[t]["lenient"]
            lines.append(f"{'micro-average':<18} {t:<13} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {lenient.f1:11.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    return "\n".join(lines)


def baseline_predictions(text: str) -> list[dict]:
    """The places and organizations jieba.posseg tags ns / nt on its own, as distinct names."""
    from .segment import plain_tokenizer

    found: dict[tuple[str, str], dict] = {}
    for pair in plain_tokenizer().cut(text):
        type_ = {"ns": "Place", "nt": "Organization"}.get(pair.flag)
        if type_ and len(pair.word) > 1:
            found.setdefault((type_, pair.word), {"type": type_, "name": pair.word, "aliases": []})
    return [found[k] for k in sorted(found)]
