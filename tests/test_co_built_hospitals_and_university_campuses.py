"""Session 53 (pa53): bodies built together and a university's campus. Sentences written in the genre's
phrasing with invented names; the whole pipeline runs on each.

- A hospital, a hospital's branch or a centre named right after a co-building verb ("A与B合作共建的某某医院
  挂牌", "某医院与某区共建的某某分院开诊"; org_co_built_body_heads.txt) is a works being built, a project
  (ANNOTATION rule 2, alt type Organization), which the bodies co-building it take part in, as an institute
  (研究院) was before; so is an institute whose name holds a zone found as works ("…共建的某某高新区研究院").
  Not a university founded together ("与某市共建某某科技大学": an organization).
- A university's or college's campus named after its area ("某某大学某某校区"; org_campus_heads.txt) is a
  body of its own; where the campus opens the name of works ("推进某某学院某某校区建设", "某某大学某某校区二期")
  the university takes part in them, as before, and no campus is named.
- Builders listed before their partner ("A、B与C共建的P") all take part in P.
"""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, works, builders", [
    ("青溪大学与青溪县第三人民医院合作共建的青溪大学附属医院挂牌。", "青溪大学附属医院",
     {"青溪大学", "青溪县第三人民医院"}),
    ("青禾省人民医院与澄江区共建的省医澄江分院开诊。", "省医澄江分院", {"青禾省人民医院"}),
    ("青禾大学与区政府合作建设的青溪高新区研究院落成。", "青溪高新区研究院", {"青禾大学", "区政府"}),
])
def test_a_hospital_or_institute_built_together_is_works_its_builders_take_part_in(tmp_path, sentence, works, builders):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert {org for org, w in links if w == works} == builders


def test_a_university_founded_together_stays_an_organization(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "支持青禾科学院澄江分院与澄江市共建澄江科技大学。", HEAD)
    assert "澄江科技大学" in orgs and "澄江科技大学" not in projects


def test_a_universitys_campus_named_after_its_area_is_a_body(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "青禾大学澄溪校区、青禾理工大学雨溪校区等10所高校全部入驻。", HEAD)
    assert {"青禾大学澄溪校区", "青禾理工大学雨溪校区"} <= orgs


def test_a_campus_opening_works_leaves_them_the_universitys(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "青禾大学澄溪校区二期建成。", HEAD)
    assert "青禾大学澄溪校区" not in orgs
    assert links == {("青禾大学", "青禾大学澄溪校区二期")}


def test_a_campus_being_built_is_the_colleges_works(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "推进青禾学院临港校区建设。", HEAD)
    assert "青禾学院临港校区" in projects and "青禾学院临港校区" not in orgs
    assert links == {("青禾学院", "青禾学院临港校区")}


def test_a_centre_founded_is_no_works(tmp_path):
    # 组建 founds a body (org_co_built_stem_breaks.txt): the service centre is an organization, not works
    projects, orgs, _ = review_graph(tmp_path, "组建青溪县人民政府政务服务中心。", HEAD)
    assert "青溪县人民政府政务服务中心" in orgs and not projects


def test_every_builder_listed_before_the_partner_takes_part(tmp_path):
    # "A、B与C共建的P": A and B build P with their partner C (attributes._partner_listed), also where B is
    # found by two rules (attributes._listed_from skips the second)
    _, _, links = review_graph(tmp_path, "青禾大学、澄江大学与青禾科技有限公司共建的未来网络创新平台投入运行。", HEAD)
    assert {org for org, _ in links} == {"青禾大学", "澄江大学", "青禾科技有限公司"}


def test_a_campus_keeps_its_universitys_name_and_a_campus_works_names_no_campus(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "青禾大学澄溪校区与澄江海洋实验室合作开展海洋科研。", HEAD)
    assert {"青禾大学澄溪校区", "青禾大学"} <= orgs
    _, orgs, _ = review_graph(tmp_path, "青禾师范学院东澄校区扩建工程开工。", HEAD)
    assert "青禾师范学院东澄校区" not in orgs


def test_universities_brought_into_a_zone_take_no_part_in_it(tmp_path):
    # "X引进A、B等高校院所": they settle there to teach and research (participation.txt institutions_listed);
    # companies brought in ("等企业") still invest in it
    _, _, links = review_graph(tmp_path, "青禾智造小镇引进青禾大学澄溪校区、澄江航空大学青禾研究院等高校院所。", HEAD)
    assert not links
    _, _, links = review_graph(tmp_path, "青禾智造小镇引进青禾科技有限公司、澄江电子有限公司等企业。", HEAD)
    assert {org for org, _ in links} == {"青禾科技有限公司", "澄江电子有限公司"}
