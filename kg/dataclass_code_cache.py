"""The code `dataclasses` generates, compiled once and kept between the processes of the `kg` command.

Every process defines kg's ~80 dataclasses (the model, the numbers of kg.config, the rules' own
records), and for each `dataclasses` writes the source of its methods (__init__, __repr__,
__eq__, __hash__, __setattr__…: ~430 functions) and compiles it: ~0.06-0.07 CPU-s of a one-report
`kg build`, nearly all of it in `compile`. What `compile` makes of a source text is a pure
function of that text for a given Python, so the code objects are kept in the cache folder in a
file named for the Python (`dataclass-code-<digest>.marshal`, ~0.3 MB), and a text found there is
run from its kept code: the same functions (the same code, run in the same namespaces). The file
is written again at exit when the process compiled a few texts it did not hold; past
`KEPT_LIMIT` texts it keeps only those the last process used.

Installed by `kg.cli.main` before the rules are imported, as a name `exec` in the `dataclasses`
module (its one call of `exec` compiles the generated text; nothing else of it changes); where
the Python's `dataclasses` does not call `exec` that way, nothing is installed.
"""
from __future__ import annotations

import builtins

KEPT_LIMIT = 4000
NEW_WORTH_WRITING = 10

_KEPT: dict[str, object] = {}  # generated source text → its compiled code
_STATE = {"path": None, "new": 0}
_USED: set[str] = set()


def _python_key() -> str:
    import hashlib
    import sys

    return hashlib.sha1(f"{sys.version}\t{sys.implementation.cache_tag}".encode()).hexdigest()[:16]


def kept_exec(source, globals=None, locals=None):
    """`exec` as `dataclasses` calls it, with the code of a generated text compiled once."""
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    code = _KEPT.get(source)
    if code is None:
        # as exec compiles a string: no __future__ flags of this module (dont_inherit)
        code = _KEPT[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _STATE["new"] += 1
    _USED.add(source)
    return builtins.exec(code, globals, locals)


def keep_compiled(directory) -> bool:
    """Keep the generated methods' code between processes in DIRECTORY (a Path): load what is
    kept there and run `dataclasses`' texts through it; write the file at exit if this process
    compiled more than a few new ones. Once a process; False where it cannot be installed."""
    import atexit
    import dataclasses

    from kg.files import read_kept

    if _STATE["path"] is not None:
        return True
    code = getattr(getattr(dataclasses, "_create_fn", None), "__code__", None)
    if code is None or "exec" not in code.co_names:
        return False  # a dataclasses that makes its methods another way: left as it is
    path = directory / f"dataclass-code-{_python_key()}.marshal"
    _KEPT.update(read_kept(path))
    _STATE["path"] = path
    dataclasses.exec = kept_exec
    atexit.register(_write_kept)
    return True


def _write_kept() -> None:
    """The kept code to the file, when this process compiled more than a few new texts."""
    from kg.files import write_kept

    path = _STATE["path"]
    if path is not None and _STATE["new"] >= NEW_WORTH_WRITING and write_kept(path, _KEPT, _USED, KEPT_LIMIT):
        _STATE["new"] = 0
