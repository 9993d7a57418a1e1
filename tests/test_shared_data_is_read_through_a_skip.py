"""The README promises that tests needing ../shared are skipped without it: a test (or a helper it calls)
that names SHARED, GOLD or HAILAR of tests/conftest.py must skip when the data is missing — by
shared_file(...), a pytest.skip(...) or a skipif mark — instead of failing on a fresh clone."""
from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SHARED_NAMES = {"SHARED", "GOLD", "HAILAR"}


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _guarded(node: ast.AST) -> bool:
    """Whether a function (or its marks) skips without the shared data."""
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            f = n.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in {"shared_file", "skip", "skipif", "importorskip"}:
                return True
        if isinstance(n, ast.Attribute) and n.attr == "skipif":
            return True
    return False


def _imported_shared_names(tree: ast.Module) -> set[str]:
    """SHARED, GOLD or HAILAR as imported from tests/conftest.py (a module's own HAILAR may be a title)."""
    return {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").endswith("conftest")
            for a in n.names if a.name in SHARED_NAMES}


def _reads(node: ast.AST, names: set[str]) -> bool:
    """A path made from a shared name: NAME / ..., Path(NAME), NAME.glob(...) not added to other paths
    (sorted(SEEDS.glob(...)) + sorted(HAILAR.glob(...)) only reads fewer files without it)."""
    added = {id(n) for b in ast.walk(node) if isinstance(b, ast.BinOp) and isinstance(b.op, ast.Add)
             for side in (b.left, b.right) for n in ast.walk(side)}
    for n in ast.walk(node):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and isinstance(n.left, ast.Name) and n.left.id in names:
            return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Path" and SHARED_NAMES & _names(n):
            return True
        if (isinstance(n, ast.Attribute) and n.attr in {"glob", "rglob", "iterdir"} and isinstance(n.value, ast.Name)
                and n.value.id in names and id(n) not in added):
            return True
    return False


def unguarded_shared_reads(source: str) -> list[str]:
    """The functions of a test module that read the shared data with no skip of their own or of the module."""
    tree = ast.parse(source)
    names = _imported_shared_names(tree)
    if not names:
        return []
    module_marked = any(isinstance(s, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in s.targets)
                        and "skipif" in ast.unparse(s.value) and SHARED_NAMES & _names(s.value)
                        for s in tree.body)
    if module_marked:
        return []
    functions = {f.name: f for f in tree.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    bad = []
    for name, f in functions.items():
        if not _reads(f, names) or _guarded(f):
            continue
        # a helper that reads the data is fine when every test calling it skips first
        callers = [g for g in functions.values() if name in _names(g) and g is not f]
        if callers and all(_guarded(g) for g in callers):
            continue
        bad.append(name)
    return bad


def test_no_test_reads_the_shared_data_without_a_skip():
    found = {p.name: bad for p in sorted(TESTS.glob("test_*.py")) if p.name != "conftest.py"
             for bad in [unguarded_shared_reads(p.read_text(encoding="utf-8"))] if bad}
    assert not found, f"read ../shared through tests.conftest.shared_file (skips without it): {found}"


def test_the_guard_finds_a_bare_read_and_passes_a_skipped_one():
    bare = "from tests.conftest import GOLD\ndef test_a():\n    (GOLD / 'x.jsonl').read_text()\n"
    skipped = ("import pytest\nfrom tests.conftest import HAILAR\n"
               "@pytest.mark.skipif(not HAILAR.is_dir(), reason='needs ../shared')\n"
               "def test_a():\n    (HAILAR / 'x.txt').read_text()\n")
    helped = "from tests.conftest import shared_file\ndef test_a():\n    shared_file('gold', 'x.jsonl').read_text()\n"
    assert unguarded_shared_reads(bare) == ["test_a"]
    assert unguarded_shared_reads(skipped) == [] and unguarded_shared_reads(helped) == []
