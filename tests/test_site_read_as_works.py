"""Session 55 (lk67, locatedIn in real published wording): places written one inside the next after 在,
a zone and its park or a county and its zone, that a works' name was found over ("某集团在甲高新区乙工业园
投资建设的P开工": the site read as works hides its places from the 在X建设 cue), are where the works after
them are (kg.extract.attributes `_sites_read_as_works`, `site_locates`; kg.resolve.relations "site").
The sentences are written here in the genre's phrasing with invented names."""
from __future__ import annotations

from kg.extract.attributes import _sites_read_as_works
from kg.model import PLACE, PROJECT, Mention, Span

from tests.conftest import review_located

TITLE = "2020年某省人民政府工作报告"


def test_works_built_at_a_zone_and_its_park_after_zai_are_in_both(tmp_path):
    links = review_located(tmp_path, "支持澄江集团在青禾高新区白沙工业园投资建设的年产20万吨新材料项目开工。", TITLE)
    assert ("年产20万吨新材料项目", "青禾高新区") in links
    assert ("年产20万吨新材料项目", "白沙工业园") in links


def _m(type_: str, text: str, sentence: str) -> Mention:
    a = sentence.index(text)
    return Mention(type_, text, Span(a, a + len(text), 0), 0)


def test_a_site_is_only_places_written_back_to_back_two_at_least():
    s = "在青禾高新区白沙工业园建设P"
    site = _m(PROJECT, "青禾高新区白沙工业园", s)
    zone, park = _m(PLACE, "青禾高新区", s), _m(PLACE, "白沙工业园", s)
    assert [(x.text, [p.text for p in run]) for x, run in _sites_read_as_works(s, [site], [site, zone, park])] \
        == [("青禾高新区白沙工业园", ["青禾高新区", "白沙工业园"])]
    # characters left over after the places ("…工业园区块"), one place alone, or no 在 before it: no site
    s2 = "在青禾高新区白沙工业园区块建设P"
    site2 = _m(PROJECT, "青禾高新区白沙工业园区块", s2)
    assert not list(_sites_read_as_works(s2, [site2], [site2, _m(PLACE, "青禾高新区", s2), _m(PLACE, "白沙工业园", s2)]))
    s3 = "在青禾高新区园区建设P"
    site3 = _m(PROJECT, "青禾高新区园区", s3)
    assert not list(_sites_read_as_works(s3, [site3], [site3, _m(PLACE, "青禾高新区", s3)]))
    s4 = "推进青禾高新区白沙工业园建设"
    site4 = _m(PROJECT, "青禾高新区白沙工业园", s4)
    assert not list(_sites_read_as_works(s4, [site4], [site4, _m(PLACE, "青禾高新区", s4), _m(PLACE, "白沙工业园", s4)]))
