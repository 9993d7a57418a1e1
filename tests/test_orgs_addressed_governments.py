"""A notice that issues a work report addresses the governments below it by their levels after 各
("各区、县人民政府", "各县(市)、区人民政府"): the body ending that list is a collective, no one body
(kg.extract.organizations _ends_an_addressed_list, org_addressee_levels.txt). A body listed after
another body ("市委、区人民政府") still names one. Lines written in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names

HEAD = "某市人民政府关于印发2025年政府工作报告的通知"


def test_the_governments_a_notice_addresses_are_no_body(tmp_path):
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "各区、县人民政府和市直各单位:",
                        "各县(市)、区人民政府,各设区市人民政府,各市州、县市区人民政府,各设区市发展改革委:")
    assert not {"县人民政府", "区人民政府", "市州、县市区人民政府", "市发展改革委"} & orgs
    assert not any(o.endswith("人民政府") and o != "市人民政府" for o in orgs), orgs


def test_a_government_listed_after_another_body_is_one_body(tmp_path):
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "在市委、区人民政府的领导下,县人民政府和区政协共同推进。")
    assert {"市委", "区人民政府", "县人民政府", "区政协"} <= orgs
