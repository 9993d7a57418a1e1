"""The `kg` command: build, extract, eval."""
from __future__ import annotations

import argparse
import functools
import json
import os
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from kg.errors import KgError, KgWarning, Terminated

DESCRIPTION = """Turn Chinese government work reports (政府工作报告) into a knowledge graph of
projects, places, organizations and indicators, with the sentence each fact comes from."""


class UsageError(KgError):
    """A command line of the wrong shape that argparse cannot see (`kg eval` with one argument):
    said as argparse's own errors are, in one line, with exit status 2."""


def usage_line(prog: str, message: str, hint: str = "") -> str:
    """The one line a usage error is: `kg eval: error: MESSAGE (see kg eval --help)`."""
    return " ".join(f"{prog}: error: {message} ({hint or f'see {prog} --help'})".split())


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose error is one line on stderr and exit status 2 (not the usage and
    the error), naming the command's --help, or a file the command line holds that looks like an
    option (`kg build -x.txt`: argparse takes -x.txt for an unknown option) and how to give it."""

    def __init__(self, *args, argv: Sequence[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.argv = list(argv)  # the whole command line, which the error looks at for a dashed file

    def add_subparsers(self, **kwargs):
        """Each command's parser is of this class and knows the same command line."""
        kwargs.setdefault("parser_class", functools.partial(type(self), argv=self.argv))
        return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        """An unknown option is said by the command it was given to (`kg build --x`: kg build's error, not kg's)."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            commands = next((a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), {})
            parser = commands.get(getattr(parsed, "command", None), self)
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed

    def error(self, message: str):
        dashed = [a for a in self.argv if a.startswith("-") and len(a) > 1 and os.path.isfile(a)]
        hint = ""
        if dashed and "--" not in self.argv:
            hint = (f"{dashed[0]} is a file: write it after `--`, as `{self.prog} [OPTIONS] -- {dashed[0]}`, "
                    f"or as ./{dashed[0]}")
        self.exit(2, usage_line(self.prog, message, hint) + "\n")


def _parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """kg's parser, for the command line argv (which its usage errors look at)."""
    from kg.corpus.assessment import add_parser as add_promises

    p = Parser(prog="kg", description=DESCRIPTION, argv=argv)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in (_add_build, _add_extract, _add_eval, _add_query, _add_serve, _add_push, _add_validate,
                _add_projects, _add_export, _add_bench, _add_cache, add_promises):
        add(sub)
    return p


def _add_build(sub) -> None:
    from kg.rdf.formats import WRITTEN

    written = ", ".join(f"{f.name} ({f.label})" for f in WRITTEN.values())
    datasets = ", ".join(f.label for f in WRITTEN.values() if f.dataset)
    p = sub.add_parser("build", help="build the RDF graph (Turtle) and the interactive page of reports",
                       description="Build output/<report>.ttl (RDF Turtle under the policy ontology) and "
                                   "output/<report>.html (an interactive network that works offline) for each REPORT.")
    p.add_argument("reports", nargs="+", metavar="REPORT",
                   help="a report file (text in UTF-8 with or without BOM, UTF-16 or GB18030/GBK; a saved web page; "
                        "a PDF; a Word .docx, .doc or .wps), or a folder of reports (.txt, .pdf, .docx, .doc, .wps)")
    p.add_argument("-o", "--output", default="output", metavar="DIR", help="where to write the files (default: output/)")
    p.add_argument("--no-page", action="store_true", help="write no HTML page, only the graph files")
    p.add_argument("--format", default="ttl", metavar="FMT",
                   help=f"RDF formats to write, comma-separated: {written} (ttl is the default); JSON-LD has "
                        f"the ontology's prefixes as context; dataset formats ({datasets}) hold a named graph per report")
    p.add_argument("--merge", metavar="NAME",
                   help="also write the reports together, in the -o folder: NAME.trig and NAME.nq (one named graph "
                        "per report), NAME.<fmt> for the other formats, and NAME.html (a name, not a path)")
    p.add_argument("--store", metavar="PATH",
                   help="also load each report's graph into an on-disk Oxigraph store at PATH (a folder, created "
                        "if missing; a report built again replaces its graph), which kg query and kg serve open")
    p.add_argument("--store-graphs", choices=["both", "union"], default=None,
                   help="how the store holds the reports: both (default) each report in its named graph and in "
                        "the default graph, their union; union the default graph only, each triple once: a third "
                        "of the loading, but no GRAPH ?g per report, and a report cannot be built into it again")
    p.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                   help="with several reports, extract every report again instead of reusing the extraction of "
                        "the same text by the same rules (kept in ~/.cache/policy-kg/extraction)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="build N reports at a time in worker processes (default: the number of cores)")
    p.add_argument("--screenshot", action="store_true",
                   help="also write <report>.png, the page as headless Chromium shows it (needs chromium and playwright)")


