"""Links opened between capital markets, named as the genre writes them (project_market_links.txt):
"“沪港通”试点启动", "适时启动“深港通”", "沪港通、深港通、债券通相继启动". Each is one programme the
report starts or extends: a project (the annotators' convention for markets opened, tests/real/README.md).
The name stands alone: a list mark, a clause's end, a closing quote, a conjunction or a word of its
launch follows it; a name running on into a longer word ("深港通关便利化": customs clearance, "沪港通道")
is none."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import PROJECT, Mention, SentenceContext
from kg.extract.registry import component

_FILE = "project_market_links.txt"
# what may follow a link's name: a closing quote, a list mark, a clause's end, a conjunction
_AFTER = "”、，。；,;和及等"


@functools.lru_cache(maxsize=1)
def _link_name() -> re.Pattern[str]:
    parts = {k: v.split() for k, v in lexicons.mapping(_FILE).items()}
    pairs = f"[{''.join(parts['exchange'])}][{''.join(parts['partner'])}]"
    instruments = "|".join(map(re.escape, parts["instrument"]))
    return re.compile(f"(?:{pairs}|{instruments})通")


@functools.lru_cache(maxsize=1)
def _launch_words() -> tuple[str, ...]:
    """The words of a link's launch written right after its name (project_market_links.txt, `launch`)."""
    return tuple(lexicons.mapping(_FILE)["launch"].split())


@component("market_links", reads=(PROJECT,), assigns=(PROJECT,), needs=("通",))
def extract_market_links(ctx: SentenceContext) -> list[Mention]:
    """Each link's name that stands alone and opens a word (no longer word ends inside it)."""
    text, out = ctx.text, []
    for m in _link_name().finditer(text):
        a, b = m.span()
        if b < len(text) and text[b] not in _AFTER and not text.startswith(_launch_words(), b):
            continue
        if a > 0 and a not in ctx.token_start_set or ctx.taken(a, b, (PROJECT,)):
            continue
        out.append(ctx.mention(PROJECT, a, b, source="market_link"))
    return out
