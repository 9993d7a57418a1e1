"""The cache of the regex compiler's charset step (kg/regex_compile_cache.py) changes no compiled
pattern: every character class the rules compiled, optimized again by the compiler's own step,
gives what the cache holds; patterns compiled through the cache match as patterns compiled without it."""
from __future__ import annotations

import re
import sys

import pytest

import kg  # noqa: F401  (installs the cache)
from kg import regex_compile_cache
from kg.text.names import CJK_CHARS

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="the cache is for re._compiler (3.11+)")


def test_the_cache_is_installed_when_kg_is_imported():
    from re import _compiler

    assert getattr(_compiler._optimize_charset, "kg_cached", False)
    assert regex_compile_cache.install()  # a second install finds it in place


def test_every_class_the_rules_compiled_is_what_the_compilers_step_gives(qianjiang):
    from re import _compiler

    # the fixture built the sample: the rules' patterns, also those compiled on first use, are in
    uncached = _compiler._optimize_charset.uncached
    assert len(regex_compile_cache._OPTIMIZED) >= 100
    for (items, iscased), (optimized, hascased) in regex_compile_cache._OPTIMIZED.items():
        assert uncached(list(items), iscased) == (optimized, hascased)


def test_a_class_handed_out_twice_is_two_lists():
    from re import _compiler

    charset = [(_compiler.RANGE, (0x4E00, 0x9FFF)), (_compiler.LITERAL, ord("、"))]
    first, _ = _compiler._optimize_charset(list(charset))
    second, _ = _compiler._optimize_charset(list(charset))
    assert first == second and first is not second
    first.clear()  # a caller changing its list changes nothing the next caller gets
    assert _compiler._optimize_charset(list(charset))[0] == second


@pytest.mark.parametrize("pattern, text", [
    (rf"[{CJK_CHARS}]{{2,4}}(?:县|区)", "推进黔江区、秀山县和彭水县发展"),
    (rf"[^{CJK_CHARS}、]+", "投资12.5亿元、建成3座"),
    (r"[A-Za-z]+\d", "PM2.5 和 G65"),
])
def test_patterns_compiled_through_the_cache_match_as_without_it(pattern, text):
    from re import _compiler

    cached = re.compile(pattern)
    step = _compiler._optimize_charset
    _compiler._optimize_charset = step.uncached
    try:
        plain = re.compile(pattern + "(?#uncached)")  # another pattern text: not re's own cache
    finally:
        _compiler._optimize_charset = step
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]


# ---------------------------------------------------------------- whole patterns kept between processes

_CHECK_KEPT = """
import _sre, marshal, re, sys
from pathlib import Path
from re import _compiler
kept = marshal.loads(Path(sys.argv[1]).read_bytes())
for (pattern, flags), arguments in kept.items():
    plain = _compiler.compile(pattern, flags)  # not through the kept patterns: nothing installed here
    made = _sre.compile(pattern, *arguments)
    # patterns compare equal by their text, flags and code
    assert made == plain and made.groupindex == plain.groupindex and made.groups == plain.groups, pattern
print(len(kept))
"""


def _kg(args, cache, cwd):
    import os
    import subprocess

    from .conftest import ROOT

    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, check=True)


def test_kept_patterns_are_what_the_compiler_makes_and_build_the_same(tmp_path):
    from .conftest import SEEDS

    sample = SEEDS / "qianjiang-2019.txt"
    _kg(["-m", "kg", "build", sample, "-o", tmp_path / "first", "--no-page"], tmp_path / "cache", tmp_path)
    kept = list((tmp_path / "cache" / "policy-kg").glob("regex-*.marshal"))
    assert len(kept) == 1  # written by the first build, which compiled every pattern
    checked = _kg(["-c", _CHECK_KEPT, kept[0]], tmp_path / "nocache", tmp_path)
    assert int(checked.stdout) > 300  # the rules' patterns, compiled anew, are the kept ones
    # the second build reads the caches the first one wrote (the dictionary…), through patterns of its own
    _kg(["-m", "kg", "build", sample, "-o", tmp_path / "second", "--no-page"], tmp_path / "cache", tmp_path)
    written = kept[0].stat().st_mtime_ns
    _kg(["-m", "kg", "build", sample, "-o", tmp_path / "third", "--no-page"], tmp_path / "cache", tmp_path)
    assert kept[0].stat().st_mtime_ns == written  # nothing new: not written again
    first, third = (tmp_path / d / "qianjiang-2019.ttl" for d in ("first", "third"))
    assert first.read_bytes() == third.read_bytes()


def test_a_broken_kept_file_is_compiled_anew_and_replaced(tmp_path):
    from kg.regex_compile_cache import _python_key

    from .conftest import SEEDS

    folder = tmp_path / "cache" / "policy-kg"
    folder.mkdir(parents=True)
    kept = folder / f"regex-{_python_key()}.marshal"
    kept.write_bytes(b"\x00broken")
    _kg(["-m", "kg", "extract", SEEDS / "qianjiang-2019.txt"], tmp_path / "cache", tmp_path)
    assert kept.read_bytes() != b"\x00broken"
    assert int(_kg(["-c", _CHECK_KEPT, kept], tmp_path / "nocache", tmp_path).stdout) > 300
