"""The code's house rules, checked on the package's source (issue 8): stages import one way, no
module borrows another's private names, offsets are converted only by `Span`, word lists live in
kg/lexicons/, and functions stay short enough to read."""
import ast
import re
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "kg"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py"))
CJK_WORD = re.compile(r"[\u3400-\u9fff]")
# the stages in their order: a module may import from its own stage and the ones before it
STAGES = ["model", "text", "extract", "resolve", "rdf", "outputs", "services", "corpus"]


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _stage(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "kg":
        return None
    return parts[1] if parts[1] in STAGES else None


def test_no_module_imports_another_modules_private_name():
    found = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
                found += [f"{_rel(path)}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert not found, found


@pytest.mark.parametrize("stage", ["text", "extract", "resolve", "rdf"])
def test_a_stage_never_imports_a_later_one(stage):
    later = set(STAGES[STAGES.index(stage) + 1:])
    found = []
    for path in (PACKAGE / stage).rglob("*.py"):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.module and _stage(node.module) in later:
                found.append(f"{_rel(path)} imports {node.module}")
    assert not found, found


# a sentence's start added to or subtracted from an offset by hand
_BY_HAND = re.compile(r"(?:\bbase\s*[+-]\s*\w|[\w)\]]\s*[+-]\s*base\b|(?:sentence|sent|\bs)\.start\s*[+-]|[+-]\s*(?:sentence|sent|\bs)\.start\b"
                      r"|\boriginal_span\()")


def test_offsets_are_converted_only_by_span():
    allowed = {"kg/model.py", "kg/text/reading.py", "kg/text/document.py"}  # Span itself; Source; where sentences are cut
    found = []
    for path in SOURCES:
        if _rel(path) in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _BY_HAND.search(code):
                found.append(f"{_rel(path)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def _word_lists(path: Path):
    for node in ast.walk(_tree(path)):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and CJK_WORD.search(e.value)]
            if len(words) > 5:
                yield node.lineno, f"a list of {len(words)} words"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK_WORD.search(node.value):
            # a regex alternation of plain Chinese words: a|b|c|d|e|f
            for group in re.findall(r"(?:[\u3400-\u9fff]{1,8}\|){5,}[\u3400-\u9fff]{1,8}", node.value):
                yield node.lineno, f"an alternation of {group.count('|') + 1} words"


def test_no_chinese_word_list_longer_than_five_words_in_python():
    found = [f"{_rel(p)}:{line}: {what}" for p in SOURCES for line, what in _word_lists(p)]
    assert not found, "\n".join(found)


def test_the_longest_function_is_under_60_lines():
    long = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length >= 60:
                    long.append(f"{_rel(path)}:{node.lineno} {node.name}: {length} lines")
    assert not long, long


def test_the_checks_can_fail(tmp_path):
    """Each check finds what it is meant to find in a module that breaks the rule."""
    bad = tmp_path / "bad.py"
    bad.write_text('HEADS = ("公司", "集团", "银行", "医院", "学校", "中心")\n'
                   'R = r"(?:建设|推进|实施|完成|启动|加快)"\n', encoding="utf-8")
    assert [w for _, w in _word_lists(bad)] == ["a list of 6 words", "an alternation of 6 words"]
    assert _BY_HAND.search("a = sentence.start + m.start()") and _BY_HAND.search("p.start - base")
    assert not _BY_HAND.search("a = span.local_start")
