"""Session 47 (rf47): one phase grammar (kg.text.names: `phase_pattern` over one table, and the named
patterns the rules use) and one component, `sites_of_works`, reading one table of sites' heads with the
works each takes (place_site_works.tsv), where two components and three word lists were. The examples are
general grammar of the genre, with made-up names."""
from __future__ import annotations

import pytest

from kg.text.names import (LATER_SITE_PHASE, ORDINAL_PHASE, PHASE, PHASE_AT_END, PHASE_TAIL, SITE_PHASE, phase_pattern,
                           without_phase)
from tests.conftest import review_mentions

HEAD = "某某市人民政府工作报告"


@pytest.mark.parametrize("pattern, text, fits", [
    (PHASE, "二期", True), (PHASE, "12期", True), (PHASE, "十二期", True), (PHASE, "第二期", False),
    (ORDINAL_PHASE, "第三期", True), (ORDINAL_PHASE, "3期", True), (ORDINAL_PHASE, "首期", False),
    (SITE_PHASE, "首期", True), (SITE_PHASE, "第十二期", True), (SITE_PHASE, "3期", False), (SITE_PHASE, "一二三期", False),
    (LATER_SITE_PHASE, "二期工程", True), (LATER_SITE_PHASE, "一期", False), (LATER_SITE_PHASE, "2期", False),
    (PHASE_TAIL, "二期项目", True), (PHASE_TAIL, "工程", True), (PHASE_TAIL, "", True), (PHASE_TAIL, "首期", False),
])
def test_the_named_phase_patterns(pattern, text, fits):
    assert (pattern.fullmatch(text) is not None) == fits


def test_the_anchored_patterns():
    assert PHASE_AT_END.search("某某公园二期").group() == "二期"
    assert PHASE_AT_END.search("某某公园十二期").group() == "二期"  # one numeral: the caller's own reading
    assert PHASE_AT_END.search("某某公园二期改造") is None
    assert without_phase("某某工业园二期项目") == "某某工业园"
    assert phase_pattern(ordinal=True, digits=False, most=1) == "第?[一二三四五六七八九十]期"


def _sites(tmp_path, sentence: str) -> set[str]:
    return {m.text for m in review_mentions(tmp_path, sentence, HEAD)
            if m.type == "Place" and m.attrs.get("source") == "site-of-works"}


@pytest.mark.parametrize("sentence, site", [
    ("凤栖国际商贸城三期开业运营。", "凤栖国际商贸城"),          # phase: a trade town's phase
    ("推进翠竹植物园提升改造工程。", "翠竹植物园"),              # upgrade: an upgrade word
    ("青松公园东扩工程建成。", "青松公园"),                      # upgrade: a park's extension to one side
    ("青松公园扩建工程完工。", "青松公园"),                      # park: a park extended is still the park
    ("翠竹广场东延工程开工。", "翠竹广场"),                      # park: a square's works
    ("白鹭体育公园二期改造完成。", "白鹭体育公园"),              # park: a later phase, then the works
])
def test_each_class_of_works_names_its_site(tmp_path, sentence, site):
    assert site in _sites(tmp_path, sentence)


@pytest.mark.parametrize("sentence, not_site", [
    ("青松农贸市场改造工程完工。", "青松农贸市场"),              # a market takes its phases only
    ("翠竹工业园区扩建工程开工。", "翠竹工业园区"),              # a zone extended is the zone, no works in it
    ("白鹭广场一期改造完成。", "白鹭广场"),                      # a square's first phase: no park works after it
])
def test_a_head_takes_only_the_works_of_its_class(tmp_path, sentence, not_site):
    assert not_site not in _sites(tmp_path, sentence)


@pytest.mark.parametrize("name", ["青禾国际家纺城三期", "澄江旅游度假区二期项目", "青禾湿地公园东扩工程", "澄江体育公园二期改造",
                                  "青禾工业园一期", "澄江产业园二期", "青禾广场", "澄江公园公园改造工程", "二期"])
def test_site_heads_by_their_last_character(name):
    """sp49: a name's places try only the sites' heads ending with the character there (the same head and end
    as trying every head of the classes, longest first, at each place)."""
    from kg.extract.places import _AREA_CLASSES, _PARK_CLASSES, _site_head_and_end, _site_heads, _works_tails

    for classes in (_AREA_CLASSES, _PARK_CLASSES):
        every = [(h, kind) for h, kind in _site_heads() if kind in classes]
        expected = next(((h, k) for k in range(1, len(name)) for h, kind in every
                         if name.endswith(h, 0, k) and _works_tails()[kind].fullmatch(name, k)), None)
        assert _site_head_and_end(name, classes) == expected
    assert _site_head_and_end("青禾国际家纺城三期", _AREA_CLASSES) is not None  # a site still found
