"""Stage 6 — what `kg build` writes: RDF in the chosen formats and the page, each atomically.

(`kg export`, for property-graph databases, is kg.outputs.property_graph.)
"""
from __future__ import annotations

from pathlib import Path

from kg.rdf.formats import EXTENSIONS, serialize
from kg.files import write_atomic
from kg.pipeline import Build


def page_title(b: Build) -> str:
    return b.doc.label


def write_outputs(b: Build, out_dir: Path, page: bool = True, formats: tuple[str, ...] = ("ttl",)) -> list[Path]:
    name = b.source.name
    paths = [write_atomic(out_dir / f"{name}{EXTENSIONS[fmt]}", serialize(fmt, {name: b.rdf})) for fmt in formats]
    if page:  # networkx and the page's template only when a page is written
        from kg.outputs.network import to_networkx
        from kg.outputs.page import write_page

        paths.append(write_page(to_networkx(b.rdf), page_title(b), out_dir / f"{name}.html"))
    return paths
