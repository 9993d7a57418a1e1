"""A works named only by its kind after an ordinal of firsts or a superlative ("全国首个大宗商品资源配置
枢纽落地浙江", "全球首个6G外场试验网成功搭建", "全国最大容量LNG储罐开工建设", "全球最大烷烃一体化生产基地
投产"): the first or the biggest of its kind is one works, not the kind (ANNOTATION rule 7: a common-noun
facility the sentence builds), where its clause builds it. The heads are project_first_works_heads.txt;
the ordinal and the superlative stay out of the name (project_openers.txt)."""
from __future__ import annotations

import functools
import re

from kg import lexicons
from kg.extract.base import ORG, PROJECT, Mention, SentenceContext
from kg.extract.projects import built_in_clause, local_report
from kg.extract.registry import component
from kg.text.lookup import alternation_pattern
from kg.text.names import CJK_CHARS

_NAME_CHARS = (2, 14)  # the works' name with its head ("LNG储罐", "高原绿色超充换电走廊")


@functools.lru_cache(maxsize=1)
def _first_works() -> re.Pattern[str]:
    """An ordinal of firsts (首个, 首条 …) or a superlative (最大, 最大容量, 最长), perhaps 的, then the
    works: its words (group name) and a head of project_first_works_heads.txt ending a word."""
    heads = alternation_pattern(lexicons.words("project_first_works_heads.txt"))
    lo, hi = _NAME_CHARS
    return re.compile(rf"(?:首[个座条套]|(?P<most>最大(?:容量|规模)?|最长))的?(?P<name>[{CJK_CHARS}A-Za-z0-9]{{{lo - 1},{hi}}}?(?:{heads}))"
                      rf"(?![{CJK_CHARS}]*(?:{heads}))")


@component("first_works_built", reads=(ORG, PROJECT), assigns=(PROJECT,), after=("projects",), needs=("首", "最"))
def extract_first_works_built(ctx: SentenceContext) -> list[Mention]:
    """The first or biggest works of a kind, built in its clause: a works (none found over it already).
    The biggest must be built after its name ("全国最大容量LNG储罐开工建设"): in a province's report a build
    word before it makes the biggest what the place has become ("建成全国最大天然气生产基地"), no one works;
    a city, county or district builds one base of its own ("建成全市最大的清洁能源输出基地", ANNOTATION rule 7)."""
    out = []
    for m in _first_works().finditer(ctx.text):
        a, b = m.span("name")
        if b not in ctx.token_end_set or ctx.taken(a, b, (ORG, PROJECT)) or not built_in_clause(ctx, a, b):
            continue
        if m.group("most") and not (_built_after(ctx.text, b) or local_report(ctx)):
            continue  # (a city's or county's biggest base it built is one works: "建成全市最大的某某养殖基地")
        out.append(ctx.mention(PROJECT, a, b, source="first_works_built"))
    return out


def _built_after(text: str, b: int) -> bool:
    """Does a build word follow `b` in its clause ("…投产", "…开工建设")?"""
    end = _CLAUSE_END.search(text, b)
    return any(w in text[b:end.start() if end else len(text)] for w in lexicons.words("build_words.txt"))


_CLAUSE_END = re.compile(r"[，,；;。！!？?]")
