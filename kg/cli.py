"""The `kg` command: build, extract, eval."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import KgError

DESCRIPTION = """Turn Chinese government work reports (政府工作报告) into a knowledge graph of
projects, places, organizations and indicators, with the sentence each fact comes from."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description=DESCRIPTION)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    b = sub.add_parser("build", help="build the RDF graph (Turtle) and the interactive page of reports",
                       description="Build output/<report>.ttl (RDF Turtle under the policy ontology) and "
                                   "output/<report>.html (an interactive network that works offline) for each REPORT.")
    b.add_argument("reports", nargs="+", metavar="REPORT", help="a report file: UTF-8 (with or without BOM), UTF-16 or GB18030/GBK")
    b.add_argument("-o", "--output", default="output", metavar="DIR", help="where to write the files (default: output/)")
    b.add_argument("--no-page", action="store_true", help="write only the Turtle, not the HTML page")
    b.add_argument("--screenshot", action="store_true",
                   help="also write <report>.png, the page as headless Chromium shows it (needs chromium and playwright)")

    e = sub.add_parser("extract", help="print every mention as a JSON line",
                       description="Print each mention found in REPORT as one JSON object a line: type, text, start and end "
                                   "offsets in the original file, sentence, section; observations with all their fields.")
    e.add_argument("report", metavar="REPORT")
    e.add_argument("--type", action="append", choices=["Place", "Organization", "Project", "Observation"],
                   help="only mentions of this type (repeatable)")

    v = sub.add_parser("eval", help="score extraction against gold annotations",
                       description="Build the graph of each REPORT and score it against its GOLD.jsonl (written to "
                                   "ANNOTATION.md): precision, recall and F1 per type, strict and boundary-lenient; "
                                   "with several pairs, per report and micro-averaged.")
    v.add_argument("pairs", nargs="+", metavar="REPORT GOLD", help="a report and its gold file, repeated for several reports")
    v.add_argument("--show", action="store_true", help="list false positives and misses")
    v.add_argument("--baseline", action="store_true",
                   help="also score the baseline: places and organizations that jieba.posseg tags ns/nt on its own")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "extract": _extract, "eval": _eval}[args.command](args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kg: error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _build(args) -> int:
    from .exports import write_outputs
    from .pipeline import build

    out = Path(args.output)
    builds = [build(r) for r in args.reports]  # read all first: one bad file writes nothing
    for b in builds:
        for path in write_outputs(b, out, page=not args.no_page):
            print(path)
            if args.screenshot and path.suffix == ".html":
                from .screenshot import write_screenshot

                print(write_screenshot(path, path.with_suffix(".png")))
    return 0


def _extract(args) -> int:
    from .pipeline import build

    b = build(args.report)
    doc, src = b.doc, b.source
    for m in b.mentions:
        if args.type and m.type not in args.type:
            continue
        a, z = src.original_span(m.start, m.end)
        sent = doc.sentences[m.sentence]
        sa, sz = src.original_span(sent.start, sent.end)
        section = doc.section(sent.section)
        rec = {"type": m.type, "text": m.text, "start": a, "end": z, "original": src.original[a:z],
               "sentence": sent.text, "sentence_start": sa, "sentence_end": sz,
               "section": section.id, "section_heading": section.heading}
        if m.type == "Observation":
            rec.update({k: v for k, v in m.attrs.items()})
        print(json.dumps(rec, ensure_ascii=False))
    return 0


def _eval(args) -> int:
    from .evaluate import evaluate, format_table, load_gold
    from .pipeline import build, predictions

    if len(args.pairs) % 2:
        raise KgError("eval takes pairs: REPORT GOLD [REPORT GOLD ...]")
    rows = []
    for report, gold_path in zip(args.pairs[::2], args.pairs[1::2]):
        gold = load_gold(gold_path)
        b = build(report)
        result = evaluate(predictions(b.rdf), gold)
        rows.append((b.source.name, result))
        if args.show:
            for t, scores in result.items():
                s = scores["strict"]
                print(f"== {b.source.name} {t}: false positives ({len(s.false_positives)})")
                for x in s.false_positives:
                    print("  +", x)
                print(f"== {b.source.name} {t}: misses ({len(s.misses)})")
                for x in s.misses:
                    print("  -", x)
    print(format_table(rows))
    if args.baseline:
        from .evaluate import baseline_predictions
        from .reading import read_source

        base_rows = []
        for report, gold_path in zip(args.pairs[::2], args.pairs[1::2]):
            src = read_source(report)
            base_rows.append((src.name, evaluate(baseline_predictions(src.text), load_gold(gold_path))))
        print("\nbaseline: jieba.posseg ns/nt alone")
        print("\n".join(line for line in format_table(base_rows).splitlines()
                        if line.startswith("report") or " Place " in line or " Organization " in line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
