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


PROJECT_ATTRIBUTES = ProjectAttributeLimits()
