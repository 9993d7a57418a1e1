"""A project's stage per year, for a corpus of yearly reports: the stage each mention was given
(kg.extract.attributes sets `stage` on project mentions) with the year it is about. The year is the
year of the report's part the sentence is in: the review part of the 2016 report speaks of 2015,
its plan part of 2016.
"""
from __future__ import annotations

from kg.model import PROJECT, Document, StageRecord


def stage_records(doc: Document, entities: dict) -> list[StageRecord]:
    """One record per project, stage and year, from the first mention that states it."""
    out: list[StageRecord] = []
    seen: set[tuple[str, str, int | None]] = set()
    for key in sorted(entities):
        e = entities[key]
        if e.type != PROJECT:
            continue
        for m in sorted(e.mentions, key=lambda m: m.start):
            stage = m.attrs.get("stage")
            if stage is None:
                continue
            period = doc.section(doc.sentences[m.sentence].section).year or doc.year
            if (key, stage, period) not in seen:
                seen.add((key, stage, period))
                out.append(StageRecord(key, stage, period, m))
    return out
