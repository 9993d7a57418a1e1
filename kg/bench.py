"""`python -m kg.bench` / `kg bench`: the figures that say whether kg is fast, measured side by side
in one run on the machine it runs on (printed, never asserted).

1. start-up: `kg build` of the sample report as a whole process against the floor (importing
   rdflib and jieba and loading jieba's dictionary), median of --repeat runs;
2. throughput: extraction in characters per second on ~--text-kb KB of real report text (the
   samples and the Hailar corpus, repeated) against `jieba.posseg.lcut` on the same text;
3. corpus: `kg build` of --reports deterministic copies of the real reports into a store, with
   all cores: wall time, peak memory of all its processes, reports and triples per second; then
   the same corpus into a store of the default graph alone (`--store-graphs union`);
4. queries: each example query in ontology/queries/ on both stores, median latency, rows compared;
5. linearity: a report ten times as long against the report, time and peak memory.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "seeds" / "qianjiang-2019.txt"
FLOOR = ("import rdflib, jieba, logging; from kg.text.segment import cache_dir; jieba.setLogLevel(logging.WARNING); "
         "jieba.dt.tmp_dir = str(cache_dir()); jieba.dt.cache_file = 'jieba.cache'; jieba.dt.initialize()")


def source_reports() -> list[Path]:
    """The real reports the benchmark is made of: the samples and, when ../shared is here, Hailar."""
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "hailar").glob("*.txt"))


def measured_env() -> dict:
    """The measured commands' environment: this checkout first on the path, and bytecode cached
    as an installed package has it (pip writes it). A shell with PYTHONDONTWRITEBYTECODE set
    would otherwise make every `kg` process compile kg's ~90 modules from source (~0.2 s) while
    the floor's rdflib and jieba load theirs from site-packages; the cache goes in a folder of
    its own (PYTHONPYCACHEPREFIX, for the floor's packages too), written by the warm-up runs."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_pycache())
    return env


def _pycache() -> Path:
    from kg.text.segment import cache_dir

    folder = cache_dir() / "pycache"
    folder.mkdir(parents=True, exist_ok=True)  # a new machine's cache holds none until a measured command writes it
    return folder


class PeakMemory:
    """The peak of the summed memory (PSS) of a process and all its descendants, sampled. Reading
    every process's smaps_rollup costs CPU that the benchmark would count against the build (at
    every 50 ms it was ~220 CPU-s over a 1,000-report run), so samples are 0.5 s apart: memory
    of a batch grows and shrinks over seconds, not milliseconds."""

    def __init__(self, pid: int, interval: float = 0.5):
        self.pid, self.interval, self.peak = pid, interval, 0
        self.root_cpu = 0.0  # the CPU seconds of the process itself (not its workers) at the last sample
        self.compaction_cpu = 0.0  # of which its RocksDB background threads (the store's compactions)
        self.main_cpu = 0.0  # of which its main thread (the Python of a build's parent; the rest is native threads)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            self.root_cpu = max(self.root_cpu, _own_cpu(self.pid))
            self.compaction_cpu = max(self.compaction_cpu, _threads_cpu(self.pid, "rocksdb:"))
            self.main_cpu = max(self.main_cpu, _stat_cpu(f"/proc/{self.pid}/task/{self.pid}/stat")[1])
            self._stop.wait(self.interval)


def _stat_cpu(path: str) -> tuple[str, float]:
    """(the name, the user and system CPU seconds) of a process or thread from its /proc stat file;
    ("", 0.0) when it has ended."""
    try:
        with open(path) as f:
            head, fields = f.read().rsplit(")", 1)
        fields = fields.split()
        return head.partition("(")[2], (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, ValueError, IndexError):
        return "", 0.0


def _own_cpu(pid: int) -> float:
    """A process's own user and system CPU seconds, all its threads, not its children's."""
    return _stat_cpu(f"/proc/{pid}/stat")[1]


def _threads_cpu(pid: int, prefix: str) -> float:
    """The user and system CPU seconds of a process's live threads whose name starts with PREFIX
    (RocksDB names its background threads "rocksdb:low", "rocksdb:high": the store's compactions,
    `optimize`'s among them, and flushes; they live as long as the store is open)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    stats = (_stat_cpu(f"/proc/{pid}/task/{task}/stat") for task in tasks)
    return sum(cpu for name, cpu in stats if name.startswith(prefix))


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    """A process's proportional set size (its private memory plus its share of pages shared with
    forked workers, so a sum over processes counts the shared tokenizer once), else its RSS."""
    for name, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(name) as f:
                for line in f:
                    if line.startswith(field):
                        return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0


def run_measured(cmd: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak memory (bytes, all processes) and CPU seconds (all processes) of a
    command, which must succeed. CPU time is shown beside wall time because on a shared machine
    the wall clock also counts the time other programs held the cores."""
    return run_measured_split(cmd)[:3]