def _add_extract(sub) -> None:
    p = sub.add_parser("extract", help="print every mention as a JSON line",
                       description="Print each mention found in REPORT as one JSON object a line: type, text, start and end "
                                   "offsets in the original file, sentence, section; observations with all their fields.")
    p.add_argument("report", metavar="REPORT")
    p.add_argument("--type", action="append", choices=_MENTION_TYPES, type=_mention_type,
                   help="only mentions of this type (repeatable)")


def _add_eval(sub) -> None:
    p = sub.add_parser("eval", help="score extraction against gold annotations",
                       description="Build the graph of each REPORT and score it against its GOLD.jsonl (written to "
                                   "ANNOTATION.md) with the metric of shared/tools/score.py: precision, recall and F1 "
                                   "per entity type (strict and boundary-lenient), observations (with and without "
                                   "the year) and relations; with several pairs, per report, micro-average and "
                                   "macro mean.")
    p.add_argument("pairs", nargs="+", metavar="REPORT GOLD",
                   help="a report and its gold file, repeated for several reports; or a folder, which stands for "
                        "each NAME.txt in it with NAME.jsonl beside it")
    p.add_argument("--show", action="store_true", help="list false positives and misses")
    p.add_argument("--ablation", action="store_true",
                   help="also score each report without each rule component in turn: what every rule contributes")
    p.add_argument("--baseline", action="store_true",
                   help="also score the baseline: places and organizations that jieba.posseg tags ns/nt on its own")


def _add_query(sub) -> None:
    from kg.rdf.formats import CONSTRUCT_FORMATS, RESULT_FORMATS
    p = sub.add_parser("query", help="run SPARQL over built graphs",
                       description="Run a SPARQL 1.1 query over one or more built graphs (Turtle, TriG, N-Triples, "
                                   "N-Quads, JSON-LD), a folder of them (kg build's output folder), or a store folder written by "
                                   "kg build --store. Each file is a "
                                   "named graph; the default graph is their union. "
                                   "The query is the last argument (its text, or a .rq file's path), or read from a file with -f.")
    p.add_argument("args", nargs="+", metavar="GRAPH… [QUERY]",
                   help="graph files, folders of them (kg build's output folder), or one store folder")
    p.add_argument("-f", "--file", metavar="QUERY.rq", help="read the query from this file")
    p.add_argument("--format", type=str.lower, choices=["table", *RESULT_FORMATS, *CONSTRUCT_FORMATS], default="table",
                   help="for SELECT and ASK: table (default, readable) or a SPARQL 1.1 result format; for "
                        "CONSTRUCT and DESCRIBE: Turtle (the default) or " + ", ".join(CONSTRUCT_FORMATS))
    p.add_argument("--timeout", type=_positive_number, default=None, metavar="S",
                   help="stop the query after S seconds (default: no limit; Ctrl-C stops it at any time)")


def _add_serve(sub) -> None:
    p = sub.add_parser("serve", help="serve graphs as a read-only SPARQL endpoint",
                       description="Start a local SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql over the "
                                   "graphs (GET and POST queries, JSON/XML/CSV/TSV results, CORS). Updates are refused.")
    p.add_argument("graphs", nargs="+", metavar="GRAPH",
                   help="graph files, folders of them (kg build's output folder), or one store folder (kg build --store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=_positive_number, default=30.0, metavar="S",
                   help="stop a query that runs longer than S seconds and answer 503 (default 30)")
    p.add_argument("--max-result-mb", type=_positive_number, default=50, metavar="MB",
                   help="refuse (507) a result larger than MB megabytes (default 50)")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="query worker processes, each with a copy of the graphs (default 2)")


