"""Stage 6 — writing a build: Turtle and the page, each atomically."""
from __future__ import annotations

from pathlib import Path

from .network import to_networkx
from .output import write_atomic
from .page import write_page
from .pipeline import Build
from .rdfgraph import to_turtle


def write_outputs(b: Build, out_dir: Path, page: bool = True) -> list[Path]:
    name = b.source.name
    paths = [write_atomic(out_dir / f"{name}.ttl", to_turtle(b.rdf))]
    if page:
        title = b.doc.title or (f"{b.doc.area}政府工作报告" if b.doc.area else name)
        paths.append(write_page(to_networkx(b.rdf), title, out_dir / f"{name}.html"))
    return paths
