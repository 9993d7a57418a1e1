"""Time and memory of each stage of `kg build`, printed as figures (not asserted).

    python scripts/benchmark.py [REPORT ...]      # default: seeds/*.txt and ../shared/corpus/hailar/*.txt

Prints, per report, the seconds spent reading, parsing, extracting, linking, building RDF and
writing Turtle and the page, then the one-off jieba dictionary load and the peak memory.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(paths: list[str]) -> None:
    from kg.text.document import parse_document
    from kg.resolve.entities import build_graph
    from kg.extract import extract_mentions
    from kg.outputs.network import network_view
    from kg.outputs.page import render_page
    from kg.rdf.graph import to_rdf, to_turtle
    from kg.text.reading import read_source
    from kg.text.segment import tokenizer

    t0 = time.perf_counter()
    tokenizer().tokenizer.initialize()
    list(tokenizer().cut("预热"))
    print(f"jieba dictionary load (once per process): {time.perf_counter() - t0:.2f} s")
    stages = ("read", "parse", "extract", "link", "rdf", "turtle", "page")
    print(f"{'report':<18} {'chars':>7} " + " ".join(f"{s:>8}" for s in stages) + f" {'total':>8} {'triples':>8}")
    with tempfile.TemporaryDirectory():
        for path in paths:
            times = []
            t = time.perf_counter()

            def lap():
                nonlocal t
                now = time.perf_counter()
                times.append(now - t)
                t = now

            src = read_source(path); lap()
            doc = parse_document(src); lap()
            mentions = extract_mentions(doc); lap()
            report = build_graph(doc, mentions); lap()
            g = to_rdf(report); lap()
            to_turtle(g); lap()
            render_page(network_view(g), doc.title or src.name); lap()
            print(f"{src.name:<18} {len(src.text):>7} " + " ".join(f"{x:>8.2f}" for x in times)
                  + f" {sum(times):>8.2f} {len(g):>8}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    args = sys.argv[1:] or [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))] + \
        [str(p) for p in sorted((ROOT.parent / "shared" / "corpus" / "hailar").glob("*.txt"))]
    main(args)
