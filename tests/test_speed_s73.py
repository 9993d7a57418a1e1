"""Session 73's speed changes (issue 11), each the same answer as the code it replaces, on real reports:
a known company's form at a works' head found by its prefixes, a short form's full name looked for only
among the names near its length, a copy with no traditional character given no written forms at once, and
a copy none of whose characters decomposes to a tone's mark known to hold no pronunciation note."""
from __future__ import annotations

from collections import Counter
import re
import unicodedata
from pathlib import Path

import pytest

from kg import lexicons
from kg.config import ENTITIES
from kg.extract import extract_mentions
from kg.model import ORG, PROJECT
from kg.resolve.entities import _abbreviation_of, _company_forms, _known_companies_of_their_works, build_graph
from kg.text.document import parse_document
from kg.text.reading import (_PINYIN, _PINYIN_NOTE, _TONE_MARKS, _traditional_table, holds_pronunciation_notes,
                             read_source, written_characters)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
REAL = ROOT / "tests" / "real"


def _scanned_form(text: str) -> str | None:
    """The form the old code chose: the first of the forms, longest first, that opens the name."""
    forms = lexicons.longest_first(lexicons.synonyms("companies.txt"))
    return next((f for f in forms if text.startswith(f) and len(f) < len(text)), None)


@pytest.mark.parametrize("name", ["henan-2026.txt", "tianjin-2026.txt"])
def test_a_known_company_at_a_works_head_is_found_by_its_prefixes(name):
    doc = parse_document(read_source(REAL / name))
    mentions = extract_mentions(doc)
    orgs = [m for m in mentions if m.type == ORG]
    opened = [m.text for m in orgs if _scanned_form(m.text)]
    assert opened  # these reports name works after known companies (比亚迪半导体, 奇瑞乘用车 …)
    for m in orgs:
        prefixes = (m.text[:k] for k in range(len(m.text) - 1, 0, -1) if m.text[:k] in _company_forms())
        assert next(prefixes, None) == _scanned_form(m.text)
    kept = _known_companies_of_their_works(mentions)
    assert {m.text for m in kept if m.type == ORG} & {"比亚迪", "奇瑞", "中海油"}  # cut to the company's name


def _written_by_the_walk(source) -> dict[str, str]:
    """What `written_characters` gave before its gate: every character of the copy looked at, each
    simplified one given its most frequent traditional form (the first in code-point order of a tie)."""
    table = _traditional_table()
    pairs = Counter((c, source.original[o]) for c, o in zip(source.text, source.offsets))
    best: dict[str, tuple[int, str]] = {}
    for (c, w), n in pairs.items():
        if w != c and table.get(w) == c:
            best[c] = min(best.get(c, (0, w)), (-n, w))
    return {c: w for c, (_, w) in best.items()}


def test_a_copy_without_traditional_characters_has_no_written_forms(tmp_path):
    simplified = read_source(REAL / "henan-2026.txt")
    assert _traditional_table().keys().isdisjoint(simplified.original)  # the gate answers at once
    assert written_characters(simplified) == {} == _written_by_the_walk(simplified)
    # the seed's opening paragraph copied in traditional characters: read character by character, as before
    text = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")[:600]
    to_traditional = {}
    for trad, simp in sorted(_traditional_table().items()):
        to_traditional.setdefault(simp, trad)
    path = tmp_path / "t.txt"
    path.write_text(text.translate(str.maketrans(to_traditional)), encoding="utf-8")
    traditional = read_source(path)
    assert traditional.text != traditional.original
    written = written_characters(traditional)
    assert written and written == _written_by_the_walk(traditional)


def _entity_texts(path: Path) -> dict[str, set[str]]:
    doc = parse_document(read_source(path))
    graph = build_graph(doc, extract_mentions(doc))
    return {e.name: {m.text for m in e.mentions} for e in graph.entities.values() if e.type in (ORG, PROJECT)}


def test_short_forms_still_join_their_full_names_looked_up_near_their_length():
    texts = _entity_texts(SEEDS / "qianjiang-2019.txt")
    assert texts["黔江卷烟厂"] == {"黔江卷烟厂", "烟厂"}
    # six characters longer, the widest gap `_fits` allows: still among the names looked at
    assert texts["李家溪易地扶贫搬迁市级示范点"] == {"李家溪易地扶贫搬迁市级示范点", "李家溪市级示范点"}


@pytest.mark.parametrize("name", ["henan-2026.txt", "tianjin-2026.txt"])
def test_no_name_far_longer_than_a_short_form_is_what_it_abbreviates(name):
    """What lets `_resolve_names` look only at names at most the gap (+ 项目) longer: such a name is
    never `_abbreviation_of`'s answer, on every pair of a real report's names."""
    doc = parse_document(read_source(REAL / name))
    mentions = extract_mentions(doc)
    gap = ENTITIES.abbreviation_gap + len("项目")
    far = []
    for type_ in (ORG, PROJECT):
        names = sorted({m.text for m in mentions if m.type == type_}, key=len)
        far += [(n, c, type_) for n in names for c in names if len(c) - len(n) > gap]
    assert len(far) > 50  # the report has many such pairs
    assert all(_abbreviation_of(n, [c], type_) is None for n, c, type_ in far)
    # nor with 项目 after it, which a works' fit drops
    assert all(_abbreviation_of(n, [c + "项目"], type_) is None for n, c, type_ in far)


def test_every_tone_marked_vowel_decomposes_to_a_tone_mark():
    """What the gate of `holds_pronunciation_notes` rests on: a note needs one of `_PINYIN`'s tone-marked vowels,
    and NFKC makes each only from a vowel and one of `_TONE_MARKS`."""
    vowels = re.search(r"\[([^\]]*)\]\[a-zü\]\*$", _PINYIN).group(1)
    assert len(vowels) == 24
    for vowel in vowels:
        assert not _TONE_MARKS.isdisjoint(unicodedata.normalize("NFD", vowel)), vowel


@pytest.mark.parametrize("name", ["henan-2026.txt", "tianjin-2026.txt", "sichuan-2026-review.txt"])
def test_a_real_report_holds_no_note_as_the_whole_text_searched_says(name):
    source = read_source(REAL / name)
    assert "(" in unicodedata.normalize("NFKC", source.original)  # brackets, but no note
    assert holds_pronunciation_notes(source) is False
    assert _PINYIN_NOTE.search(unicodedata.normalize("NFKC", source.original)) is None


def test_a_page_with_notes_is_still_found_so_its_marks_written_apart_too(tmp_path):
    text = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")[:600]
    assert holds_pronunciation_notes(read_source(SEEDS / "qianjiang-2019.txt")) is False
    at = text.index("黔") + 1
    for note in ("(qián)", "（qián）", "(qia\u0301n)"):  # the vowel precomposed, or a vowel and its combining mark
        path = tmp_path / "noted.txt"
        path.write_text(text[:at] + note + text[at:], encoding="utf-8")
        assert holds_pronunciation_notes(read_source(path)) is True, note
