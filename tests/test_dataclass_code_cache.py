"""The code kept for `dataclasses`' generated methods (kg/dataclass_code_cache.py) makes the same
methods as compiling their text: the same code objects, annotations and behaviour, and a second
process compiles none of the texts the first one kept."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

from kg import dataclass_code_cache
from tests.conftest import ROOT

# a frozen dataclass (every method dataclasses writes: __init__, __repr__, __eq__, __hash__,
# __setattr__, __delattr__), a default and a default factory, as kg.model's and kg.config's are
CLASSES = '''
import dataclasses
@dataclasses.dataclass(frozen=True)
class Limits:
    max_chars: int = 14
    heads: tuple = ("工程", "项目")
@dataclasses.dataclass
class Found:
    text: str
    start: int
    attrs: dict = dataclasses.field(default_factory=dict)
@dataclasses.dataclass(order=True, slots=True)
class Ranked:
    score: float
    name: str
'''


def _made_by_dataclasses(kept: bool):
    """An __init__ as dataclasses makes one (its own exec compiling the text, or the kept code)."""
    saved = dataclasses.__dict__.pop("exec", None)
    if kept:
        dataclasses.exec = dataclass_code_cache.kept_exec
    try:
        return dataclasses._create_fn("__init__", ["self", "a:_type_a"], ["self.a=a"], locals={"_type_a": int},
                                      globals={})
    finally:
        dataclasses.__dict__.pop("exec", None)
        if saved is not None:
            dataclasses.exec = saved


def test_kept_code_is_the_code_exec_compiles():
    expected = _made_by_dataclasses(kept=False)
    for _ in range(2):  # compiled, then from the kept code
        made = _made_by_dataclasses(kept=True)
        assert made.__code__ == expected.__code__
        assert made.__annotations__ == expected.__annotations__ == {"a": int}  # no string annotations


def _run(code: str, cache: str) -> str:
    env = dict(os.environ, XDG_CACHE_HOME=cache, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_a_second_process_compiles_nothing_and_its_classes_behave_the_same(tmp_path):
    code = ("from kg import dataclass_code_cache as d; from kg.files import cache_dir; "
            "assert d.keep_compiled(cache_dir()); exec(" + repr(CLASSES) + "); "
            "a, b = Limits(), Found('黔江区', 3); c = sorted([Ranked(2.0, 'b'), Ranked(1.0, 'a')]); "
            "print(d._STATE['new'], repr(a), a == Limits(), hash(a) == hash(Limits()), repr(b), b.attrs, "
            "[r.name for r in c], end=' ');"
            "\ntry:\n a.max_chars = 3\nexcept dataclasses.FrozenInstanceError:\n print('frozen')")
    first = _run(code, str(tmp_path))
    assert first.split(" ", 1)[0] != "0"  # compiled its methods, then wrote them at exit
    assert list(tmp_path.glob("policy-kg/dataclass-code-*.marshal"))
    second = _run(code, str(tmp_path))
    assert second.split(" ", 1) == ["0", first.split(" ", 1)[1]]  # nothing compiled, the same behaviour
    assert second.endswith("['a', 'b'] frozen")
    plain = _run("import dataclasses\nexec(" + repr(CLASSES) + ")\nprint(repr(Limits()), '|', repr(Found('黔江区', 3)))",
                 str(tmp_path / "none"))
    assert all(part.strip() in second for part in plain.split("|"))


def test_kg_cli_installs_it(tmp_path):
    out = _run("import dataclasses, kg.cli; kg.cli._keep_compiled_patterns(); "
               "from kg import dataclass_code_cache as d; print(dataclasses.exec is d.kept_exec)", str(tmp_path))
    assert out == "True"
