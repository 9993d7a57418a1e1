"""Participation (session 47, issue 10): the works named after a group's power plant, the plant named by
the group, its site and 电厂 ("华能某州热电厂二期", "国电某木电厂二期", "大唐某克托电厂外送通道工程"),
are the group's investment: the group takes part, the plant (a body of the group) does not; the plant
still takes part in its own generating unit ("大唐抚州电厂第二台机组", session 38's test), and a plant
named by its place alone in the renewal of itself ("某某电厂三期"). Made-up names on the genre's
pattern (集团简称 + 地名 + 电厂); the first test fails without kg.resolve.relations._groups_plant_works."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某市2017年政府工作报告"


def test_a_phase_of_a_groups_plant_is_the_groups(tmp_path):
    _, orgs, links = review_graph(tmp_path, "华能江城热电厂二期建成投产。", REPORT)
    assert ("华能", "华能江城热电厂二期") in links, links
    assert ("华能江城热电厂", "华能江城热电厂二期") not in links, links


def test_an_outgoing_line_of_a_groups_plant_is_the_groups(tmp_path):
    _, _, links = review_graph(tmp_path, "大唐宽城电厂外送通道工程开工建设。", REPORT)
    assert ("大唐", "大唐宽城电厂外送通道工程") in links, links
    assert ("大唐宽城电厂", "大唐宽城电厂外送通道工程") not in links, links


def test_the_plant_runs_its_unit_and_a_plant_named_by_its_place_renews_itself(tmp_path):
    _, _, links = review_graph(tmp_path, "大唐抚州电厂第二台机组、江城风电场等项目建成投运。", REPORT)
    assert {("大唐", "大唐抚州电厂第二台机组"), ("大唐抚州电厂", "大唐抚州电厂第二台机组")} <= links, links
    _, _, links = review_graph(tmp_path, "推进江城电厂三期前期工作。", REPORT)
    assert ("江城电厂", "江城电厂三期") in links, links
