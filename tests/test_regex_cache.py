"""Regexes compiled from the on-disk cache are the ones `re` compiles: same code, same matches."""
import os
import re
import subprocess
import sys
from re import _compiler

from kg.text import regex_cache
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import ROOT, SEEDS

PATTERNS = [
    r"(?P<dept>[省市区县州](?:[\u3400-\u9fff]{2,6}?)(?:局|委|办))(?![\u3400-\u9fff]?[局委])",
    r"((?:[\u3400-\u9fff]{2,10}、)*[\u3400-\u9fff]{2,10})等(?:\d+家)?[\u3400-\u9fff]{0,6}?(?:企业|公司)",
    r"\d+(?:\.\d+)?(?:万|亿)?(?:元|公里|千瓦|%)",
    r"(?<=[、和])([\u3400-\u9fff]{2,3}?(?:村|屯))(?=[、和及与,。;]|等|$)",
    r"(?i)[a-z]+\d*",
]


def test_cached_patterns_match_as_compiled_ones(tmp_path):
    sentences = [s.text for p in sorted(SEEDS.glob("*.txt"))[:2] for s in parse_document(read_source(p)).sentences]
    first = regex_cache.RegexCache(tmp_path / "regexes.marshal")
    made = [first.compile(p, 0) for p in PATTERNS]  # compiled, kept
    first.save()
    again = regex_cache.RegexCache(tmp_path / "regexes.marshal")  # another process, reading the file
    assert set(again.entries) == {(p, 0) for p in PATTERNS}
    for pattern, ours in zip(PATTERNS, made):
        theirs, reread = again.original(pattern, 0), again.compile(pattern, 0)
        for compiled in (ours, reread):
            assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
                   (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
            for text in sentences:
                assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert again.added == 0  # nothing new to write


def test_installed_for_the_process_and_can_be_turned_off():
    assert isinstance(getattr(_compiler.compile, "__self__", None), regex_cache.RegexCache)  # kg.text installed it
    assert re.compile("黔江[区县]").fullmatch("黔江区")
    code = "import kg.text, re._compiler as c; print(type(getattr(c.compile, '__self__', None)).__name__)"
    env = dict(os.environ, KG_REGEX_CACHE="0", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "NoneType"
