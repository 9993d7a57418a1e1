"""`kg build` over many reports: worker processes, a progress bar, outputs written as each report
finishes, a streamed merged dataset and an on-disk store.

Extraction is independent per report, so reports are spread over worker processes (forked after
the tokenizer is loaded, so it is loaded once and shared). Each worker writes its report's files
itself and, when a merged dataset is wanted, the report's parts of it (a TriG block, N-Quads, …)
to a scratch folder; the parent concatenates the parts in input order, so no process ever holds
more than one report's rdflib graph. The store is filled from each report's Turtle, as written,
by Oxigraph's bulk loader in chunks of many reports, two chunks at a time on threads of the
parent (`StoreLoader`): no triple passes through Python. A report that fails is reported on one line and skipped; the others are written. With
several reports, a text extracted before by the same rules is taken from the extraction cache
(`kg.corpus.extraction_cache`) instead of being extracted again.
"""
from __future__ import annotations

import multiprocessing
import os
import re
import sys
import time
import traceback
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus.extraction_cache import ExtractionCache, read_extracted
from kg.errors import KgError
from kg.files import make_folder, staging_folder

PARTS_FOLDER = "kg-parts"  # the scratch folder of the parts: .kg-parts.xxxxxxxx.tmp in the output folder
MERGED_ALWAYS = ("trig", "nq")  # a merged dataset always has one named graph per report


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    formats: tuple[str, ...] = ("ttl",)
    page: bool = True
    screenshot: bool = False
    parts_dir: Path | None = None  # where the parts of the merged dataset / store go
    merge_formats: tuple[str, ...] = ()
    merge_page: bool = False
    merged: bool = False  # a merged dataset is written: its observations are read for kg promises
    store: bool = False  # a store is filled: the parent needs each report's Turtle
    cache: ExtractionCache | None = None  # where extraction results are kept, keyed by text and rules


@dataclass
class ReportResult:
    index: int
    path: str
    name: str = ""
    title: str = ""
    written: list[str] = field(default_factory=list)
    parts: dict[str, str] = field(default_factory=dict)  # format → the part file
    turtle: str = ""  # the report's Turtle file, for the store (a part when Turtle is not an output)
    network: object = None  # the report's network view (kg.outputs.network.Network), for the merged page
    stated: list = field(default_factory=list)  # its observations as kg promises reads them
    error: str = ""
    triples: int = 0
    chars: int = 0