def run_measured_split(cmd: list[str], detail: dict | None = None) -> tuple[float, int, float, float]:
    """`run_measured`'s figures and the CPU seconds of the command's own process, without its
    worker processes (sampled every half second, so up to its last half second is missed).
    DETAIL, if given, gets "compaction": the CPU seconds of that process's RocksDB threads, and
    "main": those of its main thread (a build's parent: the Python taking results and handing each
    report's Turtle to the loader; its other threads run Oxigraph's bulk loader, native code)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=measured_env(), cwd=ROOT)
    with PeakMemory(proc.pid) as mem:
        _, err = proc.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"kg bench: {' '.join(cmd)} failed:\n{err.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if detail is not None:
        detail["compaction"] = mem.compaction_cpu
        detail["main"] = mem.main_cpu
    return wall, mem.peak, cpu, mem.root_cpu


def _du(path: Path) -> str:
    return _mib(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()))


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def startup(repeat: int, tmp: Path) -> None:
    print("== start-up: `kg build` of the sample as a whole process, against the floor")
    commands = {
        "floor (import rdflib, jieba; load jieba's dictionary)": [sys.executable, "-c", FLOOR],
        f"kg build {SAMPLE.relative_to(ROOT)} --no-page": [sys.executable, "-m", "kg", "build", str(SAMPLE), "-o", str(tmp / "s"), "--no-page"],
        f"kg build {SAMPLE.relative_to(ROOT)} (with the page)": [sys.executable, "-m", "kg", "build", str(SAMPLE), "-o", str(tmp / "s")],
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm the caches (the prebuilt dictionary) before measuring
        run_measured(cmd)
    for _ in range(repeat):  # side by side: one of each per round
        for name, cmd in commands.items():
            wall, _, cpu = run_measured(cmd)
            times[name].append((wall, cpu))
    floor_wall = statistics.median(w for w, _ in next(iter(times.values())))
    floor_cpu = statistics.median(c for _, c in next(iter(times.values())))
    print(f"  {'median of ' + str(repeat):<58} {'wall':>7} {'':11} {'CPU':>7}")
    for name, ts in times.items():
        wall, cpu = statistics.median(w for w, _ in ts), statistics.median(c for _, c in ts)
        print(f"  {name:<58} {wall:6.2f} s {wall / floor_wall:4.2f}x floor {cpu:6.2f} s {cpu / floor_cpu:4.2f}x floor")


def throughput(text_kb: int) -> None:
    import jieba.posseg

    from kg.text.document import parse_document
    from kg.extract import extract_mentions
    from kg.text.reading import read_source
    from kg.text.segment import clear_caches, tokenizer, tokens

    print(f"== throughput: extraction on ~{text_kb} KB of real report text, against jieba.posseg.lcut")
    originals = [read_source(p) for p in source_reports()]
    sources = repeated_text(originals, text_kb)
    size = sum(len(s.text.encode("utf-8")) for s in sources)
    chars = sum(len(s.text) for s in sources)
    tokenizer()
    jieba.setLogLevel(logging.WARNING)
    jieba.posseg.lcut("预热一下")  # load jieba's own tagger before timing it
    distinct = min(len(originals), len(sources))

    def rate(fn, items) -> tuple[float, float]:
        t = time.process_time()
        for s in items:
            fn(s)
        spent = time.process_time() - t
        return sum(len(s.text) for s in items) / spent, spent

    def jieba_cut(s):
        jieba.posseg.lcut(s.text)

    def extract(s):
        extract_mentions(parse_document(s))

    def tokenize(s):  # the tokenizer's share of extraction: every sentence cut once
        for sentence in parse_document(s).sentences:
            tokens(sentence.text)

    print(f"  text: {len(sources)} report(s), {chars:,} characters ({size / 1024:,.0f} KB UTF-8), of which "
          f"{distinct} distinct; CPU time, one process")
    first_j, _ = rate(jieba_cut, sources[:distinct])
    first_k, _ = rate(extract, sources[:distinct])
    clear_caches()  # the tokenizer's own first pass, not one over what extraction left in its caches
    first_t, _ = rate(tokenize, sources[:distinct])
    all_j, tj = rate(jieba_cut, sources)
    all_k, tk = rate(extract, sources)
    all_t, _ = rate(tokenize, sources)
    print(f"  {'':36} {'all the text':>22} {'first pass (distinct)':>24}")
    print(f"  {'jieba.posseg.lcut':<36} {all_j:12,.0f} chars/s {first_j:16,.0f} chars/s")
    print(f"  {'kg extraction (document + mentions)':<36} {all_k:12,.0f} chars/s {first_k:16,.0f} chars/s"
          f"   {all_k / all_j:.2f}x / {first_k / first_j:.2f}x jieba.posseg")
    print(f"  {'  of which tokenizing (kg.text.segment)':<36} {all_t:12,.0f} chars/s {first_t:16,.0f} chars/s"
          f"   {all_t / all_j:.2f}x / {first_t / first_j:.2f}x jieba.posseg; the rules: "
          f"{1 - all_k / all_t:.0%} / {1 - first_k / first_t:.0%} of extraction's time")
    print_component_times(originals)


def component_times(sources: list) -> tuple[float, dict[str, float]]:
    """CPU seconds of extracting `sources` (best of 3 passes, caches warm) and, in that pass, of
    each rule component: what a pipeline of the same components, each timed, spends in it."""
    import dataclasses

    from kg.text.document import parse_document
    from kg.extract import PIPELINE, extract_mentions
    from kg.extract.registry import Pipeline

    spent: dict[str, float] = {}

    def timed(c):
        def run(ctx, func=c.func, name=c.name):
            t = time.process_time()
            try:
                return func(ctx)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
        return dataclasses.replace(c, func=run)

    pipeline = Pipeline(tuple(timed(c) for c in PIPELINE.components), PIPELINE.filters)
    docs = [parse_document(s) for s in sources]
    best: tuple[float, dict[str, float]] = (float("inf"), {})
    for _ in range(3):
        spent.clear()
        t = time.process_time()
        for doc in docs:
            extract_mentions(doc, pipeline)
        best = min(best, (time.process_time() - t, dict(spent)), key=lambda x: x[0])
    return best


def print_component_times(sources: list, top: int = 12) -> None:
    total, spent = component_times(sources)
    ranked = sorted(spent.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"  the rule components on the distinct text ({len(spent)} components, {sum(spent.values()) / total:.0%} "
          f"of extraction's {total:.2f} s CPU; a timer around each); the {top} costliest:")
    for name, seconds in ranked[:top]:
        print(f"    {name:<34} {seconds * 1000:7.1f} ms {seconds / total:6.1%}")


def repeated_text(originals: list, text_kb: int) -> list:
    """The reports one after another, over again, until they hold `text_kb` KB of UTF-8."""
    sources, size = [], 0
    while size < text_kb * 1024:
        src = originals[len(sources) % len(originals)]
        sources.append(src)
        size += len(src.text.encode("utf-8"))
    return sources


def make_corpus(n: int, folder: Path) -> list[Path]:
    """N reports copied, deterministically, from the real ones: r00000-<name>.txt, …"""
    folder.mkdir(parents=True, exist_ok=True)
    sources = source_reports()
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"r{i:05d}-{src.stem}.txt"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def _corpus_build(tmp: Path, jobs: int) -> list[str]:
    """The `kg build` command of the corpus, without its store."""
    return [sys.executable, "-m", "kg", "build", str(tmp / "corpus"), "-o", str(tmp / "corpus-out"), "--no-page",
            "--jobs", str(jobs)]


def _measured_with_cache(cmd: list[str], tmp: Path, detail: dict) -> tuple[float, int, float, float]:
    """`run_measured_split` of a build with the benchmark's own extraction cache (empty at first)."""
    os.environ["KG_EXTRACTION_CACHE"] = str(tmp / "extraction-cache")
    try:
        return run_measured_split(cmd, detail)
    finally:
        del os.environ["KG_EXTRACTION_CACHE"]


