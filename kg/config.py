"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. A rule reads its numbers from here, so a threshold is changed (and reviewed)
as data, not found in the middle of a function."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- task R: attributes and resolution

@dataclass(frozen=True)
class ProjectAttributeLimits:
    """How near its name a project's investment and stage word must be (characters of its sentence)."""

    investment_gap: int = 3  # "总投资X亿元" ends this close before the name or starts this close after it
    stage_after: int = 8  # a stage word in the first characters of the clause after the (list of) name(s)
    stage_before: int = 6  # … or in the last characters of the clause before it ("加快建设P")


PROJECT_ATTRIBUTE_LIMITS = ProjectAttributeLimits()


@dataclass(frozen=True)
class RelationLimits:
    """How far apart, in characters of a clause, the words of a relation may stand."""

    min_name: int = 2  # a place's or organization's name (or a stem of one) found inside a project's name
    build_window: int = 8  # "在X" then a build verb within this many characters: the projects after it are in X
    frame_window: int = 4  # "X的领导下…": a frame word this close after the organization (its clause is no cue)
    agent_gap: int = 5  # "X投资建设P": the organization's own verb starts within this many characters after it
    agent_reach: int = 12  # … and at most this many characters stand between it and the project (or the clause end)
    signed_window: int = 6  # "X…P签约": the signing word within this many characters after the last of them


RELATIONS = RelationLimits()


@dataclass(frozen=True)
class EntityLimits:
    """Names becoming entities."""

    slug_chars: int = 12  # hex digits of a name's SHA-1 in its IRI (a change changes every IRI)
    abbreviation_min: int = 2  # the shortest name that may abbreviate another ("烟厂")
    abbreviation_gap: int = 6  # "烟厂" abbreviates "黔江卷烟厂": the full name is at most this much longer


ENTITIES = EntityLimits()