def build_one(index: int, path: str, opts: BatchOptions) -> ReportResult:
    """Build one report and write its outputs; an error becomes the result's one-line message."""
    result = ReportResult(index, str(path))
    try:
        with _collector_paused():
            _build_into(result, opts)
    except KgError as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"{exc.filename or path}: {exc.strerror}"
    except Exception as exc:  # a bug on one report must not stop the others
        result.error = " ".join(f"{path}: internal error ({type(exc).__name__}: {exc})".split())  # one line
        if os.environ.get("KG_DEBUG"):  # the traceback too, as the other commands show it then
            result.error += "\n" + traceback.format_exc().rstrip()
    return result


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off while one report is built, on again after: the containers
    a report makes (its mentions, entities, triples) set off ~47 young and ~4 middle collections a
    report and a full one every ~3, each walking the report's live objects again (~6.9 ms of a
    bench report's ~80 in a worker, extraction cached); paused, ~0.6 ms, the first collection
    after each report freeing the cycles it left, the worker's peak memory the same
    (docs/speed-log.md, session 46). Objects are freed by their reference counts as before."""
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _build_into(result: ReportResult, opts: BatchOptions) -> None:
    from kg.outputs.report_files import write_outputs
    from kg.files import write_atomic
    from kg.rdf.formats import ReportRdf
    from kg.rdf.graph import report_triples
    from kg.resolve.entities import build_graph

    source, doc, mentions = read_extracted(result.path, opts.cache)
    rdf = ReportRdf(source.name, report_triples(build_graph(doc, mentions)))
    result.name, result.title = source.name, doc.label
    result.triples, result.chars = len(rdf.triples), len(source.text)
    # the screenshot is one of the report's files: when it fails, none of them is written
    for path in write_outputs(rdf, result.title, opts.out_dir, page=opts.page, formats=opts.formats,
                              screenshot=opts.screenshot):
        result.written.append(str(path))
    if opts.store:
        result.turtle = next((p for p in result.written if p.endswith(".ttl")), "")
        if not result.turtle:
            result.turtle = result.parts["store.ttl"] = str(write_atomic(opts.parts_dir / f"{result.index:07d}.ttl",
                                                                         rdf.serialize("ttl")))
    if opts.parts_dir is not None:
        for fmt in opts.merge_formats:
            part = opts.parts_dir / f"{result.index:07d}.{fmt}"
            write_atomic(part, rdf.merged_part(fmt))
            result.parts[fmt] = str(part)
    if opts.merged:
        from kg.corpus.assessment import observation_triples, read_observations
        from kg.rdf.graph import TripleIndex

        # the page reads the whole graph anyway; without it, only what kg promises reads is indexed
        observed = rdf.index() if opts.merge_page else TripleIndex(observation_triples(rdf.found))
        result.stated = read_observations(observed)
    if opts.merge_page:
        from kg.outputs.network import network_view

        result.network = network_view(rdf.index())


class Progress:
    """A one-line progress bar on stderr — count, rate, ETA — only when stderr is a terminal."""

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = total > 1 and self.stream.isatty()
        self.start = time.monotonic()

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        self.draw()

    def draw(self) -> None:
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0
        width = 24
        filled = int(width * self.done / self.total)
        failed = f" {self.failed} failed" if self.failed else ""
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:.1f} reports/s ETA {int(eta) // 60}:{int(eta) % 60:02d}{failed}\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# reports a worker builds before a fresh one replaces it (memory a long build's worker holds is given back)
WORKER_TASKS = 200


def _worker_init(parent: int | None = None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _end_with_parent(parent)


def _end_with_parent(parent: int | None) -> None:
    """End this worker once its parent is gone: a worker of a build killed with SIGKILL would otherwise
    finish its report, writing parts into a scratch folder the next build has removed as stale, for
    no one to collect. A daemon thread watches the parent's pid (once a second). Not the kernel's
    PR_SET_PDEATHSIG: it fires when the parent *thread* that forked the worker ends, and the pool forks
    the workers that replace retired ones (maxtasksperchild) from a thread of its own, which ends when
    the pool closes — killing idle workers that hold the task queue's lock, and the pool hangs."""
    import threading
    import time

    if parent is None:
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _run_job(job):
    return build_one(*job)


def run_batch(reports: list[Path], opts: BatchOptions, jobs: int, on_result,
              refused: dict[int, str] | None = None) -> None:
    """Build every report, `jobs` at a time, calling `on_result` in the parent as each finishes;
    those in `refused` (index → their one-line error) are not built: their results, with that
    error and no file written, come first."""
    import gc

    from kg.outputs import report_files
    from kg import pipeline  # noqa: F401
    from kg.text.segment import tokenizer

    refused = refused or {}
    for i, error in sorted(refused.items()):
        on_result(ReportResult(i, str(reports[i]), error=error))
    work = [(i, str(p), opts) for i, p in enumerate(reports) if i not in refused]
    if not work:
        return
    jobs = max(1, min(jobs, len(work)))
    # load the tokenizer and the modules once, here (forked workers share them), then exempt them
    # from the garbage collector: it would otherwise walk them again and again while reports are
    # built (~15% of a report's time), and in a forked worker touch their pages and copy them
    tokenizer()
    gc.freeze()
    if jobs == 1:
        for job in work:
            on_result(_run_job(job))
        return
    if "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_worker_init, initargs=(os.getpid(),), maxtasksperchild=WORKER_TASKS) as pool:
        for result in pool.imap_unordered(_run_job, work, chunksize=1):
            on_result(result)


