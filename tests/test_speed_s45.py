"""The speed shortcuts of session 45 answer as the plain code they replace: a province's villages
joined by one set union, and the basis frame ("在…基础上") asked for only where 在 stands before a
works' name, on the samples' text."""
from __future__ import annotations

import pytest

from kg import lexicons
from kg.extract import _context, projects
from kg.extract.places import _province_villages
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SEEDS


def test_province_villages_are_every_county_villages():
    for province in ("50", "15"):  # Chongqing and Inner Mongolia, the samples' and Hailar's
        every = frozenset(v for code, d in lexicons.divisions().items()
                          if d.level == "county" and code[:2] == province for v in lexicons.villages(code))
        assert _province_villages(province) == every and len(every) > 1000


@pytest.fixture(scope="module")
def documents():
    return [parse_document(read_source(p)) for p in sorted(SEEDS.glob("*.txt"))]


def test_basis_frame_needs_zai_before_the_name(documents):
    """Wherever the frame's test holds, 在 stands before the name: the precondition drops no frame."""
    held = 0
    for doc in documents:
        for sentence in doc.sentences:
            ctx = _context(doc, sentence)
            for start in range(len(ctx.text)):
                if projects._basis_frame_opens(ctx, start):
                    assert "在" in ctx.text[:start]
                    held += 1
    assert held > 100
