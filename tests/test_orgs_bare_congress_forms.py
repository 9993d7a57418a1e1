"""The people's congress and the political consultative conference by their bare short forms in the
genre's sentence on the government's accountability ("依法接受人大及其常委会监督", "政协民主监督":
org_bodies.txt 人大, org_body_oversight.txt). Lines from the Guangxi, Henan and Yunnan
reports of tests/real and the Guangdong sample."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_bare_congress_before_its_standing_committee(tmp_path):
    orgs = _orgs(tmp_path, "依法接受人大及其常委会监督,自觉接受人民政协民主监督,主动接受社会监督和舆论监督。",
                 "更加自觉接受人大及其常委会的监督，自觉接受人民政协的民主监督。")
    assert_found(orgs, {"人大", "人民政协"}, {"人大及其常委会"})


def test_bare_forms_before_the_oversight_they_exercise(tmp_path):
    orgs = _orgs(tmp_path, "自觉接受人大及其常委会监督、政协民主监督和各方面监督,懂法纪、明规矩、知敬畏。")
    assert_found(orgs, {"人大", "政协"}, {"政协民主监督"})
    orgs = _orgs(tmp_path, "自觉接受人大监督、政协民主监督,认真办理建议提案。")
    assert_found(orgs, {"人大", "政协"}, set())


def test_bare_forms_inside_other_words_name_no_body(tmp_path):
    """"政协" before a word that is no oversight nor its people stays a part of that phrase."""
    orgs = _orgs(tmp_path, "加强政协协商与立法协商衔接。", "推进人大制度理论研究。")
    assert_found(orgs, set(), {"人大", "政协"})