def build_reports(reports: list[Path], out_dir: Path, formats: tuple[str, ...], page: bool, screenshot: bool,
                  merge: str | None, store: str | None, jobs: int, echo=print, cache: bool | None = None,
                  store_graphs: str = "both") -> int:
    """The `kg build` command over REPORTS: returns how many failed. `cache`: keep extraction
    results by text (`kg.corpus.extraction_cache`); by default when there are several reports.
    `store_graphs`: the store's layout (StoreLoader), which must be that of a store already there."""
    out_dir = Path(out_dir)
    merge_formats = tuple(dict.fromkeys(MERGED_ALWAYS + formats)) if merge else ()
    parts = nullcontext(None)
    # a folder that cannot be made is said once, before any report is built; one made here that
    # no report's file went into is removed again (as before, when the first file made it)
    made_here = not (merge_formats or store) and not out_dir.exists()
    make_folder(out_dir)
    if merge_formats or store:
        # a private folder, locked while in use, removed however the build ends (a store refused
        # too); one a build killed with SIGKILL left is removed by the next build there
        parts = staging_folder(out_dir, PARTS_FOLDER)
    try:
        with parts as parts_dir:
            opts = BatchOptions(out_dir, formats, page, screenshot, parts_dir, merge_formats, bool(merge and page),
                                bool(merge), bool(store), _extraction_cache(cache, len(reports)))
            return _build_batch(reports, opts, merge, store, store_graphs, jobs, echo)
    finally:
        if made_here:
            with suppress(OSError):  # not empty: reports were written there
                out_dir.rmdir()


def _build_batch(reports: list[Path], opts: BatchOptions, merge: str | None, store: str | None, store_graphs: str,
                 jobs: int, echo) -> int:
    """build_reports once its options are made (the parts' folder among them): how many failed."""
    progress = Progress(len(reports))
    merger = _Merger(reports) if merge else None
    loader = StoreLoader(open_store(store, store_graphs), threads=LOAD_THREADS, graphs=store_graphs) if store else None
    failures = written = 0
    # a report the store refuses is refused before it is built, so that none of its files is written
    refused = _claimed(loader, reports, store) if loader is not None else {}

    def on_result(r: ReportResult) -> None:
        nonlocal failures, written
        progress.clear()
        if r.error:
            failures += 1
            print(f"kg: error: {r.error}", file=sys.stderr, flush=True)
        else:
            written += 1
        for path in r.written:
            echo(path)
        if loader is not None and not r.error and not _stored(loader, r, store):
            failures += 1
        if merger is not None:
            merger.add(r)
        else:
            for part in r.parts.values():
                os.unlink(part)
        progress.advance(bool(r.error))

    try:
        run_batch(reports, opts, jobs, on_result, refused)
        progress.finish()
        if merger is not None:
            for path in merger.write(opts.out_dir, merge, opts.merge_formats, opts.page):
                echo(path)
        if loader is not None:
            loader.flush()
            # the chunks' files compacted into one sorted run a level: a query's look-up then reads
            # one file a level instead of each chunk's (1,000 bench reports: 15 CPU-s once, and the
            # example queries 1.3-7x faster, e.g. 05 2.3 s -> 0.31 s, 11 17 s -> 3.2 s)
            loader.store.optimize()
            loader.store.flush()
            echo(store)  # listed as an output whether or not a report went in (session 44's test holds it)
    except KeyboardInterrupt:  # Ctrl-C: one line saying so; each report's files are whole or not there
        progress.clear()
        print(f"kg: build stopped: {written} of {len(reports)} report{'s' if len(reports) > 1 else ''} written",
              file=sys.stderr, flush=True)
        raise
    finally:
        if loader is not None:
            loader.close()
    return failures


def _claimed(loader: "StoreLoader", reports: list[Path], store: str) -> dict[int, str]:
    """Each report's name taken in the store, in input order, before any is built; the ones the
    store refuses (a report built again into a store of the default graph alone, or twice in one
    build into one): index → their one-line error."""
    from kg.text.reading import report_name

    refused = {}
    for i, path in enumerate(reports):
        try:
            loader.claim(report_name(Path(path)))
        except ReportInStore as exc:
            refused[i] = f"{path}: {exc} ({store})"
    return refused


def _stored(loader: "StoreLoader", r: ReportResult, store: str) -> bool:
    """The report's Turtle handed to the loader; False, after its one-line error, when the store
    cannot take it (refused by `_claimed` before it was built, so this is a guard)."""
    try:
        loader.add(r.name, Path(r.turtle).read_bytes())
    except ReportInStore as exc:
        print(f"kg: error: {r.path}: {exc} ({store})", file=sys.stderr, flush=True)
        return False
    finally:
        if "store.ttl" in r.parts:
            os.unlink(r.parts.pop("store.ttl"))
    return True


