"""Ports a sentence makes a party or a route's end, which are no works (project_port_party_words.txt).

A port found as a project by its head ("某某港") is a place where it stands right before 与, alone or
as the last of a list of ports (a partner: "推动甲港、乙港与某某港口集团一体化运营"), or right after 至/到
(the end of a route: "开通至某某港的集装箱班轮"): the project mention is dropped."""
from __future__ import annotations

from kg import lexicons
from kg.extract.base import PROJECT, Mention, SentenceContext, last_listed

_FILE = "project_port_party_words.txt"


def ports_as_parties(ctx: SentenceContext, found: list[Mention]) -> list[Mention]:
    """The projects named by a port's head right before 与 (after the list of ports they stand in) or
    right after 至/到."""
    roles = lexicons.roles(_FILE)
    ports = {m.local_start: m for m in found if m.type == PROJECT and m.text.endswith(roles["head"])}
    joiners = [w for w in lexicons.words("resolve_list_joiners.txt") if w not in roles["after"]]
    out = []
    for m in ports.values():
        last = last_listed(ctx.text, m, ports, joiners)
        if ctx.text.startswith(roles["after"], last.local_end) or ctx.text.endswith(roles["before"], 0, m.local_start):
            out.append(m)
    return out
