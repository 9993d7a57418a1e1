"""Compiled regexes kept on disk between processes, as the tokenizer's dictionary is.

The rules compile ~300 regexes in every process (at import and on their first sentence), and
Python's `re` compiles in Python: ~0.1 s of CPU, a tenth of the sample's whole build, most of it
turning each `[\u3400-\u9fff]` class into a table character by character (~0.6 ms each). What
the compiler produces for a pattern is a list of integers and its group names, a function of the
pattern, its flags and the Python version only; this module keeps them in one marshal file in the
per-user cache (keyed by the Python version and the regex engine's magic number) and, for a
pattern found there, hands them to the engine directly (`_sre.compile`, what `re` itself calls).

`install()` puts the cache in front of `re`'s compiler for the process (`kg.text` calls it; the
environment variable KG_REGEX_CACHE=0 turns it off); a pattern not in the file is compiled as
usual and written at exit. Anything unexpected (another Python, an unreadable file) leaves `re`
as it was. The compiled patterns are the same objects `re` would make: same code, flags, groups.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

import _sre
from re import _compiler  # the stdlib's compiler: what re.compile calls after its own cache

# a cache of a few thousand patterns at most: dynamic patterns (one per report's area) stop
# being added beyond it
MAX_PATTERNS = 4000
CACHE_FORMAT = 1


class RegexCache:
    """(pattern, flags) → what the compiler made of it, loaded from and saved to `path`."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[tuple, tuple] = {}
        self.added = 0
        self.original = _compiler.compile
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, EOFError, ValueError, TypeError):
            pass

    def compile(self, pattern, flags=0):
        """`re._compiler.compile`, from the cache where it can."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except (TypeError, ValueError, RuntimeError):
                del self.entries[key]  # not what this Python's engine takes: compile it anew
        entry = _compiled_parts(pattern, flags)  # what the compiler does, kept
        if len(self.entries) < MAX_PATTERNS:
            self.entries[key] = entry
            self.added += 1
        return _sre.compile(pattern, *entry)

    def save(self) -> None:
        """Write the cache if patterns were added (atomically: a concurrent process reads the old
        file or the new one)."""
        if not self.added:
            return
        from kg.files import write_atomic

        try:
            write_atomic(self.path, marshal.dumps(self.entries))
            self.added = 0
        except (OSError, ValueError):
            pass  # a cache that cannot be written is only slower


def _compiled_parts(pattern, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine for `pattern`, bar the pattern itself (its
    own steps, without printing the code under re.DEBUG, which never comes here)."""
    parsed = re._parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints (opcodes are an int subclass)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_path() -> Path:
    from kg.text.segment import cache_dir

    key = f"{CACHE_FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
    return cache_dir() / f"regexes-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _works(cache: RegexCache) -> bool:
    """Does a pattern rebuilt from its parts behave as the one `re` compiles? (Else: no cache.)"""
    probe = r"(?P<a>[\u3400-\u9fff]{2,4}?)(?:工程|项目)(?=\d)|(?P<b>x)"
    made, rebuilt = cache.original(probe, 0), _sre.compile(probe, *_compiled_parts(probe, 0))
    text = "建设黔江工程2019"
    return (made.flags, made.groups, made.groupindex) == (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) \
        and made.search(text).span() == rebuilt.search(text).span()


def install() -> RegexCache | None:
    """Put the on-disk cache in front of `re`'s compiler for this process (once)."""
    current = getattr(_compiler.compile, "__self__", None)
    if isinstance(current, RegexCache):
        return current
    if os.environ.get("KG_REGEX_CACHE", "1") == "0":
        return None
    try:
        cache = RegexCache(cache_path())
        if not _works(cache):
            return None
    except Exception:  # noqa: BLE001 (another Python's internals: leave re as it is)
        return None
    _compiler.compile = cache.compile
    atexit.register(cache.save)
    return cache