def _extraction_cache(wanted: bool | None, reports: int) -> ExtractionCache | None:
    """The extraction cache when asked for, or by default with several reports; none when no
    cache folder can be had (every report is then extracted, as with --no-cache)."""
    if not (wanted or (wanted is None and reports > 1)):
        return None
    try:
        cache = ExtractionCache.default()
        cache.prune()
        return cache
    except OSError:
        return None


class _Merger:
    """Collects the finished reports' parts and views; writes the merged files in input order."""

    def __init__(self, reports: list[Path]):
        self.results: dict[int, ReportResult] = {}
        self.network = None
        self.pending: dict[int, object] = {}
        self.next_index = 0
        self.titles: list[str] = []
        self.stated: dict[int, list] = {}  # per report, its observations for kg promises

    def add(self, r: ReportResult) -> None:
        self.stated[r.index], r.stated = r.stated, []
        net, r.network = r.network, None
        self.results[r.index] = r
        # the page's view is merged in input order, as the reports arrive; only early ones wait
        self.pending[r.index] = net
        while self.next_index in self.pending:
            view = self.pending.pop(self.next_index)
            done = self.results[self.next_index]
            if not done.error:
                self.titles.append(done.title)
                if view is not None:
                    from kg.outputs.network import merge_networks

                    self.network = view if self.network is None else merge_networks(self.network, view)
            self.next_index += 1

    def write(self, out_dir: Path, name: str, formats: tuple[str, ...], page: bool) -> list[Path]:
        from kg.rdf.formats import BY_NAME, EXTENSIONS
        from kg.files import write_atomic_parts

        from kg.corpus import assessment

        ok = [self.results[i] for i in sorted(self.results) if not self.results[i].error]
        # each year's targets beside the next report's results, as pol:Assessment nodes in a named
        # graph of their own ("promises"); none when no report reviews another's year
        rows = assessment.compare([o for i in sorted(self.stated) if not self.results[i].error for o in self.stated[i]])
        extra: dict[str, Path] = {}
        if rows:
            from kg.files import write_atomic
            from kg.rdf.formats import ReportRdf

            promises = ReportRdf.of_graph(assessment.GRAPH_NAME, assessment.to_rdf(rows))
            scratch = Path(ok[0].parts[formats[0]]).parent if ok and formats else out_dir
            for fmt in formats:
                extra[fmt] = write_atomic(scratch / f"{assessment.GRAPH_NAME}.part.{fmt}",
                                          promises.merged_part(fmt))
        paths = []
        for fmt in formats:
            header, sep, footer = BY_NAME[fmt].frame()
            target = out_dir / f"{name}{EXTENSIONS.get(fmt, '.' + fmt)}"
            parts = [Path(r.parts[fmt]) for r in ok] + ([extra[fmt]] if fmt in extra else [])
            paths.append(write_atomic_parts(target, header, parts, sep, footer))
        if page and self.network is not None:
            from kg.outputs.page import write_page

            paths.append(write_page(self.network, "、".join(self.titles), out_dir / f"{name}.html",
                                    promises=assessment.page_data(rows)))
        return paths


# ---------------------------------------------------------------- the on-disk store

def refuse_other_folder(path: str | Path) -> None:
    """A KgError for a folder that holds files but no store (kg.services.sparql.store_began_in):
    Oxigraph would make its store among them."""
    from kg.services.sparql import store_began_in

    path = Path(path)
    if path.is_dir() and not store_began_in(path) and any(path.iterdir()):
        raise KgError(f"{path}: a folder of other files, not a store: give --store a new or empty folder, or a store")


