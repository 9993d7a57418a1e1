"""Project recall (issues 9, 10: works whose head the rules know, lost on a gate), on
real sentences of the dev sets and fresh reports: each test names the gate it checks."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


def projects(tmp_path, sentence: str, head: str = "重庆市黔江区政府工作报告") -> set[str]:
    """The projects of one sentence, read in the review part of a report (a district's unless `head`
    names another area)."""
    return report_names(tmp_path, "Project", head, "一、工作回顾", sentence)


# jieba joins a head with the build or stage word after it ("工程建设", "工程施工"): the head still
# ends the works' name; a category before the fused word stays no works.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("油长路、五将路和农村公路安全生命防护工程建设加快。",  # dev text (gold)
     {"农村公路安全生命防护工程"}, set()),
    ("加快关门嘴子水库工程建设,加快实施灌区改造。",  # fresh heiji-2022
     {"关门嘴子水库工程"}, set()),
    ("加快林海水库等重大水利项目前期工作。",  # a category before the fused word
     set(), {"重大水利项目", "水利项目"}),
    ("9个项目吹响施工号角,步入工程建设阶段。",  # a noun goes on the fused word: works in general
     set(), {"步入工程"}),
])
def test_head_fused_with_stage_word(tmp_path, sentence, found, not_found):
    got = projects(tmp_path, sentence)
    assert set(found) <= got, f"missing {set(found) - got} in {got}"
    assert not set(not_found) & got, f"wrongly found {set(not_found) & got}"


# A site with no proper name (a centre, a base, a zone, a hall) that the verb right before or after it
# builds is one facility being built (ANNOTATION rule 7); a short descriptor, a kind many share, a
# designation or a site one "makes" the place (打造) is not.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进九洞天旅客服务中心建设。", {"九洞天旅客服务中心"}, set()),  # dev text (gold)
    ("市级电商孵化基地建成运行,开展惠民活动。", {"市级电商孵化基地"}, set()),  # dev text (gold)
    ("积极推进农业经济开发区建设。", {"农业经济开发区"}, set()),  # fresh shengzhou-chongren-2022
    ("推进乡镇综合文化服务中心建设。", set(), {"乡镇综合文化服务中心", "综合文化服务中心"}),
    ("加快外贸转型升级示范基地建设。", set(), {"外贸转型升级示范基地"}),
    ("全力打造绿色农畜产品精深加工基地。", set(), {"绿色农畜产品精深加工基地"}),
    ("推进体育中心建设。", set(), {"体育中心"}),
])
def test_one_site_built(tmp_path, sentence, found, not_found):
    got = projects(tmp_path, sentence)
    assert set(found) <= got, f"missing {set(found) - got} in {got}"
    assert not set(not_found) & got, f"wrongly found {set(not_found) & got}"


def test_province_builds_kinds_of_site(tmp_path):
    """A province's report plans kinds of site ("推进深远海养殖基地建设", guangdong-2026), a district's
    builds one: the same sentence gives a project only in the second."""
    sentence = "推进深远海养殖基地建设。"
    assert "深远海养殖基地" not in projects(tmp_path, sentence, head="广东省政府工作报告")
    assert "深远海养殖基地" in projects(tmp_path, sentence)


# A processing plant (加工厂, a weak head) named by a place or a trade name is a works; one of a kind
# is not (session 21, ql21; sentences written in the genre's phrasing).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("东山梅满园青梅加工厂、西岭茶业产业园提速建设。", {"东山梅满园青梅加工厂", "西岭茶业产业园"}, set()),
    ("由南方木业公司投资5000万元兴建的北林县南方木材加工厂开工。", {"北林县南方木材加工厂"}, set()),
    ("建设一批农产品加工厂。", set(), {"农产品加工厂"}),
])
def test_processing_plant_named_is_works(tmp_path, sentence, found, not_found):
    got = projects(tmp_path, sentence)
    assert found <= got and not (not_found & got), got


# the head 学院 ends 科学院 inside an institute's name: the parent body that opens the longer name found as an
# organization is no works, neither by the head nor as an institution built anew (ANNOTATION: organizations)
@pytest.mark.parametrize("sentence", [
    "加快建设中国科学院青禾产业技术研究院。",
    "与澄江大学合作,新建中国科学院澄江生态研究所。",
])
def test_parent_body_opening_an_institute_is_no_works(tmp_path, sentence):
    got = projects(tmp_path, sentence, head="青禾市政府工作报告")
    assert "中国科学院" not in got, got


# a name the walk opened at the head word that ends the name before it (the walk stopped at 研究, a verb of that
# name) runs back over that name: the branch of a centre is one works named with the centre, never "中心某某分中心"
@pytest.mark.parametrize("sentence,found,not_found", [
    ("澄江研究中心青禾分中心建成。", {"澄江研究中心青禾分中心"}, {"中心青禾分中心"}),
    ("青禾交通大学国家轨道交通电气化与自动化工程技术研究中心澄江基地建成。", set(), {"中心澄江基地"}),
])
def test_name_opened_at_a_head_glued_to_the_name_before(tmp_path, sentence, found, not_found):
    got = projects(tmp_path, sentence, head="青禾市政府工作报告")
    assert set(found) <= got, f"missing {set(found) - got} in {got}"
    assert not set(not_found) & got, got
