"""Caches of compiling regular expressions: one step of it, shared by every pattern of the process,
and (below) whole compiled patterns kept between the processes of the `kg` command.

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


# the patterns `re`'s own cache keeps (512 in CPython 3.11, the oldest dropped past that): the rules
# pass ~1,500 distinct patterns to re.search, re.finditer and re.compile inside functions (~650 at
# module level, the rest made of a head or a name), so past the 512th the oldest were dropped and
# compiled again: ~900 compiles (~0.2 CPU-s) in every pass over the samples and the 38 texts of tests/real
PATTERN_CACHE_SIZE = 4096


def widen_pattern_cache() -> None:
    """Let `re` keep PATTERN_CACHE_SIZE compiled patterns (where its cache is the module's _MAXCACHE)."""
    import re

    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < PATTERN_CACHE_SIZE:
        re._MAXCACHE = PATTERN_CACHE_SIZE


def install() -> bool:
    """Put the cache in front of the compiler's charset step (once); True when it is in place."""
    widen_pattern_cache()
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


# ---------------------------------------------------------------- whole patterns, kept between processes
#
# Even with each class optimized once, compiling the rules' ~650 patterns anew in every process
# (parsing each and generating its code, in Python) is ~0.15-0.2 CPU-s of a build's start-up. What
# the compiler hands to `_sre.compile` — the final flags, the code (a list of ints), the groups
# and their names — is a pure function of the pattern's text and flags for a given Python, so a
# command that extracts keeps it in the cache dir, in a file named for the Python in use, and a
# pattern found there is made by `_sre.compile` from it without parsing: the same pattern object
# (patterns compare equal by their code). The file is written again, atomically, when a process
# compiled more than a few patterns it did not hold: a few are new in every run (character classes
# built in a set's order, by html5rdf for one; a report's own names), and writing ~0.9 MB for them
# would cost more than compiling them.

KEPT_PATTERNS_LIMIT = 4000  # past this, the file keeps only the patterns the last process used
NEW_PATTERNS_WORTH_WRITING = 10

_KEPT: dict[tuple, tuple] = {}  # (pattern, flags) → `_sre.compile`'s other arguments
_KEPT_STATE = {"path": None, "new": 0}
_USED: set[tuple] = set()


def _python_key() -> str:
    """Names the Python whose compiler made the kept code: its build and the regex engine's version."""
    import hashlib
    import sys

    import _sre

    what = f"{sys.version}\t{sys.implementation.cache_tag}\t{_sre.MAGIC}\t{_sre.CODESIZE}\t{_sre.MAXREPEAT}"
    return hashlib.sha1(what.encode()).hexdigest()[:16]


def _compile_arguments(compiler, pattern, flags: int) -> tuple:
    """What re._compiler.compile hands `_sre.compile` after the pattern itself, as it computes it."""
    parsed = compiler._parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def keep_compiled(directory) -> bool:
    """Keep whole compiled patterns between processes in DIRECTORY (a Path): load those kept there
    and compile through them; write the file again at exit if this process compiled more than a few new ones.
    Once a process; False where this Python's compiler has not the expected steps."""
    import atexit

    from kg.files import read_kept

    try:
        from re import _compiler as compiler
        import _sre
    except ImportError:
        return False
    if _KEPT_STATE["path"] is not None:
        return True
    if not all(hasattr(compiler, name) for name in ("compile", "_code", "_parser", "SRE_FLAG_DEBUG")):
        return False
    path = directory / f"regex-{_python_key()}.marshal"
    _KEPT.update(read_kept(path))
    _KEPT_STATE["path"] = path
    plain = compiler.compile

    def compile_kept(p, flags=0):
        if type(p) not in (str, bytes) or type(flags) is not int or flags & compiler.SRE_FLAG_DEBUG:
            return plain(p, flags)
        key = (p, flags)
        arguments = _KEPT.get(key)
        if arguments is None:
            arguments = _KEPT[key] = _compile_arguments(compiler, p, flags)
            _KEPT_STATE["new"] += 1
        _USED.add(key)
        return _sre.compile(p, *arguments)

    compile_kept.uncached = plain
    compiler.compile = compile_kept
    atexit.register(_write_kept)
    return True


def _write_kept() -> None:
    """The kept patterns to the file, when this process compiled more than a few new ones
    (a pattern it cannot write is compiled again next time)."""
    from kg.files import write_kept

    path = _KEPT_STATE["path"]
    if path is not None and _KEPT_STATE["new"] >= NEW_PATTERNS_WORTH_WRITING \
            and write_kept(path, _KEPT, _USED, KEPT_PATTERNS_LIMIT):
        _KEPT_STATE["new"] = 0
