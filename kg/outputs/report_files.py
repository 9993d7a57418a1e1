"""Stage 6 — what `kg build` writes: RDF in the chosen formats and the page, each atomically.

(`kg export`, for property-graph databases, is kg.outputs.property_graph.)
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.rdf.formats import EXTENSIONS, ReportRdf
from kg.files import WriteError, failure_reason, make_folder, staging_folder, write_atomic


def write_outputs(rdf: ReportRdf, title: str, out_dir: Path, page: bool = True,
                  formats: tuple[str, ...] = ("ttl",), screenshot: bool = False) -> list[Path]:
    """The report's files: each format from its triples, the page (titled `title`) from its graph,
    and with `screenshot` a PNG of the page. All or none: every file is first written into a
    private folder beside the outputs, under its own name (Chromium reads the staged page as HTML),
    and moved over the previous run's files only when all were made; when one cannot be made, the
    folder is removed and the previous run's set stays whole. A build killed
    before it could remove its folder leaves it; the next build of the report removes it
    (kg.files.staging_folder)."""
    out_dir = make_folder(out_dir)
    try:
        return _stage_and_move(rdf, title, out_dir, page, formats, screenshot)
    except OSError as exc:  # named as the first file asked for, not the hidden folder it was staged in
        raise WriteError(out_dir / f"{rdf.name}{EXTENSIONS[formats[0]]}", failure_reason(exc)) from exc


def _stage_and_move(rdf: ReportRdf, title: str, out_dir: Path, page: bool, formats: tuple[str, ...],
                    screenshot: bool) -> list[Path]:
    with staging_folder(out_dir, rdf.name) as stage:  # removes the stale ones a killed build left
        staged = [write_atomic(stage / f"{rdf.name}{EXTENSIONS[fmt]}", rdf.serialize(fmt)) for fmt in formats]
        if page:  # the page's view and template only when a page is written
            from kg.outputs.network import network_view
            from kg.outputs.page import write_page

            html = write_page(network_view(rdf.index()), title, stage / f"{rdf.name}.html")
            staged.append(html)
            if screenshot:
                from kg.outputs.screenshot import write_screenshot

                staged.append(write_screenshot(html, html.with_suffix(".png")))
        paths = [out_dir / path.name for path in staged]
        for path, final in zip(staged, paths):  # one file system: each rename is atomic
            os.replace(path, final)
        return paths
