"""Shared fixtures: the sample reports and gold files from ../shared, built once per session."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SEEDS = ROOT / "seeds"
GOLD = SHARED / "gold"
HAILAR = SHARED / "corpus" / "hailar"


@pytest.fixture(scope="session", autouse=True)
def private_extraction_cache(tmp_path_factory):
    """Builds of several reports cache their extraction: in a folder of the test session's own,
    not the user's cache (the kg processes the tests start inherit it)."""
    previous = os.environ.get("KG_EXTRACTION_CACHE")
    os.environ["KG_EXTRACTION_CACHE"] = str(tmp_path_factory.mktemp("extraction-cache"))
    yield
    if previous is None:
        os.environ.pop("KG_EXTRACTION_CACHE", None)
    else:
        os.environ["KG_EXTRACTION_CACHE"] = previous


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: tests read the shared data from ../shared (set KG_SHARED)")
    return path


@pytest.fixture(scope="session")
def qianjiang():
    from kg.pipeline import build

    return build(SEEDS / "qianjiang-2019.txt")


@pytest.fixture(scope="session")
def yixian():
    from kg.pipeline import build

    return build(SEEDS / "yixian-2019.txt")


@pytest.fixture(scope="session")
def guangdong():
    from kg.pipeline import build

    return build(SEEDS / "guangdong-2026.txt")


@pytest.fixture(scope="session")
def national():
    from kg.pipeline import build

    return build(SEEDS / "national-2017.txt")


def page_year(tmp_path: Path, text: str) -> int | None:
    """The year a page of `text` is dated as the report of (kg.text.document)."""
    from kg.text.document import parse_document
    from kg.text.reading import read_source
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return parse_document(read_source(path)).year


def report_mentions(tmp_path: Path, head: str, *lines: str) -> list:
    """The mentions extracted from a small report of its own: a title `head` (which sets the report's
    own area) and the sentences of the genre under test, one a line."""
    from kg.extract import extract_mentions
    from kg.text.document import parse_document
    from kg.text.reading import read_source

    path = tmp_path / "report.txt"
    path.write_text("\n".join((head,) + lines) + "\n", encoding="utf-8")
    return extract_mentions(parse_document(read_source(path)))


def real_observations(tmp_path: Path, part: str, report: str, marker: str) -> set[tuple[str, str]]:
    """(indicator, value) of each observation found in the sentence of tests/real/`report`.txt that
    holds `marker` (to its 。 or ；, as the file writes it), read under the report's title and a part
    heading `part` (which dates it)."""
    import re

    text = (ROOT / "tests" / "real" / f"{report}.txt").read_text(encoding="utf-8")
    found = re.search(rf"[^。；\n]*{re.escape(marker)}[^。；\n]*[。；]", text)
    assert found, marker
    mentions = report_mentions(tmp_path, text.splitlines()[0], part, found.group(0))
    return {(m.attrs["indicator"], m.attrs["value"]) for m in mentions if m.type == "Observation"}


def observation_rows(tmp_path: Path, head: str, body: str) -> list[tuple]:
    """Each observation found in a small report (`report_mentions`: its title `head`, the salutation,
    then `body`) as (indicator, value, unit, status, period)."""
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["status"], m.attrs["period"])
            for m in report_mentions(tmp_path, head, "各位代表:", body) if m.type == "Observation"]


def names_of(mentions, kind: str) -> set[str]:
    """The texts of the mentions of one type ("Place", kg.model.PLACE) among `mentions`."""
    return {m.text for m in mentions if m.type == kind}


