"""Places inside names (ANNOTATION rule 8) on real sentences of reports (each excerpt
is named). Each sentence is put in a small report of the same area, so the rule under test is the
one that decides."""
from __future__ import annotations

from tests.conftest import report_pairs

YUNNAN = "政府工作报告\n——2023年1月11日在云南省第十四届人民代表大会第一次会议上"
LIAONING = "政府工作报告\n——2022年1月在辽宁省第十三届人民代表大会第六次会议上"
CHONGQING = "政府工作报告\n——2016年1月24日在重庆市第四届人民代表大会第四次会议上"


def mentions(tmp_path, head: str, *sentences: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, head, "各位代表：", "一、工作回顾", *sentences)


def test_a_city_railway_hub_holds_the_city(tmp_path):
    # heldtext yunnan-2023: "大理铁路枢纽" is 大理's railway hub, not a route named by its ends
    found = mentions(tmp_path, YUNNAN, "加快渝昆高铁、文蒙铁路、大理铁路枢纽等项目建设。")
    assert ("Place", "大理") in found


def test_a_hub_named_after_a_far_city_holds_it_too(tmp_path):
    # a fresh page (railway news, 2022): "沈阳铁路枢纽…等多项工程复工复产"
    found = mentions(tmp_path, LIAONING, "沈阳铁路枢纽、沈丹铁路凤凰城至金山湾段扩能改造等多项工程复工复产。")
    assert ("Place", "沈阳") in found


def test_a_route_named_by_its_ends_still_holds_no_place(tmp_path):
    # the guard the hub words leave in place: "成渝铁路" joins 成都 and 重庆, 成渝 is no city
    found = mentions(tmp_path, CHONGQING, "开工渝昆高铁，建成渝万铁路，推进郑万、渝黔等铁路建设。")
    assert not any(t == "Place" and n in ("渝昆", "渝万", "渝黔") for t, n in found)


def test_a_route_closing_a_counted_list_keeps_its_last_end(tmp_path):
    # heldtext shandong-2024: "泰安至东平等34个在建项目": 等 and a count close the route (jieba reads 平等)
    found = mentions(tmp_path, "政府工作报告\n——2024年1月在山东省第十四届人民代表大会第二次会议上",
                     "开工临沂至徐州等高速公路项目，抓好泰安至东平等34个在建项目。")
    assert ("Place", "东平") in found
