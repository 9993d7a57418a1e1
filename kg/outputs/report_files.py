"""Stage 6 — what `kg build` writes: RDF in the chosen formats and the page, each atomically.

(`kg export`, for property-graph databases, is kg.outputs.property_graph.)
"""
from __future__ import annotations

from pathlib import Path

from kg.rdf.formats import EXTENSIONS, ReportRdf
from kg.files import write_atomic


def write_outputs(rdf: ReportRdf, title: str, out_dir: Path, page: bool = True,
                  formats: tuple[str, ...] = ("ttl",)) -> list[Path]:
    """The report's files: each format from its triples, the page (titled `title`) from its graph.
    All or none: when one cannot be made (an error in a later format or the page), the files
    already written for this report are removed, so a failed report leaves no partial set."""
    paths: list[Path] = []
    try:
        for fmt in formats:
            paths.append(write_atomic(out_dir / f"{rdf.name}{EXTENSIONS[fmt]}", rdf.serialize(fmt)))
        if page:  # the page's view and template only when a page is written
            from kg.outputs.network import network_view
            from kg.outputs.page import write_page

            paths.append(write_page(network_view(rdf.index()), title, out_dir / f"{rdf.name}.html"))
    except BaseException:
        for path in paths:
            path.unlink(missing_ok=True)
        raise
    return paths
