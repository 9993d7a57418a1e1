"""A cache of one step of compiling regular expressions, shared by every pattern of the process.

The rules compile ~450 character classes at start-up, most of them holding the CJK range
(`[\\u4e00-\\u9fff]`, `CJK_CHARS`). CPython's compiler optimizes each class anew
(`re._compiler._optimize_charset`), and for a range beyond the first 256 code points it marks each
of its ~21,000 code points one by one in Python: ~0.35 ms a class, ~0.16 s of a build's start-up
for the same few classes written over and over. The optimization is a pure function of the class
(its items and whether the pattern ignores case), so its result is kept by class: the same
compiled patterns, each distinct class optimized once (168 distinct among the ~450 at start-up).

Installed when `kg` is imported (kg/__init__.py), for the classes of case-sensitive patterns only
(an ignore-case pattern passes functions of its own, which are not keys). Where the Python in use
has no such step, or another signature, nothing is installed and patterns compile as before.
"""
from __future__ import annotations

import inspect
from typing import Any

# the optimized form of each character class met so far: (items, iscased) → (items, hascased)
_OPTIMIZED: dict[tuple, tuple[list, bool]] = {}
_EXPECTED_PARAMETERS = ["charset", "iscased", "fixup", "fixes"]


def install() -> bool:
    """Put the cache in front of the compiler's charset step (once); True when it is in place."""
    try:
        from re import _compiler as compiler
    except ImportError:  # Python before 3.11 names the module sre_compile
        return False
    step = getattr(compiler, "_optimize_charset", None)
    if step is None or getattr(step, "kg_cached", False):
        return step is not None
    try:
        if list(inspect.signature(step).parameters) != _EXPECTED_PARAMETERS:
            return False
    except (TypeError, ValueError):
        return False

    def cached(charset, iscased=None, fixup=None, fixes=None) -> Any:
        if fixup is not None or fixes is not None:
            return step(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased)
            found = _OPTIMIZED.get(key)
        except TypeError:  # an item that is no key: optimized as it comes
            return step(charset, iscased, fixup, fixes)
        if found is None:
            found = _OPTIMIZED[key] = step(charset, iscased, fixup, fixes)
        items, hascased = found
        return list(items), hascased  # a list of its own: the cached one is never handed out

    cached.kg_cached = True
    cached.uncached = step
    compiler._optimize_charset = cached
    return True