def corpus(n: int, jobs: int, tmp: Path) -> Path:
    import pyoxigraph as ox

    print(f"== corpus: kg build of {n} reports into a store, {jobs} worker processes")
    folder, store = tmp / "corpus", tmp / "store"
    reports = make_corpus(n, folder)
    size = sum(p.stat().st_size for p in reports)
    distinct = len({p.read_bytes() for p in reports})
    build = _corpus_build(tmp, jobs)
    # the corpus is copies: with the extraction cache (kg build's default for several reports),
    # started empty, each distinct text is extracted once; without it every report is, as in a
    # corpus of distinct reports (measured on a tenth of the corpus, so as not to double the run)
    detail: dict = {}
    wall, peak, cpu, parent_cpu = _measured_with_cache(build + ["--store", str(store)], tmp, detail)
    triples = len(ox.Store.read_only(str(store)))
    print(f"  {n} reports ({size / 2**20:.1f} MiB of text, {distinct} distinct texts, the rest copies; extraction "
          f"cache empty at the start): {wall:.1f} s wall ({cpu:.0f} s CPU), peak memory {_mib(peak)} (all processes), "
          f"store {_du(store)}")
    print(f"  {n / wall:.1f} reports/s, {triples / wall:,.0f} triples/s ({triples:,} quads in the store)")
    print(f"  of the CPU: the parent process (loading the store, its own threads) ~{parent_cpu:.0f} s, "
          f"the workers (building the reports) ~{cpu - parent_cpu:.0f} s")
    print(f"  of the parent's: RocksDB's background threads (compacting the store's files as chunks "
          f"arrive, and the final optimize) ~{detail['compaction']:.0f} s, its main thread (Python: taking "
          f"results, handing each report's Turtle to the loader) ~{detail['main']:.0f} s, the rest (Oxigraph's "
          f"bulk loader threads, native: parsing, encoding, sorting and writing each chunk's files) "
          f"~{parent_cpu - detail['compaction'] - detail['main']:.0f} s")
    part = tmp / "corpus-tenth"
    part.mkdir()
    for p in reports[:max(1, n // 10)]:
        os.link(p, part / p.name)
    k = len(list(part.iterdir()))
    wall_k, peak_k, cpu_k = run_measured(build[:4] + [str(part)] + build[5:] + ["--no-cache", "--store", str(tmp / "store-tenth")])
    print(f"  without the cache (every report extracted, as distinct reports would be), {k} reports: {wall_k:.1f} s wall "
          f"({cpu_k:.0f} s CPU, {cpu_k / k:.2f} s a report), peak memory {_mib(peak_k)}; "
          f"{n} such reports: ~{cpu_k / k * n:.0f} s CPU, ~{cpu_k / k * n / jobs:.0f} s on {jobs} idle cores")
    return store


def corpus_union(n: int, build: list[str], tmp: Path) -> Path:
    """The same corpus into a store of the default graph alone (`kg build --store-graphs union`),
    its extraction cached by the build before (so the workers' share is smaller than there; the
    parent's loading, what the layout changes, is comparable)."""
    import pyoxigraph as ox

    store = tmp / "store-union"
    cmd = build + ["--store", str(store), "--store-graphs", "union"]
    cmd[cmd.index("-o") + 1] = str(tmp / "corpus-out-union")
    detail: dict = {}
    wall, peak, cpu, parent_cpu = _measured_with_cache(cmd, tmp, detail)
    quads = len(ox.Store.read_only(str(store)))
    print(f"  the default graph alone (--store-graphs union), the same {n} reports, extraction cached: {wall:.1f} s "
          f"wall ({cpu:.0f} s CPU; the parent ~{parent_cpu:.0f} s, of which RocksDB's threads "
          f"~{detail['compaction']:.0f} s), peak memory {_mib(peak)}, store {_du(store)} ({quads:,} quads)")
    return store


def queries(stores: dict[str, Path], repeat: int) -> None:
    """Each example query on each store (layout → path): median latency, and whether the rows agree."""
    from kg.services.sparql import open_store_read_only

    print(f"== queries: each example query on the stores ({', '.join(stores)}), median of {repeat}")
    dbs = {layout: open_store_read_only(path) for layout, path in stores.items()}
    for q in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        timed = {layout: _timed_query(db, text, repeat) for layout, db in dbs.items()}
        cells = "  ".join(f"{layout} {wall * 1000:7.1f} ms ({cpu * 1000:.1f} ms CPU)"
                          for layout, (wall, cpu, _) in timed.items())
        answers = {rows for _, _, rows in timed.values()}
        rows = len(next(iter(answers)))
        same = "" if len(answers) == 1 else "  ROWS DIFFER between the stores"
        print(f"  {q.stem:<36} {cells}  {rows:6d} rows{same}")


def _timed_query(db, text: str, repeat: int) -> tuple[float, float, tuple]:
    """Median wall and CPU seconds of a query over `repeat` runs, and its rows (sorted, as text)."""
    from kg.services.sparql import run_query

    times, cpu, rows = [], [], ()
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        rows = list(run_query(db, text))
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)  # on a shared machine wall time also counts other programs
    return statistics.median(times), statistics.median(cpu), tuple(sorted(str(list(r)) for r in rows))


def linearity(tmp: Path) -> None:
    from kg.text.reading import read_source

    print("== linearity: the sample report ten times over, against the report (whole process)")
    text = read_source(SAMPLE).original
    results = {}
    for times in (1, 10):
        path = tmp / f"long-{times}x.txt"
        path.write_text("\n".join([text] * times), encoding="utf-8")
        results[times] = run_measured([sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp / "long"), "--no-page"])
    (t1, m1, c1), (t10, m10, c10) = results[1], results[10]
    print(f"  1x  {len(text):>9,} chars {t1:7.2f} s wall {c1:6.2f} s CPU  {_mib(m1)}")
    print(f"  10x {len(text) * 10:>9,} chars {t10:7.2f} s wall {c10:6.2f} s CPU  {_mib(m10)}   "
          f"CPU {c10 / c1:.1f}x, memory {m10 / m1:.1f}x")


