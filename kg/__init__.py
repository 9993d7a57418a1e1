"""policy-kg: a knowledge graph of Chinese government work reports, built by rules.

The supported Python API (typed; see README "Python"):

    import kg
    b = kg.build_report("seeds/qianjiang-2019.txt")     # kg.Build: .rdf (rdflib Graph), .doc, .report
    rows = kg.observations(b)                             # list[kg.ObservationRow]
    table = kg.promises(["out/"])                         # list[kg.Promise]: targets beside results

Names are imported on first use, so `import kg` (and the `kg` command) stays fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.regex_compile_cache import install as _install_regex_compile_cache

# before any module of kg compiles its patterns: each distinct character class optimized once
_install_regex_compile_cache()

__version__ = "0.1.0"
__all__ = ["Build", "ObservationRow", "Promise", "build_report", "observations", "promises"]

if TYPE_CHECKING:
    from kg.api import Build, ObservationRow, Promise, build_report, observations, promises


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