def _add_push(sub) -> None:
    from kg.rdf.vocab import ID

    p = sub.add_parser("push", help="upload graphs to a SPARQL Graph Store (Fuseki, GraphDB, Oxigraph…)",
                       description="Upload each report's graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint with "
                                   "PUT, one named graph per report, so a re-push replaces that graph.")
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files, folders of them (kg build's output folder), or a store folder; sent one graph at a time")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the Graph Store endpoint, e.g. http://localhost:3030/ds/data (Fuseki), http://localhost:7878/store (Oxigraph)")
    p.add_argument("--graph", metavar="IRI", help=f"the named graph to write (default: one per report, {ID}graph/<report>)")
    p.add_argument("--timeout", type=_positive_number, default=60.0, metavar="S",
                   help="give up on a server that has not answered in S seconds (default 60); a dropped "
                        "connection is retried twice (PUT is idempotent)")


def _add_validate(sub) -> None:
    p = sub.add_parser("validate", help="check built graphs against the SHACL shapes of a valid graph",
                       description="Validate each GRAPH (Turtle, TriG, N-Triples, N-Quads, JSON-LD) with pySHACL against "
                                   "ontology/shapes.ttl: observations, entities, mentions and their offsets, "
                                   "relation statements and their provenance. Prints each violation; exits 1 if any.")
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files, folders of them (kg build's output "
                                                              "folder), or a store (kg build --store), report by report")


def _add_projects(sub) -> None:
    p = sub.add_parser("projects", help="each project across yearly reports: years, stages, dropped ones",
                       description="For each project in the reports or graphs: the first and last year it is spoken of, "
                                   "its stage in each year (签约 → 开工 → 在建 → 建成 → 投用), and whether a report announced "
                                   "it and no later report mentions it again.")
    p.add_argument("inputs", nargs="+", metavar="DIR_OR_GRAPH", help="built graphs, reports, folders of either, or a store (kg build --store)")
    p.add_argument("--format", type=str.lower, choices=["table", "csv"], default="table", help="a readable table (default) or CSV")


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="export graphs for property-graph databases and Gephi",
                       description="Write CSV for neo4j-admin import, a LOAD CSV Cypher script and GraphML.")
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files, or folders of them (kg build's output folder)")
    p.add_argument("--property-graph", required=True, metavar="DIR", help="where to write the files")
    p.add_argument("--ladybug", metavar="DB", help="also load them into a new Ladybug (Kùzu) database at DB "
                                                   "(pip install real_ladybug)")


def _add_bench(sub) -> None:
    sub.add_parser("bench", help="measure start-up, throughput, a corpus build and query latency",
                   description="Run the benchmark (python -m kg.bench); kg bench --help lists its options.",
                   add_help=False)


def _add_cache(sub) -> None:
    p = sub.add_parser("cache", help="show the cache folder; keep the newest of each kind, or empty it",
                       description="Show what the cache folder ($XDG_CACHE_HOME/policy-kg, else ~/.cache/policy-kg) "
                                   "holds by kind: the tokenizer's dictionary, the villages and province-names tables, "
                                   "compiled patterns, the extraction cache. Each kind's writer keeps its newest three "
                                   "versions; --prune keeps the newest one, --clear removes everything (each is made "
                                   "again when needed). Safe while other kg processes run.")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--prune", action="store_true",
                      help="keep only the newest file of each kind and the newest rules' extraction cache")
    what.add_argument("--clear", action="store_true", help="empty the folder")


_MENTION_TYPES = ["Place", "Organization", "Project", "Observation"]


def _mention_type(text: str) -> str:
    """A mention type as --type takes it, in any case (place, PLACE); an unknown one is left for argparse to refuse."""
    return next((t for t in _MENTION_TYPES if t.lower() == text.lower()), text)


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < 1e6:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number above 0")
    return value


def count_at_least_one(text: str) -> int:
    """A count option's value (reports, runs, kilobytes, workers): a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _show_warning(message, category, filename, lineno, file=None, line=None, _default=warnings.showwarning):
    if issubclass(category, KgWarning):
        print(f"kg: warning: {message}", file=sys.stderr)
    else:
        _default(message, category, filename, lineno, file, line)


def main(argv: list[str] | None = None) -> int:
    """`kg`: a command's exit status. Ctrl-C is exit 130 in silence (or a command's own line, `kg
    build`'s) whenever it comes: also while `kg` starts — its modules loading, the command line
    read, `kg bench` —, which takes a second or more on a busy machine, not a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except Terminated:  # SIGTERM to kg serve (kg.services.server.sigterm_stops_server)
        return 128 + 15


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] != ["cache"]:  # kg cache --clear would otherwise write the compiled patterns back at exit
        _keep_compiled_patterns()
    if argv[:1] == ["bench"]:  # the benchmark parses its own options
        from kg.bench import main as bench

        return bench(argv[1:])
    args = _parser(argv).parse_args(argv)
    try:
        commands = {"build": _build, "extract": _extract, "eval": _eval, "query": _query, "serve": _serve,
                    "push": _push, "export": _export, "projects": _projects, "validate": _validate,
                    "promises": _promises, "cache": _cache}
        with warnings.catch_warnings():
            warnings.simplefilter("always", KgWarning)
            warnings.showwarning = _show_warning
            code = commands[args.command](args)
            sys.stdout.flush()  # here, where a closed pipe is caught, not at the interpreter's exit
            return code
    except BrokenPipeError:
        return _stdout_closed()
    except UsageError as exc:
        print(usage_line(f"kg {args.command}", str(exc)), file=sys.stderr)
        return 2
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"kg: error: {where}{exc.strerror or exc or type(exc).__name__}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Terminated:
        return 128 + 15
    except Exception as exc:  # a bug: one line naming the input, not a traceback (KG_DEBUG=1 shows it)
        if os.environ.get("KG_DEBUG"):
            raise
        where = _inputs(args)
        line = f"kg: error: {where}{': ' if where else ''}internal error ({type(exc).__name__}: {exc}); "
        print(" ".join(line.split()) + " KG_DEBUG=1 shows the traceback", file=sys.stderr)  # one line
        return 1


