"""A short name that is both a place's and an organization's of one report (a region's name that is a
group's short name too, in the report of a city of that region): a works' name opening with it names the
place, not the group (session 46, issue 10), as a short trade name that is a place's already did ("茅台"
of 茅台集团 and 茅台镇). Names made up in the genre's phrasing."""
from __future__ import annotations

from kg.extract import ORG, PLACE
from kg.model import Entity
from kg.resolve.relations import _NameIndex


def _index(org_name: str) -> _NameIndex:
    return _NameIndex({
        "place/a": Entity(PLACE, "青峡", "place/a"),
        "org/b": Entity(ORG, "中国青峡集团", "org/b"),
        "org/c": Entity(ORG, org_name, "org/c"),
    })


def test_a_works_opening_with_a_place_and_an_organizations_short_name_names_the_place():
    index = _index("青峡")
    assert [n for _, n, _ in index.inside(PLACE, "青峡物流园二期")] == ["青峡"]
    assert index.inside(ORG, "青峡物流园二期") == []


def test_a_longer_organization_name_still_opens_its_works():
    index = _index("青峡能源")
    assert [n for _, n, _ in index.inside(ORG, "青峡能源光伏基地")] == ["青峡能源"]
