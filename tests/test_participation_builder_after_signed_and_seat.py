"""Participation rules of session 30 (pc30, issues 9 and 10), on sentences written in the genre's phrasing
(probe in /work/pool/pc30-probe.txt): the works named before its builder ("P由X承建", "P由X负责运营"), the works
an organization builds named by the clause's end without 的 or a label ("引进X投资建设P。", "X在Y镇建设P。"), the
works an agreement is signed for ("与X签订P合作框架协议"), and a group's subsidiary named with its seat in
brackets ("X(某省)能源开发有限公司"). Each test fails without its rule."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某县2023年政府工作报告"


def test_the_works_named_before_its_builder_is_one_and_linked(tmp_path):
    # "P由X承建": the clause says who builds that works, so a name of common words is one
    projects, _, links = review_graph(tmp_path, "城北水厂扩建工程由宽衍集团承建,年内建成通水。", REPORT)
    assert ("宽衍集团", "城北水厂扩建工程") in links
    projects, _, links = review_graph(tmp_path, "新建的游泳馆由宽衍集团负责运营管理。", REPORT)
    assert "游泳馆" in projects and ("宽衍集团", "游泳馆") in links


def test_every_builder_of_a_consortium_after_the_works_builds_it(tmp_path):
    projects, _, links = review_graph(tmp_path, "游客服务中心由宽衍集团、尤佳集团联合体承建。", REPORT)
    assert "游客服务中心" in projects
    assert {("宽衍集团", "游客服务中心"), ("尤佳集团", "游客服务中心")} <= links


def test_no_works_before_a_builder_for_an_anaphora_or_a_kind(tmp_path):
    # guards of the rule above (they hold on main too): an anaphora or a kind before 由 is no works
    projects, _, links = review_graph(tmp_path, "该项目由宽衍集团承建。", REPORT)
    assert not any(p.startswith("该") for p in projects)
    projects, _, _ = review_graph(tmp_path, "重点项目由宽衍集团承建。", REPORT)
    assert "重点项目" not in projects


def test_the_works_a_builders_verb_names_up_to_the_clauses_end(tmp_path):
    # no 的 and no label (项目, 工程): a facility's head closed by the clause's end is that works
    projects, _, links = review_graph(tmp_path, "引进宽衍集团投资建设冷链物流配送中心,带动就业300人。", REPORT)
    assert ("宽衍集团", "冷链物流配送中心") in links
    # the builder, then 在 and a place, then its verb
    projects, _, links = review_graph(tmp_path, "宽衍集团在石桥镇建设肉牛养殖场。", REPORT)
    assert ("宽衍集团", "肉牛养殖场") in links
    # "X投资建设的P" named up to a stage word after it (并网, 投入)
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设的充电站投入运营。", REPORT)
    assert ("宽衍集团", "充电站") in links


def test_a_builders_verb_before_a_kind_names_no_works(tmp_path):
    # guard of the rule above (holds on main too): a counted set after the verb is no works
    projects, _, links = review_graph(tmp_path, "宽衍集团投资建设一批充电站。", REPORT)
    assert not any(p.startswith("一批") for p in projects)


def test_the_works_an_agreement_is_signed_for(tmp_path):
    projects, _, links = review_graph(tmp_path, "与宽衍集团签订农产品物流园合作框架协议。", REPORT)
    assert "农产品物流园" in projects and ("宽衍集团", "农产品物流园") in links
    projects, _, links = review_graph(tmp_path, "与宽衍集团签署源网荷储一体化项目投资协议。", REPORT)
    assert ("宽衍集团", "源网荷储一体化项目") in links
    # no party named: no works by this rule
    projects, _, _ = review_graph(tmp_path, "签订战略合作协议。", REPORT)
    assert not projects


def test_a_subsidiary_named_with_its_seat_in_brackets(tmp_path):
    # the group's trade name, the seat in brackets, its business and legal form: one company
    _, orgs, links = review_graph(tmp_path, "宽衍(山西)能源开发有限公司投资建设的光伏电站并网发电。", REPORT)
    assert "宽衍(山西)能源开发有限公司" in orgs
    assert ("宽衍(山西)能源开发有限公司", "光伏电站") in links
    # a region's common word before the brackets is no trade name
    _, orgs, _ = review_graph(tmp_path, "西部(重庆)科学城建设有限公司揭牌成立。", REPORT)
    assert "西部(重庆)科学城建设有限公司" not in orgs
