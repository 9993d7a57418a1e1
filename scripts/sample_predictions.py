"""Draw a random, reproducible sample of predicted entities for judging precision by reading.

Where there is no gold (the Hailar corpus) or to check the gold's view (the new samples), the
precision of each type is estimated by reading: this script builds the reports, draws N entities per
type at random with a fixed seed, and writes one JSON line per entity with its first sentence, for a
reader to mark right or wrong against shared/ANNOTATION.md. With --links it draws N links of each kind
(locatedIn, participatesIn) instead, each with the sentence it was read from.

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
LINKS = ("locatedIn", "participatesIn")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--per-type", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--links", action="store_true", help="draw links (locatedIn, participatesIn), not entities")
    args = ap.parse_args()
    kinds = LINKS if args.links else TYPES
    pool: dict[str, list[dict]] = {t: [] for t in kinds}
    for path in args.reports:
        b = build(path)
        if args.links:
            ents = b.report.entities
            for r in b.report.relations:
                if r.kind in pool:
                    pool[r.kind].append({"report": b.source.name, "type": r.kind, "name": ents[r.subject].name,
                                         "object": ents[r.object].name,
                                         "sentence": b.doc.sentences[r.mention.sentence].text})
            continue
        for key in sorted(b.report.entities):
            e = b.report.entities[key]
            if e.type not in pool or not e.mentions:
                continue
            m = e.mentions[0]
            pool[e.type].append({"report": b.source.name, "type": e.type, "name": e.name,
                                 "aliases": sorted(e.aliases), "sentence": b.doc.sentences[m.sentence].text})
    rng = random.Random(args.seed)
    for t in kinds:
        items = sorted(pool[t], key=lambda x: (x["report"], x["name"], x.get("object", ""), x["sentence"]))
        for item in sorted(rng.sample(items, min(args.per_type, len(items))), key=lambda x: (x["report"], x["name"])):
            print(json.dumps(item, ensure_ascii=False))
        print(f"{t}: {len(items)} predicted, {min(args.per_type, len(items))} drawn", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