def _stdout_closed() -> int:
    """The reader of our output went away (`kg extract R | head -1`): end quietly, as a tool that
    SIGPIPE ends does, its status 128 + SIGPIPE. Standard output is pointed at /dev/null first, so
    the interpreter's last flush of what is left in its buffer fails no more (the Python
    documentation's way, "Note on SIGPIPE" in the signal module)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a standard output of no file (one a caller put in its place)
        pass
    return 128 + 13  # SIGPIPE is 13 on every POSIX system


def _inputs(args, shown: int = 3) -> str:
    """The files or folders a command was given, for the line that reports a bug: the first
    `shown` of them, then how many more (a query's text, the last argument without -f, is not one)."""
    for attr in ("report", "reports", "pairs", "args", "graphs", "inputs"):
        value = getattr(args, attr, None)
        if value:
            break
    else:
        return ""
    names = [str(value)] if isinstance(value, (str, Path)) else [str(v) for v in value]
    if args.command == "query" and not getattr(args, "file", None):
        names = names[:-1]
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _keep_compiled_patterns() -> None:
    """Every command imports the rules (the parser reads kg promises' options from kg.corpus.assessment)
    and so compiles their ~650 patterns and the methods of their ~80 dataclasses: the compiled forms
    are kept in the cache folder between processes (kg/regex_compile_cache.py,
    kg/dataclass_code_cache.py), installed before any rule is imported."""
    from kg import dataclass_code_cache
    from kg.files import cache_dir
    from kg.regex_compile_cache import keep_compiled

    try:
        keep_compiled(cache_dir())
        dataclass_code_cache.keep_compiled(cache_dir())
    except OSError:  # no cache folder: every pattern and method is compiled, as without it
        pass


def _build(args) -> int:
    from kg.corpus.batch import build_reports, refuse_other_folder
    from kg.rdf.formats import WRITTEN

    formats = tuple(dict.fromkeys(f.strip().lower() for f in args.format.split(",") if f.strip()))  # TTL as ttl
    unknown = [f for f in formats if f not in WRITTEN]
    if unknown or not formats:
        raise UsageError(f"unknown --format {','.join(unknown) or args.format!r}: choose from {', '.join(WRITTEN)}")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    for option, path in (("-o", args.output), ("--store", args.store)):
        if path and os.path.lexists(path) and not os.path.isdir(path):
            raise KgError(f"{path}: a file, not a folder: give {option} a folder (made if missing)")
    _refuse_ignored_build_options(args)
    if args.store:
        refuse_other_folder(args.store)
    reports = _report_paths(args.reports)
    _refuse_overwriting_a_report(reports, Path(args.output), page=not args.no_page)
    _refuse_merge_named_as_a_report(reports, args.merge)
    # each report is written as it finishes; one that fails is reported and skipped
    failed = build_reports(reports, Path(args.output), formats, page=not args.no_page, screenshot=args.screenshot,
                           merge=args.merge, store=args.store, jobs=args.jobs, echo=lambda p: print(p, flush=True),
                           cache=args.cache, store_graphs=args.store_graphs or "both")
    if failed and len(reports) > 1:
        print(f"kg: error: {failed} of {len(reports)} reports failed", file=sys.stderr)
    return 1 if failed else 0


def _refuse_overwriting_a_report(reports: list[Path], out_dir: Path, page: bool) -> None:
    """A report saved as a web page (NAME.html) in the -o folder would be overwritten by the page kg writes
    there under the same name: refused before anything is built."""
    if not page:
        return
    for report in reports:
        written = out_dir / f"{report.stem}.html"
        if written.exists() and written.resolve() == report.resolve():
            raise KgError(f"{report}: the page of this report would be written over the report itself "
                          f"({written}); build into another folder (-o DIR) or with --no-page")


def _refuse_merge_named_as_a_report(reports: list[Path], merge: str | None) -> None:
    """The merged files (NAME.ttl, NAME.html…) go in the -o folder beside the reports' own: a --merge NAME that
    is a report's name would write the merged dataset over that report's graph and page, silently."""
    same = next((r for r in reports if merge and r.stem == merge), None)
    if same is not None:
        raise KgError(f"--merge {merge}: the name of the report {same}: the merged files would be written over its "
                      "own files; choose another name (--merge corpus); nothing was built")


def _refuse_ignored_build_options(args) -> None:
    """An option that would do nothing is refused, not silently ignored."""
    from kg.rdf.formats import is_graph_file

    if args.store_graphs and not args.store:
        raise UsageError(f"--store-graphs {args.store_graphs} is for a store: give --store PATH too, or leave it out")
    if args.screenshot and args.no_page:
        raise UsageError("--screenshot is a picture of the page, and --no-page writes none: leave one of them out")
    if args.merge is not None and not args.merge.strip():
        raise UsageError("--merge needs a name for the merged files (--merge corpus writes corpus.trig …)")
    if args.merge and (any(sep and sep in args.merge for sep in (os.sep, os.altsep)) or args.merge in (".", "..")):
        name = Path(args.merge).name
        fix = (f"-o {Path(args.output) / Path(args.merge).parent} --merge {name}" if name not in ("", ".", "..")
               else "--merge corpus")
        raise UsageError(f"--merge {args.merge}: a name, not a path: the merged files are written in the -o folder, "
                      f"beside the reports' (write {fix})")
    if args.merge and (is_graph_file(args.merge) or Path(args.merge).suffix.lower() in (".html", ".htm")):
        # --merge all.ttl wrote all.ttl.trig, all.ttl.ttl …
        raise UsageError(f"--merge {args.merge}: a name without an extension: each merged file takes its own "
                         f"(write --merge {Path(args.merge).stem} for {Path(args.merge).stem}.trig, .nq …)")


def _report_paths(names: list[str]) -> list[Path]:
    """The reports to build, a folder standing for the .txt reports in it. A name that is no file
    or folder stops the build before anything is written: a mistyped name, or an option written
    after `--` (`kg build -- -x.txt -o out` would build -x.txt into output/ and then fail on `-o`)."""
    from kg.rdf.formats import is_graph_file
    from kg.text.containers import REPORT_SUFFIXES, report_files_in

    graphs = [n for n in names if is_graph_file(n) and os.path.isfile(n)]
    if graphs:  # `kg build output/*` with the graphs beside the reports: said before anything is built
        raise KgError(f"{graphs[0]}: a graph, not a report: kg build reads reports ({', '.join(REPORT_SUFFIXES)}, .html); kg query, kg validate "
                      "and kg export read graphs")
    missing = [n for n in names if not os.path.lexists(n)]
    if missing:
        hint = ""
        if any(n.startswith("-") for n in missing):
            hint = " (after `--` every word is a report: put the options first, as `kg build -o DIR -- -x.txt`)"
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise KgError(f"{missing[0]}: no such file or folder{more}; nothing was built{hint}")
    reports = []
    for r in map(Path, names):
        inside = report_files_in(r) if r.is_dir() else [r]
        if not inside:
            raise KgError(f"{r}: a folder with no reports ({', '.join(REPORT_SUFFIXES)}) in it; nothing was built")
        reports.extend(inside)
    _refuse_reports_of_one_name(reports)
    # the same file named twice (`kg build seeds/ seeds/yixian-2019.txt`) is built once: twice, its files were
    # written twice and a --merge dataset held each of its triples twice
    once: dict[Path, Path] = {}
    for report in reports:
        once.setdefault(report.resolve(), report)
    return list(once.values())


def _refuse_reports_of_one_name(reports: list[Path]) -> None:
    """Two reports of one name (x.txt and x.pdf, or a/x.txt and b/x.txt) would write the same files, the
    second over the first: refused before anything is built."""
    seen: dict[str, Path] = {}
    for report in reports:
        first = seen.setdefault(report.stem, report)
        if first != report and first.resolve() != report.resolve():
            raise KgError(f"{first} and {report} would both be written as {report.stem}.*: rename one, or build "
                          "them into different folders (-o); nothing was built")


def _extract(args) -> int:
    from kg.pipeline import build

    from kg.rdf.formats import is_graph_file
    from kg.text.containers import REPORT_SUFFIXES

    if is_graph_file(args.report) and os.path.isfile(args.report):
        raise KgError(f"{args.report}: a graph, not a report: kg extract reads a report ({', '.join(REPORT_SUFFIXES)}, .html); "
                      "kg query reads graphs")
    b = build(args.report)
    doc, src = b.doc, b.source
    printed: set[str] = set()  # a name several rules find at one place is one line
    for m in b.mentions:
        if args.type and m.type not in args.type:
            continue
        a, z = m.span.original(src)
        sent = doc.sentences[m.sentence]
        sa, sz = sent.span.original(src)
        section = doc.section(sent.section)
        rec = {"type": m.type, "text": m.text, "start": a, "end": z, "original": src.original[a:z],
               "sentence": sent.text, "sentence_start": sa, "sentence_end": sz,
               "section": section.id, "section_heading": section.heading}
        if m.type == "Observation":
            rec.update({k: v for k, v in m.attrs.items()})
        line = json.dumps(rec, ensure_ascii=False)
        if line not in printed:
            printed.add(line)
            print(line)
    return 0


def _eval(args) -> int:
    from kg.evaluate import evaluate, format_table, load_gold
    from kg.pipeline import build, predictions

    args.pairs = _eval_pairs(args.pairs)
    rows = []
    for report, gold_path in zip(args.pairs[::2], args.pairs[1::2]):
        gold = load_gold(gold_path)
        if not gold:
            warnings.warn(f"{gold_path} holds no gold lines: every prediction counts as a false positive", KgWarning)
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
    if args.ablation:
        _print_ablation(args.pairs, rows)
    if args.baseline:
        from kg.evaluate import baseline_predictions
        from kg.text.reading import read_source

        base_rows = []
        for report, gold_path in zip(args.pairs[::2], args.pairs[1::2]):
            src = read_source(report)
            base_rows.append((src.name, evaluate(baseline_predictions(src.text), load_gold(gold_path))))
        print("\nbaseline: jieba.posseg ns/nt alone")
        print("\n".join(line for line in format_table(base_rows).splitlines()
                        if line.startswith("report") or " Place " in line or " Organization " in line))
    return 0


def _print_ablation(pairs: list[str], rows: list) -> None:
    """kg eval --ablation: each report scored again without each rule component in turn."""
    from kg.evaluate import evaluate, format_ablation, load_gold
    from kg.extract import PIPELINE
    from kg.pipeline import build, build_document, predictions

    golds = [load_gold(g) for g in pairs[1::2]]
    builds = [build(r) for r in pairs[::2]]
    without = {}
    for i, name in enumerate(PIPELINE.names, 1):
        if sys.stderr.isatty():  # minutes of work: say where it is, on a terminal only
            print(f"\rablation: {i}/{len(PIPELINE.names)} {name[:40]:<40}", end="", file=sys.stderr, flush=True)
        without[name] = [evaluate(predictions(build_document(b.source, b.doc, frozenset({name})).rdf), gold)
                         for b, gold in zip(builds, golds)]
    if sys.stderr.isatty():
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)
    print("\nablation: macro-mean strict F1 without each rule component (change against all components)")
    print(format_ablation([r for _, r in rows], without))


