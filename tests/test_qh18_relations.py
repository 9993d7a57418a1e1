"""Relation rules of session 15's QH18 (issue 10) on real sentences of reports, given the entities in
the order the extractor finds them: each test fails without its rule, and each has a twin that the
rule must leave alone."""
from __future__ import annotations

from kg.extract import ORG, PROJECT
from tests.test_qr13_relations import links


def test_an_institution_closing_the_works_name_is_what_they_build_not_a_party(tmp_path):
    # heldtext2 shijingshan-2025: the works convert a coal store into a museum; 博物馆 takes no part
    s = "深入推动“两园一河”协同联动发展，开工建设煤仓改建博物馆项目。"
    got = links(tmp_path, s, [(PROJECT, "煤仓改建博物馆项目"), (ORG, "博物馆")], "北京市石景山区")
    assert ("participatesIn", "博物馆", "煤仓改建博物馆项目") not in got
    # a fresh page (Banian 2020): the school the works build after 及
    s = "目前3.5亿美元的南光集团商业综合体及双语学校项目正抓紧对接。"
    got = links(tmp_path, s, [(PROJECT, "南光集团商业综合体及双语学校项目"), (ORG, "南光集团"), (ORG, "双语学校")],
                "八年镇")
    assert ("participatesIn", "双语学校", "南光集团商业综合体及双语学校项目") not in got
    assert ("participatesIn", "南光集团", "南光集团商业综合体及双语学校项目") in got


def test_an_institution_opening_the_works_name_still_takes_part(tmp_path):
    # Hailar 2015: the district hospital's emergency centre is its works
    s = "区医院120急救中心项目开工建设。"
    got = links(tmp_path, s, [(ORG, "区医院"), (PROJECT, "区医院120急救中心项目")], "海拉尔区")
    assert ("participatesIn", "区医院", "区医院120急救中心项目") in got