def names_by_type(mentions) -> dict[str, set[str]]:
    """type → the texts of the mentions of that type among `mentions`."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.type, set()).add(m.text)
    return out


def entity_names(report, kind: str) -> set[str]:
    """The names of the entities of one type of a built report (`kg.pipeline.build(path).report`)."""
    return {e.name for e in report.entities.values() if e.type == kind}


def report_place_aliases(tmp_path: Path, head: str, *lines: str) -> dict[str, set[str]]:
    """name → aliases of every place entity of such a small report (`report_mentions`), resolved."""
    from kg.extract import extract_mentions
    from kg.resolve.entities import build_graph
    from kg.text.document import parse_document
    from kg.text.reading import read_source

    path = tmp_path / "report.txt"
    path.write_text("\n".join((head,) + lines) + "\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    g = build_graph(doc, extract_mentions(doc))
    return {e.name: set(e.aliases) for e in g.entities.values() if e.type == "Place"}


def report_pairs(tmp_path: Path, head: str, *lines: str) -> set[tuple[str, str]]:
    """The (type, text) of every mention of such a small report (`report_mentions`)."""
    return {(m.type, m.text) for m in report_mentions(tmp_path, head, *lines)}


def report_names(tmp_path: Path, kind: str, head: str, *lines: str) -> set[str]:
    """The texts of the mentions of one type in such a small report (`report_mentions`)."""
    return names_of(report_mentions(tmp_path, head, *lines), kind)


def plan_entities(tmp_path: Path, kind: str, line: str):
    """The names of the entities of one type (resolved: kg.resolve drops what names no works) that a
    small provincial report builds from `line`, read in its plan part (二、…重点工作)."""
    from kg.pipeline import build
    path = tmp_path / "report.txt"
    path.write_text("2026年某省政府工作报告\n二、2026年重点工作\n" + line + "\n", encoding="utf-8")
    return entity_names(build(path).report, kind)


def province_orgs(tmp_path: Path, *lines: str) -> set[str]:
    """The organizations of a small provincial report of these lines (`report_names`)."""
    return report_names(tmp_path, "Organization", "某省人民政府工作报告", *lines)


def review_mentions(tmp_path: Path, sentence: str, title: str = "市政府工作报告") -> list:
    """The mentions of one sentence, read in the review part (一、工作回顾) of a report titled `title`."""
    return report_mentions(tmp_path, title, "", "一、工作回顾", "", sentence)


def review_names(tmp_path: Path, kind: str, sentence: str, title: str = "市政府工作报告") -> set[str]:
    """The texts of the mentions of one type of such a sentence (`review_mentions`)."""
    return names_of(review_mentions(tmp_path, sentence, title), kind)


def review_projects(tmp_path: Path, sentence: str, title: str = "市政府工作报告") -> set[str]:
    """The texts of the projects of such a sentence (`review_mentions`)."""
    return review_names(tmp_path, "Project", sentence, title)


def assert_found(got: set[str], found, not_found) -> None:
    """`got` holds every name of `found` and none of `not_found`, with the difference in the message."""
    assert set(found) <= got, f"missing {set(found) - got} in {got}"
    assert not set(not_found) & got, f"wrongly found {set(not_found) & got}"


def review_graph(tmp_path: Path, sentence: str, head: str) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """The whole pipeline on one sentence of a report's review part titled `head`: the names of its
    projects and organizations, and its participatesIn links (organization, project)."""
    from kg.model import ORG, PROJECT
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n一、2023年工作回顾\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    projects, orgs = entity_names(report, PROJECT), entity_names(report, ORG)
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "participatesIn"}
    return projects, orgs, links


def review_orgs_and_links(tmp_path: Path, sentence: str, head: str) -> tuple[set[str], set[tuple[str, str]]]:
    """`review_graph` without the projects: the organizations and the participatesIn links."""
    _, orgs, links = review_graph(tmp_path, sentence, head)
    return orgs, links


def real_sentence(report: str, words: str) -> str:
    """The sentence of tests/real/<report>.txt that holds `words`, as the report writes it."""
    text = (ROOT / "tests" / "real" / f"{report}.txt").read_text(encoding="utf-8")
    found = [s for s in re.split(r"(?<=[。；！？])", text) if words in s]
    assert found, (report, words)
    return found[0].strip()


def review_located(tmp_path: Path, text: str, head: str) -> set[tuple[str, str]]:
    """The whole pipeline on the text of a report's review part titled `head`: its locatedIn links
    (project, place) by the entities' names."""
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n一、工作回顾\n\n{text}\n", encoding="utf-8")
    report = build(path).report
    return {(report.entities[r.subject].name, report.entities[r.object].name)
            for r in report.relations if r.kind == "locatedIn"}


def example_query(file: str, line: str, value: str) -> str:
    """An example query with the quoted value of its VALUES `line` (as shipped) set to `value`."""
    query = (ROOT / "ontology" / "queries" / file).read_text(encoding="utf-8")
    assert query.count(line) == 1, (file, line)
    return query.replace(line, line.split("{")[0] + '{ "%s" }' % value)


def history_query(word: str) -> str:
    """Query 11 (a project's history) for the projects whose name holds `word` ("" for every one)."""
    return example_query("11-project-history.rq", 'VALUES ?word { "中学" }', word)


def indicator_query(name: str) -> str:
    """Query 09 (one national indicator across reports) for the standard indicator `name` ("" for every one)."""
    return example_query("09-indicator-across-reports.rq", 'VALUES ?name { "地区生产总值" }', name)


def actuals_query(name: str) -> str:
    """Query 02 (actuals beside the next year's targets) for the indicator `name`, as written or
    by its standard name ("" for every indicator)."""
    return example_query("02-actuals-vs-targets.rq", 'VALUES ?name { "地区生产总值" }', name)


def source_query(*statuses: str, year: str = "") -> str:
    """Query 05 (the source of a fact) for the observations of these statuses ("actual" as shipped;
    "actual", "target" for every observation) and of `year` ("2018" as shipped; "" for every year)."""
    query = example_query("05-source-of-a-fact.rq", 'VALUES ?year { "2018" }', year)
    line = 'VALUES ?status { "actual" }'
    assert query.count(line) == 1
    return query.replace(line, "VALUES ?status { %s }" % " ".join(f'"{s}"' for s in statuses))


def bounded_query(name: str) -> str:
    """Query 06 (targets with a bound) for the indicator `name`, as written or by its standard
    name ("" for every indicator)."""
    return example_query("06-bounded-targets.rq", 'VALUES ?name { "地区生产总值" }', name)


def review_places_and_links(tmp_path: Path, head: str, sentence: str, part: str = "一、2022年工作回顾"):
    """The place entities' names and the locatedIn links (works' name, place's name) that the whole
    pipeline builds from one `sentence` in the review part `part` of a small report titled `head`."""
    from kg.pipeline import build
    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n{part}\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    links = {(report.entities[r.subject].name, report.entities[r.object].name)
             for r in report.relations if r.kind == "locatedIn"}
    return entity_names(report, "Place"), links