def _eval_pairs(args: list[str]) -> list[str]:
    """The REPORT GOLD pairs of kg eval's arguments: a folder where a report is due stands for each report in it
    (NAME.txt, .pdf, .docx, .doc or .wps) with its NAME.jsonl (a set of annotated reports kept together, as
    tests/real/ is), in name order; one where a gold file is due stays, to be refused as no gold file."""
    from kg.text.containers import REPORT_SUFFIXES, report_files_in

    pairs: list[str] = []
    for arg in args:
        folder = Path(arg)
        if not folder.is_dir() or len(pairs) % 2:
            pairs.append(arg)
            continue
        found = [str(x) for t in report_files_in(folder) if (g := t.with_suffix(".jsonl")).is_file() for x in (t, g)]
        if not found:
            raise KgError(f"{arg} holds no report NAME{REPORT_SUFFIXES[0]} ({', '.join(REPORT_SUFFIXES[1:])}) with its gold "
                          "NAME.jsonl beside it")
        pairs.extend(found)
    _check_eval_pairs(pairs)
    return pairs


def _check_eval_pairs(pairs: list[str]) -> None:
    """Pairs of REPORT GOLD, in that order: a gold file (.jsonl) first and a report after it is said as swapped."""
    if len(pairs) % 2:
        raise UsageError("eval takes pairs: REPORT GOLD [REPORT GOLD ...]")
    for report, gold in zip(pairs[::2], pairs[1::2]):
        if Path(report).suffix.lower() in (".jsonl", ".json") and Path(gold).suffix.lower() != Path(report).suffix.lower():
            raise KgError(f"the order is REPORT GOLD: give {gold} before {report}")


