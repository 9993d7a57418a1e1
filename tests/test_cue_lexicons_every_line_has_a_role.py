"""A cue lexicon (word<TAB>role, read by `kg.lexicons.roles`) gives each word a role; a line that lost its
role column is read as no cue at all, silently: participation.txt's 分段, 共同 and 联合 had lost theirs,
so "P全面开工，X、Y分段承建" linked no builder until session 51. Every word of these tables has its role;
the tables that list plain words beside roled ones (org_sub_units.txt: heads that are no branch;
project_route_branch_parts.txt: parts of any kind) are read by `rows`/`words_of_kind` too and are left out."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import lexicons

PACKAGE = Path(lexicons.__file__).parent.parent
MIXED = {"org_sub_units.txt", "project_route_branch_parts.txt"}  # plain words beside roled ones, by design


def cue_tables() -> list[str]:
    """Every lexicon the code reads with `lexicons.roles("…")`, found in the code itself."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        names.update(re.findall(r'roles\("([\w.]+)"\)', path.read_text(encoding="utf-8")))
    return sorted(names - MIXED)


def test_the_code_reads_cue_tables():
    assert {"participation.txt", "location.txt"} <= set(cue_tables())


@pytest.mark.parametrize("name", cue_tables())
def test_every_word_of_a_cue_table_has_its_role(name):
    path = Path(lexicons.__file__).parent / name
    bare = [f"{name}:{n}: {line!r}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#") and len(line.strip().split("\t")) < 2]
    assert not bare, "words with no role (read as no cue):\n" + "\n".join(bare)
