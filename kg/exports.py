"""Stage 6 — writing builds: RDF in the chosen formats and the page, each atomically."""
from __future__ import annotations

from pathlib import Path

from .formats import EXTENSIONS, serialize, union
from .network import to_networkx
from .output import write_atomic
from .page import write_page
from .pipeline import Build


def page_title(b: Build) -> str:
    return b.doc.label


def write_outputs(b: Build, out_dir: Path, page: bool = True, formats: tuple[str, ...] = ("ttl",)) -> list[Path]:
    name = b.source.name
    paths = [write_atomic(out_dir / f"{name}{EXTENSIONS[fmt]}", serialize(fmt, {name: b.rdf})) for fmt in formats]
    if page:
        paths.append(write_page(to_networkx(b.rdf), page_title(b), out_dir / f"{name}.html"))
    return paths


def write_merged(builds: list[Build], out_dir: Path, name: str, page: bool = True,
                 formats: tuple[str, ...] = ("ttl",)) -> list[Path]:
    """Several reports as one graph: TriG keeps one named graph per report; the other formats and
    the page hold their union (the same entity is one node, by its stable IRI)."""
    from . import assessment

    graphs = {b.source.name: b.rdf for b in builds}
    # each year's targets beside the next report's results, as pol:Assessment nodes (in TriG
    # their own named graph, "promises"); none when no report reviews another's year
    rows = assessment.promises(union(graphs))
    if rows:
        graphs[assessment.GRAPH_NAME] = assessment.to_rdf(rows)
    paths = [write_atomic(out_dir / f"{name}{EXTENSIONS[fmt]}", serialize(fmt, graphs)) for fmt in formats]
    if page:
        titles = "、".join(page_title(b) for b in builds)
        paths.append(write_page(to_networkx(union(graphs)), titles, out_dir / f"{name}.html",
                                promises=assessment.page_data(rows), merged=True))
    return paths