def _query(args) -> int:
    from kg.services.sparql import format_table, load_store, run_query, serialize_results, warn_if_no_report_graphs

    graphs = list(args.args)
    if args.file:
        query = _query_file_text(args.file)
    else:
        if len(graphs) < 2:
            raise UsageError("give the graph file(s) and then the query, or the query with -f QUERY.rq")
        query = graphs.pop()
        if _QUERY_START.match(graphs[0]) and not os.path.exists(graphs[0]) and os.path.exists(query):
            # "kg query 'SELECT …' out/x.ttl": said as the command line's shape, not "SELECT …: no such graph file"
            raise UsageError("the query comes after the graphs: kg query GRAPH… 'QUERY' (or -f QUERY.rq)")
        if _names_a_query_file(query):
            # "kg query out/ ontology/queries/12-….rq": the file meant, as with -f (a query's text is never
            # one word ending in .rq), read or said missing, not parsed as a query ("syntax error near …")
            query = _query_file_text(query)
    store = load_store(graphs)
    warn_if_no_report_graphs(store, graphs, query)

    def answer() -> bytes:
        results = run_query(store, query)
        _check_result_format(results, args.format)
        return format_table(results).encode("utf-8") if args.format == "table" else serialize_results(results, args.format)

    out = _interruptible(answer, args.timeout)
    sys.stdout.flush()
    sys.stdout.buffer.write(out if out.endswith(b"\n") or not out else out + b"\n")  # a shell prompt on its own line
    return 0


