"""The interactive network page: one self-contained HTML file that works offline.

We own the template (kg/templates/page.html) rather than use pyvis's: its `in_line` mode still
links bootstrap from a CDN, `local` fetches vis-network, and `write_html` writes in the platform's
encoding. We take the vis-network build that the pyvis package ships, inline it, embed the graph as
JSON (with <, > and & escaped so no report text can close the script element), and render every
string from the report with textContent, never as HTML.
"""
from __future__ import annotations

import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

from kg.config import PAGE_OPENING
from kg.files import write_atomic
from kg.outputs.network import Network

STYLE = {
    "types": {
        "Project": {"label": "项目 Project", "color": "#f28e2b", "border": "#b5651d", "shape": "dot"},
        "Place": {"label": "地点 Place", "color": "#4e79a7", "border": "#2c4f75", "shape": "triangle"},
        "Organization": {"label": "机构 Organization", "color": "#59a14f", "border": "#356b2f", "shape": "square"},
        "Indicator": {"label": "指标 Indicator", "color": "#b07aa1", "border": "#7a4c6f", "shape": "diamond"},
    },
    "relations": {
        "locatedIn": {"label": "位于 located in", "color": "#4e79a7", "dashes": False},
        "participatesIn": {"label": "参与 takes part in", "color": "#59a14f", "dashes": False},
        "partOf": {"label": "隶属 part of", "color": "#999999", "dashes": True},
        "measuredIn": {"label": "统计于 measured in", "color": "#b07aa1", "dashes": True, "quiet": True},
    },
}
# One colour per section theme (kg/lexicons/section_themes.tsv), for "colour by theme".
THEME_COLOURS = ["#e15759", "#f28e2b", "#4e79a7", "#59a14f", "#edc948", "#b07aa1", "#76b7b2", "#9c755f", "#ff9da7", "#bab0ac"]


def _vis_assets() -> tuple[str, str]:
    # found without importing pyvis, whose import pulls in IPython (~0.3 s for two files we read)
    spec = importlib.util.find_spec("pyvis")
    lib = Path(spec.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# Types a page opens without when it opens on its structure (kg.config.PageOpeningLimits).
OPENING_HIDDEN_TYPES = ("Indicator",)


def structure(net: Network) -> int:
    """How many nodes of the types a page opens on are linked to another such node: what is left
    on screen when those types are shown and isolated nodes hidden."""
    return len(net.linked({n for n, attrs in net.nodes.items() if attrs.get("type") not in OPENING_HIDDEN_TYPES}))


def opening(net: Network) -> dict:
    """What a page opens on, the same for one report and for several merged: its linked projects,
    places and organizations (indicators and isolated nodes hidden, brought back by the legend and
    the "hide isolated nodes" toggle) when there are PAGE_OPENING.structure_min of them; else every
    node, grouped by the part of the report it comes from."""
    if structure(net) >= PAGE_OPENING.structure_min:
        return {"hide_isolated": True, "hidden_types": list(OPENING_HIDDEN_TYPES), "grouped": False}
    return {"hide_isolated": False, "hidden_types": [], "grouped": True}


def render_page(net: Network, title: str, promises: list[dict] | None = None) -> str:
    """The page of a network (one report's, or several merged); `promises`
    (kg.corpus.assessment.page_data) adds the targets-and-results panel with a small chart per
    indicator."""
    from kg.outputs.network import themes

    nodes = []
    for node_id in sorted(net.nodes):
        nodes.append({"id": node_id, **net.nodes[node_id]})
    edges = [{"from": s, "to": o, "relation": d["relation"]}
             for (s, o, _), d in sorted(net.edges.items(), key=lambda e: (e[0][0], e[0][1], e[1]["relation"]))]
    data = {"title": title, "nodes": nodes, "edges": edges, "style": STYLE,
            "large": len(nodes) > PAGE_OPENING.large_graph, "min_degree": 0, **opening(net),
            "themes": [{"id": t["id"], "label": t["label"], "color": THEME_COLOURS[i % len(THEME_COLOURS)]}
                       for i, t in enumerate(themes())],
            "promises": promises or []}
    payload = _script_safe(json.dumps(data, ensure_ascii=False, sort_keys=True))
    js, css = _vis_assets()
    template = (resources.files("kg") / "templates" / "page.html").read_text(encoding="utf-8")
    # The vis bundle is inlined verbatim; make sure it cannot end our script element early.
    js = js.replace("</script", "<\\/script")
    # One pass, so a placeholder's name inside report text (a title "__DATA__") is never replaced.
    parts = {"__TITLE__": _html_escape(title), "__VIS_CSS__": css, "__DATA__": payload, "__VIS_JS__": js}
    return re.sub("__TITLE__|__VIS_CSS__|__DATA__|__VIS_JS__", lambda m: parts[m.group()], template)


def write_page(net: Network, title: str, path: str | Path, promises: list[dict] | None = None) -> Path:
    return write_atomic(path, render_page(net, title, promises))