def open_store(path: str | Path, graphs: str = "both"):
    """An on-disk Oxigraph store at PATH (created if missing), opened for writing; one that holds
    its reports in the other layout than `graphs` (StoreLoader) is a KgError, not a mix of both."""
    import pyoxigraph as ox

    from kg.services.sparql import store_layout

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise KgError(f"{path}: not a store directory")
    refuse_other_folder(path)
    try:
        store = ox.Store(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption: …" is a RuntimeError
        raise KgError(f"{path}: cannot open the store ({str(exc).splitlines()[0] if str(exc) else exc!r})")
    found = store_layout(store)
    if found not in (None, graphs):
        held = LAYOUT_NAMES[found]
        raise KgError(f"{path}: the store holds {held} (--store-graphs {found}); build into it with "
                      f"--store-graphs {found}, or into a new store")
    return store


# what each layout (--store-graphs) holds, for its messages
LAYOUT_NAMES = {"both": "each report in its named graph and in the default graph",
                "union": "the default graph only"}


class ReportInStore(KgError):
    """A report built again into a store of the default graph alone: its triples cannot be told
    from the other reports' there, so it cannot be replaced."""


# Turtle bytes of a chunk: one bulk load of a chunk of reports writes far fewer files than one a
# report (queries on the store then look in fewer files) and costs less; the loader's memory grows
# with the bytes in flight (one loader, 200 bench reports: 8 MiB 243 MiB peak and 22.8 s CPU, 16 MiB
# 424 MiB and 19.6 s, 32 MiB 771 MiB and 17.7 s). Two chunks of 8 MiB load at once (LOAD_THREADS):
# the parent's peak and CPU as with one 16 MiB chunk (200 reports: 541-549 against 507 MiB,
# 23.8-24.7 against 25.1 CPU-s); two of 16 MiB took 1,000 reports to a 2.1 GiB peak. Two of 12 MiB
# (session 23; 200 reports, six runs alternated with 8 MiB): 23.6-30.3 against 26.4-35.4 CPU-s, best
# -11%, lower in 5 of 6 pairs (fewer sets of files ingested, so fewer compactions), parent's peak
# 485-548 against 427-456 MiB
CHUNK_BYTES = 12 << 20
# chunks loaded at once, a thread each
LOAD_THREADS = 2


class StoreLoader:
    """Puts reports' graphs into the store: each report's triples in its named graph, and in the
    default graph, which so holds the union of all reports with each triple once (a query over the
    union of named graphs would see a triple as many times as reports state it: an indicator's
    label in a thousand reports makes its joins a thousand times larger).

    Reports are gathered into one TriG document, each report's Turtle twice — in its named graph
    and in the default graph — and bulk loaded a chunk at a time. A report built again replaces
    its graph, and its old triples leave the default graph unless another report states them too.

    With `graphs="union"` (`kg build --store-graphs union`) only the default graph is written: each
    triple once, a third of the loading (1,000 bench reports: 68.8 against 206 CPU-s, 6.4 M against
    13.6 M quads; docs/speed-log.md, session 44); every fact is still traced through its mention,
    sentence and report triples, but there is no report's graph for `GRAPH ?g` or to replace, so a
    report already in the store is refused (ReportInStore).

    Up to `threads` chunks are loaded at once, each by a thread of its own (Oxigraph's bulk loader
    releases the GIL and writes a chunk's index files apart, so chunks load side by side into the
    same quads as one after another): the parent's loading was a single-core critical path, ~2/3 of
    a corpus build's CPU, while the workers left the other core half idle. Holding more chunks
    than that waits for the oldest, so memory stays at `threads` chunks in flight.
    """

    def __init__(self, store, chunk_bytes: int = CHUNK_BYTES, threads: int = 1, graphs: str = "both"):
        self.store, self.chunk_bytes, self.graphs = store, chunk_bytes, graphs
        self.added: set[str] = set()  # with graphs="union", every report added (a chunk may be loading)
        self.claimed: set[str] = set()  # with graphs="union", the reports taken (`claim`), not yet added
        self.pending: list[bytes] = []
        self.pending_names: set[str] = set()
        self.size = 0
        self.threads = max(1, threads)
        self.loading: list = []  # the chunks being loaded (futures), oldest first
        self._pool = None

    def add(self, report_name: str, turtle: bytes) -> None:
        """One report's graph, as Turtle with its @prefix lines first (as `to_turtle` writes it)."""
        import pyoxigraph as ox

        from kg.rdf.vocab import graph_iri

        if self.graphs == "union":
            self._add_to_union(report_name, turtle)
            return
        graph = ox.NamedNode(str(graph_iri(report_name)))
        if report_name in self.pending_names or self.store.contains_named_graph(graph):
            self.flush()
            remove_report(self.store, graph)
        prefixes, body = _split_prefixes(turtle)
        iri = graph.value.encode("utf-8")
        self.pending.append(b"%s\n<%s> {\n%s\n}\n{\n%s\n}\n" % (prefixes, iri, body, body))
        self.pending_names.add(report_name)
        self.size += 2 * len(body)
        if self.size >= self.chunk_bytes:
            self._send()

    def claim(self, report_name: str) -> None:
        """Take a report before it is built: with graphs="union", one already in the store, added or
        taken before is refused (ReportInStore), so a build refuses it before writing its files."""
        if self.graphs == "union":
            self._refuse_if_held(report_name)
            self.claimed.add(report_name)

    def _refuse_if_held(self, report_name: str) -> None:
        import pyoxigraph as ox

        from kg.rdf.iris import iri_segment
        from kg.rdf.vocab import report_iri

        node = ox.NamedNode(str(report_iri(iri_segment(report_name))))
        stored = next(iter(self.store.quads_for_pattern(node, None, None, ox.DefaultGraph())), None)
        if report_name in self.added or report_name in self.claimed or stored is not None:
            raise ReportInStore("already in the store, which holds the default graph only (--store-graphs union): "
                                "a report cannot be replaced there; build the corpus into a new store")

    def _add_to_union(self, report_name: str, turtle: bytes) -> None:
        """One report's triples into the default graph alone; one already there is refused unless
        this loader's `claim` took it."""
        if report_name in self.claimed:
            self.claimed.discard(report_name)
        else:
            self._refuse_if_held(report_name)
        prefixes, body = _split_prefixes(turtle)
        self.pending.append(b"%s\n{\n%s\n}\n" % (prefixes, body))
        self.added.add(report_name)
        self.size += len(body)
        if self.size >= self.chunk_bytes:
            self._send()

    def _send(self) -> None:
        """The pending reports handed to a loading thread (or loaded here with one thread)."""
        import pyoxigraph as ox

        if not self.pending:
            return
        chunk = b"".join(self.pending)
        self.pending, self.pending_names, self.size = [], set(), 0
        if self.threads == 1:
            self.store.bulk_load(chunk, format=ox.RdfFormat.TRIG)
            return
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="kg-store-load")
        while len(self.loading) >= self.threads:
            self.loading.pop(0).result()
        self.loading.append(self._pool.submit(self.store.bulk_load, chunk, format=ox.RdfFormat.TRIG))

    def flush(self) -> None:
        """Every report added so far in the store (a loading thread's error raised here)."""
        self._send()
        while self.loading:
            self.loading.pop(0).result()

    def close(self) -> None:
        """Wait for the loads under way and end the threads (after an error too)."""
        loading, self.loading = self.loading, []
        for future in loading:
            future.exception()  # waited for; an error was raised by flush, or the build failed already
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