QUERY_FILE_SUFFIXES = (".rq", ".sparql")
_QUERY_START = re.compile(r"\s*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)  # a query's first word


def _names_a_query_file(text: str) -> bool:
    """Whether the last argument of kg query is a query file's path rather than a query's text."""
    return text.lower().endswith(QUERY_FILE_SUFFIXES) and not any(c.isspace() for c in text)


def _query_file_text(path: str) -> str:
    """The query read from a file (-f, or a path given where the query goes), or a one-line error."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"{path}: cannot read the query ({exc.strerror})")
    except UnicodeDecodeError as exc:
        raise KgError(f"{path}: not a UTF-8 text file (invalid byte at offset {exc.start})")


def _interruptible(work, timeout: float | None):
    """work() run in a daemon thread while this one waits: Oxigraph evaluates a query without
    returning to Python, so on the main thread Ctrl-C would wait for the whole query; here the
    wait is interrupted (exit 130) and the thread dies with the process. Its error is raised here."""
    import threading
    import time

    done: dict = {}

    def run():
        try:
            done["value"] = work()
        except BaseException as exc:  # handed to the main thread without its frames: Oxigraph's results in
            done["error"] = exc.with_traceback(None)  # them may be dropped only on the thread that made them

    thread = threading.Thread(target=run, name="kg-query", daemon=True)
    thread.start()
    deadline = None if timeout is None else time.monotonic() + timeout
    while thread.is_alive():
        thread.join(0.1)
        if deadline is not None and time.monotonic() > deadline and thread.is_alive():
            raise KgError(f"the query ran longer than --timeout {timeout:g} seconds; stopped")
    if "error" in done:
        raise done["error"]
    return done["value"]


def _check_result_format(results, fmt: str) -> None:
    """Refuse a --format the results cannot be written in (rows in Turtle, triples in CSV), before
    anything is printed: triples go out as Turtle or N-Triples, rows as a table or a SPARQL result format."""
    import pyoxigraph as ox

    from kg.rdf.formats import CONSTRUCT_FORMATS, RESULT_FORMATS

    triples = isinstance(results, ox.QueryTriples)
    if fmt == "table" or (fmt in CONSTRUCT_FORMATS) == triples:
        return
    if triples:
        raise KgError(f"--format {fmt} is for SELECT and ASK results; a CONSTRUCT or DESCRIBE query gives triples: "
                      f"leave --format out (Turtle) or give {' or '.join(CONSTRUCT_FORMATS)}")
    raise KgError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; a SELECT or ASK query gives rows: "
                  f"give table (the default), {', '.join(RESULT_FORMATS)}")


def _serve(args) -> int:
    from kg.services.server import sigterm_stops_server

    with sigterm_stops_server():  # before anything is loaded: a worker never outlives the server
        return _serve_until_stopped(args)


def _serve_until_stopped(args) -> int:
    from kg.services.server import Limits, serve
    from kg.services.sparql import load_store, warn_if_no_report_graphs

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port number (0–65535)")
    if not 1 <= args.workers <= 64:
        raise UsageError(f"--workers {args.workers}: give 1 to 64")
    store = load_store(args.graphs)  # bad files are reported here, in one line, before any worker starts
    warn_if_no_report_graphs(store, args.graphs)
    del store  # each worker opens its own
    limits = Limits(args.timeout, int(args.max_result_mb * 1_000_000), args.workers)

    def ready(httpd):
        print(f"SPARQL endpoint: http://{args.host}:{httpd.server_address[1]}/sparql (read-only; Ctrl-C stops)",
              flush=True)

    try:
        serve(args.graphs, args.host, args.port, ready=ready, limits=limits)
    except OSError as exc:
        raise KgError(f"cannot listen on {args.host}:{args.port} ({exc.strerror})")
    return 0


def _push(args) -> int:
    from kg.services.push import check_endpoint, check_graph, push

    try:  # a malformed --endpoint or --graph is a bad value on the command line: exit 2, before anything is read
        check_endpoint(args.endpoint)
        check_graph(args.graph)
    except KgError as exc:
        raise UsageError(str(exc)) from None
    for iri, status in push(args.graphs, args.endpoint, args.graph, timeout=args.timeout):
        print(f"{status} {iri}")
    return 0


def _projects(args) -> int:
    from kg.corpus.history import format_projects, load
    from kg.corpus.inputs import Skipping

    # one input that cannot be read is reported and skipped, as kg build of a folder does
    skipping = Skipping(lambda line: print(f"kg: error: {line}", file=sys.stderr, flush=True))
    store = load(args.inputs, skipping)
    if not skipping.none_read:
        sys.stdout.write(format_projects(store, args.format))
    return skipping.finish()


def _validate(args) -> int:
    from kg.rdf.formats import read_union_graph
    from kg.rdf.validate import validate_graphs
    from kg.services.sparql import graph_paths, is_store, store_graphs

    def graphs():  # a folder stands for its graph files; a store for each report's graph in it
        for p in graph_paths(args.graphs):
            yield from store_graphs(p) if is_store(p) else [(str(p), read_union_graph([p]))]

    results = validate_graphs(graphs())
    for path, violations in results.items():
        if not violations:
            print(f"{path}: valid")
        for v in violations:
            print(f"{path}: {v}")
    bad = {p: v for p, v in results.items() if v}
    if bad:
        count = sum(len(v) for v in bad.values())
        print(f"kg: error: {count} violation{'s' if count > 1 else ''} of ontology/shapes.ttl in "
              f"{len(bad)} of {len(results)} graph{'s' if len(results) > 1 else ''}", file=sys.stderr)
        return 1
    return 0


def _cache(args) -> int:
    from kg import cache_folder
    from kg.files import cache_dir, cache_path

    folder = cache_path()  # looked at, not made: `kg cache` on a new machine says where the cache will be
    if not os.path.lexists(folder):
        there = next(p for p in folder.parents if p.exists())
        if there.is_dir() and os.access(there, os.W_OK | os.X_OK):
            if args.prune or args.clear:
                print("removed 0 entries, 0.0 MB")
            print(f"{folder}: not made yet (nothing cached; the first kg build, extract or eval makes it)")
            return 0
    folder = cache_dir()  # one that cannot be made is said so, as to the commands that need it
    if args.prune or args.clear:
        removed, freed = (cache_folder.prune if args.prune else cache_folder.clear)(folder)
        print(f"removed {removed} entr{'y' if removed == 1 else 'ies'}, {cache_folder.megabytes(freed)}")
    sys.stdout.write(cache_folder.describe(folder))
    elsewhere = cache_folder.extraction_elsewhere()
    if elsewhere is not None:
        print(f"KG_EXTRACTION_CACHE moves the extraction cache to {elsewhere}: not touched here")
    return 0


def _promises(args) -> int:
    from kg.corpus.assessment import run

    return run(args)


def _export(args) -> int:
    from kg.rdf.formats import read_union_graph

    from kg.outputs.property_graph import (check_export_folder, check_ladybug, export_property_graph,
                                           export_property_graph_of_store, load_into_ladybug)
    from kg.services.sparql import graph_paths, is_store, open_store_read_only

    out = Path(args.property_graph)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out}: a file, not a folder: give --property-graph a folder to write the files in")
    check_export_folder(out)  # before any file is written
    if args.ladybug:
        check_ladybug(args.ladybug)  # before any file is written
    graphs = graph_paths(args.graphs)  # a folder stands for its graph files, as in kg query
    stores = [g for g in graphs if is_store(g)]
    opened = [open_store_read_only(store) for store in stores]  # an empty folder, or one of other files, said here
    if stores and len(graphs) > 1:
        raise KgError(f"{stores[0]}: a store (kg build --store) is exported on its own, not with other graphs; "
                      "give the store alone, or the graph files kg build wrote")
    if stores:  # a report's graph at a time: no more than one in memory
        written = export_property_graph_of_store(stores[0], args.property_graph, opened[0])
    else:
        written = export_property_graph(read_union_graph(graphs), args.property_graph)
    for path in written:
        print(path)
    if args.ladybug:
        load_into_ladybug(args.property_graph, args.ladybug)
        print(args.ladybug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
