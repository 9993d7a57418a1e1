"""Draw a random, reproducible sample of predicted entities for judging precision by reading.

Where there is no gold (the Hailar corpus) or to check the gold's view (the new samples), the
precision of each type is estimated by reading: this script builds the reports, draws N entities per
type at random with a fixed seed, and writes one JSON line per entity with its first sentence, for a
reader to mark right or wrong against shared/ANNOTATION.md.

    python scripts/sample_predictions.py ../shared/corpus/hailar/*.txt seeds/guangdong-2026.txt \
        seeds/national-2017.txt --per-type 50 > sample.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys

from kg.pipeline import build

TYPES = ("Place", "Organization", "Project", "Indicator")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--per-type", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    pool: dict[str, list[dict]] = {t: [] for t in TYPES}
    for path in args.reports:
        b = build(path)
        for key in sorted(b.report.entities):
            e = b.report.entities[key]
            if e.type not in pool or not e.mentions:
                continue
            m = e.mentions[0]
            pool[e.type].append({"report": b.source.name, "type": e.type, "name": e.name,
                                 "aliases": sorted(e.aliases), "sentence": b.doc.sentences[m.sentence].text})
    rng = random.Random(args.seed)
    for t in TYPES:
        items = pool[t]
        for item in sorted(rng.sample(items, min(args.per_type, len(items))), key=lambda x: (x["report"], x["name"])):
            print(json.dumps(item, ensure_ascii=False))
        print(f"{t}: {len(items)} predicted, {min(args.per_type, len(items))} drawn", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
