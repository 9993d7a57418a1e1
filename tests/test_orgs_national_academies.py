"""The national academies by the short forms the reports write (org_bodies.txt: 中国农科院 of
中国农业科学院, 中物院 of 中国工程物理研究院), as 中科院 was: an organization alone, in a list, or opening
the name of its works. Lines from the Hailar 2018, Henan and Sichuan reports of tests/real."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_national_academies_by_their_short_forms(tmp_path):
    orgs = _orgs(tmp_path, "积极争取中国农科院等科研院所设立分支机构,推动相关产业和产品研发。",
                 "服务保障好中物院、中科系、中核系、中电系、中航系和高水平研究型大学等“国家队”。",
                 "加快中国农科院河南创新基地高质量发展。")
    assert_found(orgs, {"中国农科院", "中物院"}, {"中科系"})
