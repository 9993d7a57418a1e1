"""`normalize` remembers each character's form (speed): the text and its offsets must be what
the plain per-character NFKC gives, on made-up edge cases and on real reports."""
import unicodedata

import pytest

from kg.text.cn_numerals import arabic_figures
from kg.text.reading import _clean_lines, _AS_BLANK, is_text_character, normalize, read_decoded
from tests.conftest import HAILAR, SEEDS


def _reference(original: str) -> tuple[str, list[int]]:
    """normalize as it was written before the per-character memo: NFKC of each character (then the
    figures written in Chinese numerals read as Arabic ones, as normalize does)."""
    chars, offsets = [], []
    for i, c in enumerate(original):
        if c in _AS_BLANK:
            n = _AS_BLANK[c]
        elif c == "\r" or not is_text_character(c):
            continue
        else:
            n = unicodedata.normalize("NFKC", c)
        for d in n:
            chars.append(d)
            offsets.append(i)
    return _clean_lines(*arabic_figures(chars, offsets))


def test_expanded_dropped_and_blank_characters_keep_their_offsets():
    original = "一、总体要求\r\n\u3000\u3000全区ＧＤＰ增长７．５％，\x00㎡单价\ufb01\u200b。\r\n二、重点工作\r\n"
    text, offsets = normalize(original)
    assert (text, offsets) == _reference(original)
    assert "GDP增长7.5%" in text and "m2" in text and "fi" in text
    assert "\x00" not in text and "\u200b" not in text and "\r" not in text
    fi = text.index("fi")
    assert original[offsets[fi]] == original[offsets[fi + 1]] == "\ufb01"  # one character, two out


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt")), ids=lambda p: p.stem)
def test_real_reports_normalize_as_before(path):
    original, _ = read_decoded(path)
    assert normalize(original) == _reference(original)
