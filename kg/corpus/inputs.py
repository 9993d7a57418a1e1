"""What the corpus commands (`kg projects`, `kg promises`, the API's promises) read: graph files
as they are, reports (.txt) built on the way, and folders standing for either."""
from __future__ import annotations

from pathlib import Path

from kg.errors import KgError


def graphs_and_reports(paths: list[str | Path], stores: bool = False) -> tuple[list[Path], list[Path]]:
    """The graph files and the reports of a command's inputs. A file is a graph by its extension,
    else a report; a folder stands for the graphs in it or, when it holds none, its reports (the
    output folder of `kg build` and a folder of reports both work); with `stores`, a folder that
    holds neither is taken as a store written by `kg build --store` (opened by its reader)."""
    from kg.rdf.formats import is_graph_file

    graphs: list[Path] = []
    reports: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise KgError(f"{p}: no such file or folder")
        if not p.is_dir():
            (graphs if is_graph_file(p) else reports).append(p)
            continue
        inside = sorted(f for f in p.iterdir() if f.is_file() and is_graph_file(f))
        txt = [] if inside else sorted(p.glob("*.txt"))
        if inside:
            graphs.extend(inside)
        elif txt:
            reports.extend(txt)
        elif stores:
            graphs.append(p)
        else:
            raise KgError(f"{p}: no graphs (.ttl, .nt, .trig, .jsonld) or reports (.txt) in this folder")
    return graphs, reports