# a prefix line, as Turtle writes it (@prefix) or as SPARQL does (PREFIX), indented or not
_PREFIX_LINE = re.compile(rb"[ \t]*(?:@prefix|PREFIX)[ \t]")
# a directive opening a line of the statements: a graph block cannot hold one, and a base IRI
# would hold for the reports after it in the chunk (searched from a newline: re skips to each in C)
_DIRECTIVE = rb"[ \t]*(?:@prefix|@base|PREFIX[ \t]|BASE[ \t])"
_DIRECTIVE_FIRST, _DIRECTIVE_AFTER = re.compile(_DIRECTIVE), re.compile(rb"\n" + _DIRECTIVE)


def _split_prefixes(turtle: bytes) -> tuple[bytes, bytes]:
    """(the leading prefix lines, with the blank lines among them; the statements): a TriG graph
    block holds statements only. A base IRI or a directive after the statements: a KgError."""
    # the leading lines walked one by one (splitting the whole report into lines cost the parent
    # ~2.5 ms a report of its ~0.1 s)
    start = 0
    while start < len(turtle):
        end = turtle.find(b"\n", start)
        end = len(turtle) if end < 0 else end
        if turtle[start:end].strip() and not _PREFIX_LINE.match(turtle, start, end):
            break
        start = end + 1
    else:
        return turtle, b""  # prefixes alone (or nothing)
    head, body = turtle[:start], turtle[start:]
    if _DIRECTIVE_FIRST.match(body) or _DIRECTIVE_AFTER.search(body):
        raise KgError("a report's Turtle has a base IRI or directives after its statements: "
                      "it cannot go into the store in one chunk")
    return head, body


def remove_report(store, graph) -> None:
    """Remove a report's named graph, and its triples from the default graph unless another
    report's graph states them too."""
    import pyoxigraph as ox

    old = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    store.remove_graph(graph)
    for t in old:
        if not any(q.graph_name != ox.DefaultGraph() for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
            store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
