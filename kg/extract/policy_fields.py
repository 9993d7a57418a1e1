"""Policy fields the genre lists as fields of work ("支持城市更新、产业升级等领域项目建设", "推动数字
经济、城市更新等企业发展"): the list rules may take an item for a company or a works; an organization
or a project named by one of genre_policy_fields.txt alone names nothing and is dropped once the
report is read (a report filter: several list rules find such items, each by its own reading)."""
from __future__ import annotations

from kg import lexicons
from kg.extract.base import ORG, PROJECT, Mention, SentenceContext


def policy_field_mentions(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The organizations and projects a sentence kept whose whole name is a policy field ("城市更新")."""
    fields = lexicons.word_set("genre_policy_fields.txt")
    return [m for m in found if m.type in (ORG, PROJECT) and m.text in fields]