def parser() -> argparse.ArgumentParser:
    from kg.cli import Parser, count_at_least_one  # a usage error in one line, as every kg command's

    ap = Parser(prog="kg bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=count_at_least_one, default=1000, help="reports in the corpus (default 1000)")
    ap.add_argument("--repeat", type=count_at_least_one, default=5, help="runs per median (default 5)")
    ap.add_argument("--text-kb", type=count_at_least_one, default=1000, help="KB of text for the throughput (default 1000)")
    # -j as kg build spells it, the README's example among them
    ap.add_argument("-j", "--jobs", type=count_at_least_one, default=os.cpu_count() or 1, metavar="N",
                    help="worker processes (default: the cores)")
    ap.add_argument("--only", choices=("corpus",), help="only this part (corpus: the corpus in both layouts, "
                    "then the queries on their stores)")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    print(f"kg bench on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if not any((SHARED / "corpus" / "hailar").glob("*.txt")):
        # without them the text and the corpus are copies of the four samples alone, and the example
        # queries that follow a project across years (11) find nothing: say so before the figures
        print(f"  note: no Hailar reports in {SHARED / 'corpus' / 'hailar'} (set KG_SHARED to the shared folder): "
              "the text and the corpus are the four samples alone")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        if args.only is None:
            startup(args.repeat, tmp)
            throughput(args.text_kb)
        store = corpus(args.reports, args.jobs, tmp)
        union = corpus_union(args.reports, _corpus_build(tmp, args.jobs), tmp)
        queries({"both": store, "union": union}, args.repeat)
        if args.only is None:
            linearity(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
