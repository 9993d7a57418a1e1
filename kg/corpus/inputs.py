"""What the corpus commands (`kg projects`, `kg promises`, the API's promises) read: graph files
as they are, reports (.txt, .pdf, .docx, .doc, .wps: REPORT_SUFFIXES) built on the way, and folders standing for either."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from kg.errors import KgError

T = TypeVar("T")
R = TypeVar("R")


def graphs_and_reports(paths: list[str | Path]) -> tuple[list[Path], list[Path]]:
    """The graph files and the reports of a command's inputs. A file is a graph by its extension,
    else a report; a folder stands for the graphs in it or, when it holds none, its reports (the
    output folder of `kg build` and a folder of reports both work), or is a store written by `kg
    build --store` (kg.services.sparql.store_began_in: opened by its reader); a folder of none of
    these (empty, or a stray file named as a store's) is refused, naming what to give."""
    from kg.rdf.formats import graph_extensions, graph_files_in, is_graph_file
    from kg.services.sparql import store_began_in
    from kg.text.containers import REPORT_SUFFIXES, report_files_in

    graphs: list[Path] = []
    reports: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise KgError(f"{p}: no such file or folder")
        if not p.is_dir():
            (graphs if is_graph_file(p) else reports).append(p)
            continue
        inside = graph_files_in(p)
        found = [] if inside else report_files_in(p)
        if inside:
            graphs.extend(inside)
        elif found:
            reports.extend(found)
        elif store_began_in(p):
            graphs.append(p)
        else:
            raise KgError(f"{p}: no graphs ({graph_extensions()}) or reports ({', '.join(REPORT_SUFFIXES)}) in this folder, "
                           "and no store (kg build --store)")
    return graphs, reports


class Skipping:
    """A corpus command's inputs read one by one, as `kg build` of a folder reads its reports: one
    that cannot be read or built (empty, not UTF-8, not RDF, a bug on its text) is reported on one
    line through `echo` and skipped, the others are read; `failed` of `total` say how many, and
    `all_reports` whether every input was a report (a file not a graph, as graphs_and_reports
    tells them) and so the closing line may call them reports."""

    def __init__(self, echo: Callable[[str], None]):
        self.echo = echo
        self.total = 0
        self.failed = 0
        self.all_reports = True

    def read(self, items: Iterable[T], read: Callable[[T], R]) -> Iterator[tuple[T, R]]:
        """(item, read(item)) for each item that reads; the error of one that does not is echoed."""
        for item in items:
            self.total += 1
            self.all_reports = self.all_reports and _is_report(item)
            try:
                yield item, read(item)
            except KgError as exc:
                self.skip(str(exc))
            except OSError as exc:
                self.skip(f"{exc.filename or item}: {exc.strerror or exc}")
            except Exception as exc:  # a bug on one report must not stop the others (KG_DEBUG=1 raises it)
                if os.environ.get("KG_DEBUG"):
                    raise
                self.skip(f"{item}: internal error ({type(exc).__name__}: {exc})")

    def skip(self, message: str) -> None:
        self.failed += 1
        self.echo(" ".join(message.split()))  # one line

    @property
    def none_read(self) -> bool:
        """Every input failed: the command writes nothing (an empty table would say "no projects")."""
        return self.failed > 0 and self.failed == self.total

    def finish(self) -> int:
        """The command's exit code, 1 when some input failed; of several, the closing line says
        how many, worded as `kg build` words it where every input was a report ("2 of 4 reports
        failed"), else "inputs" (graph files, or graphs and reports)."""
        if self.failed and self.total > 1:
            self.echo(f"{self.failed} of {self.total} {'reports' if self.all_reports else 'inputs'} failed")
        return 1 if self.failed else 0


def _is_report(item: object) -> bool:
    """A report is a file that is not a graph (graphs_and_reports's test); a graph file, a store's
    folder or anything else is not."""
    from kg.rdf.formats import is_graph_file

    return isinstance(item, Path) and not item.is_dir() and not is_graph_file(item)
