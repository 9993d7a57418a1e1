"""`kg projects`: each project across a corpus of yearly reports — the years it is spoken of, its
stage in each year, and whether a report announced it and no later report mentions it again.

Reads built graphs (Turtle, TriG, …) or reports (a `.txt` file or a folder of them, built first),
and answers from their union with one SPARQL query over the stage records (`pol:stageRecord`,
kg/resolve/stages.py) and the mentions.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from kg import lexicons

STAGE_ORDER = tuple(row[0] for row in lexicons.rows("text_stage_order.txt"))
FINISHED = ("建成", "投用")  # a project that reached these was not dropped, it was done

# Each OPTIONAL holds one pattern (the next step nested inside it): Oxigraph looks those up per
# row, but evaluates an OPTIONAL of a path or of several patterns over the whole store and joins it
# after (same rows; the samples and Hailar merged: 5.4 -> 0.013 s CPU).
_QUERY = """
PREFIX pol: <https://w3id.org/policy-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?p ?label ?year ?area ?period ?stage ?mode WHERE {
  ?p a pol:Project ; rdfs:label ?label .
  { ?m pol:mentionOf ?p ; pol:report ?rep . ?rep pol:year ?year . OPTIONAL { ?rep pol:area ?area }
    OPTIONAL { ?m pol:section ?ms OPTIONAL { ?ms pol:period ?period } } }
  UNION
  { ?p pol:stageRecord ?r . ?r pol:stage ?stage ; pol:report/pol:year ?year .
    OPTIONAL { ?r pol:period ?period } OPTIONAL { ?r prov:wasDerivedFrom ?rm OPTIONAL { ?rm pol:section ?rs OPTIONAL { ?rs pol:mode ?mode } } } }
}
"""
_YEARS = """
PREFIX pol: <https://w3id.org/policy-kg/ontology#>
SELECT DISTINCT ?year ?area WHERE { ?r a pol:Report ; pol:year ?year OPTIONAL { ?r pol:area ?area } }
"""


@dataclass
class ProjectHistory:
    iri: str
    name: str
    periods: set[int] = field(default_factory=set)  # the years its mentions speak of
    report_years: dict[str, set[int]] = field(default_factory=dict)  # area → the years of its reports that mention it
    stages: dict[int, set[str]] = field(default_factory=dict)  # year → stages the review parts state
    planned: dict[int, set[str]] = field(default_factory=dict)  # year → stages the plan parts set

    @property
    def first_year(self) -> int | None:
        return min(self.periods) if self.periods else None

    @property
    def last_year(self) -> int | None:
        return max(self.periods) if self.periods else None

    def stages_by_year(self) -> str:
        """"2013 开工; 2014 在建/建成; 2015 投用 (planned)": what a plan part sets is marked."""
        out = []
        for y in sorted(set(self.stages) | set(self.planned)):
            done = self.stages.get(y, set())
            out += [f"{y} " + "/".join(s for s in STAGE_ORDER if s in done)] if done else []
            plan = self.planned.get(y, set()) - done
            out += [f"{y} " + "/".join(s for s in STAGE_ORDER if s in plan) + " (planned)"] if plan else []
        return "; ".join(out)

    def dropped(self, last_report_year: dict[str, int]) -> bool:
        """Announced and never mentioned again: in each area whose reports name it, no report after
        the last one that does, though that area's reports go on, and never reported finished. Judged
        per area (the report's pol:area; "" for one that names none): in a corpus of several areas, a
        district's last report is not outlived by another province's later years."""
        finished = any(s in FINISHED for ss in self.stages.values() for s in ss)
        return bool(self.report_years) and not finished and all(
            max(years) < last_report_year.get(area, max(years)) for area, years in self.report_years.items())


def load(paths: list[str], skipping=None):
    """One Oxigraph store from graph files (a file, a folder of them, or a store), and from reports
    (a .txt file or a folder of them) built on the way. With `skipping` (kg.corpus.inputs.Skipping),
    a graph or report that cannot be read or built is reported and skipped, the others are read."""
    import pyoxigraph as ox

    from kg.corpus.inputs import graphs_and_reports
    from kg.services.sparql import load_store

    graphs, reports = graphs_and_reports(paths)
    store = load_store(graphs, skipping=skipping)
    if reports:
        from kg.pipeline import build
        from kg.rdf.vocab import graph_iri

        built = [build(r) for r in reports] if skipping is None else [b for _, b in skipping.read(reports, build)]
        for b in built:
            store.load(input=b.rdf.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(str(graph_iri(b.source.name))))
    return store


_NAMES = """
PREFIX pol: <https://w3id.org/policy-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?p ?name WHERE { ?p a pol:Project . { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name } }
"""


def _bare(name: str) -> str:
    """A trailing 项目 is optional in a project's name (ANNOTATION rule 10)."""
    return name[:-2] if name.endswith("项目") and len(name) > 4 else name


def same_projects(store) -> dict[str, str]:
    """Project IRI → one IRI for all the nodes that share a name or alias: the same project as
    different reports name it ("万家惠农贸市场项目" one year, "万家惠农贸市场" the next). A name only
    unique near home (its IRI scoped by an area, kg.resolve.entities._entity_scope) meets the same name in
    that area, or a proper name that is one everywhere."""
    from kg.services.sparql import run_query
    from kg.text.names import LINE_NUMBER  # a listed rail line's number: its alias, no name alone

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    names = [(sol["p"].value, _bare(sol["name"].value)) for sol in run_query(store, _NAMES)
             if not LINE_NUMBER.fullmatch(sol["name"].value)]
    scoped = {iri for iri, _ in names if iri.split("/project/", 1)[-1].count("/")}
    everywhere = {}
    for iri, name in sorted(names):
        if iri not in scoped:
            union(iri, everywhere.setdefault(name, iri))
    near: dict[tuple[str, str], str] = {}
    for iri, name in sorted(names):
        if iri in scoped:
            union(iri, near.setdefault((iri.rsplit("/", 1)[0], name), iri))
            if name in everywhere:
                union(iri, everywhere[name])
    return {iri: find(iri) for iri, _ in names}


def histories(store) -> tuple[list[ProjectHistory], int | None]:
    """Every project with its years and stages, sorted by first year and name; and each area's
    latest report year (area IRI, "" for reports naming none → year)."""
    from kg.services.sparql import run_query

    root = same_projects(store)
    by_root: dict[str, ProjectHistory] = {}
    for sol in run_query(store, _QUERY):
        iri = sol["p"].value
        h = by_root.setdefault(root.get(iri, iri), ProjectHistory(iri, sol["label"].value))
        if (len(sol["label"].value), sol["label"].value) > (len(h.name), h.name):
            h.iri, h.name = iri, sol["label"].value  # the fullest name the reports give it
        year = int(sol["year"].value[:4])
        period = int(sol["period"].value[:4]) if sol["period"] is not None else year
        if sol["stage"] is not None:
            planned = sol["mode"] is not None and sol["mode"].value == "plan"
            (h.planned if planned else h.stages).setdefault(period, set()).add(sol["stage"].value)
        else:
            h.periods.add(period)
            h.report_years.setdefault(_area(sol), set()).add(year)
    last: dict[str, int] = {}
    for sol in run_query(store, _YEARS):
        last[_area(sol)] = max(last.get(_area(sol), 0), int(sol["year"].value[:4]))
    out = sorted(by_root.values(), key=lambda h: (h.first_year or 0, h.name, h.iri))
    return out, last


def _area(sol) -> str:
    """A solution's report area (its IRI), "" where the report names none."""
    return sol["area"].value if sol["area"] is not None else ""


COLUMNS = ("project", "first year", "last year", "stages by year", "announced, not mentioned again")


def rows(store) -> list[list[str]]:
    hs, last = histories(store)
    return [[h.name, str(h.first_year or ""), str(h.last_year or ""), h.stages_by_year(),
             "yes" if h.dropped(last) else ""] for h in hs]


def format_projects(store, fmt: str = "table") -> str:
    from kg.services.sparql import text_table

    body = rows(store)
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(body)
        return out.getvalue()
    return text_table(list(COLUMNS), body)
