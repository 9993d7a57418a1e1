"""Two precision classes of session 25 (qk25): 工程 inside a research institution's designation
("国家工程实验室", "工程技术研究中心") is no head of works, and a kind of community ("新型农村社区",
"养老社区", "一批花园社区") is no place, while a named community ("红旗社区", Hailar's "呼伦社区")
stays one. Sentences written for the test in the genre's phrasing, not copied from any report read;
the Hailar checks read `../shared`."""

import pytest

from kg.api import build_report
from tests.conftest import SHARED, names_of

HAILAR = SHARED / "corpus" / "hailar"  # KG_SHARED honoured, as in conftest
OPENING = "2026年1月10日,某县第十八届人民代表大会第四次会议开幕。县长作政府工作报告时说,\n二、2026年工作安排\n"


def _labels(tmp_path, text, type_):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return names_of(build_report(f).mentions, type_)


def test_engineering_before_an_institution_kind_names_no_works(tmp_path):
    text = OPENING + ("加快建设先进材料国家工程实验室,新建省级工程技术研究中心5家,推进现代农业工程研究中心建设,"
                      "支持企业建成智能装备工程中心。开工建设城北污水处理厂二期工程。\n")
    projects = _labels(tmp_path, text, "Project")
    assert not any(p.endswith("工程") and "污水" not in p for p in projects), projects
    assert "智能装备工程中心" in projects, projects  # the institution being built is named whole
    assert "城北污水处理厂二期工程" in projects, projects  # works named by 工程 are still found
    assert "先进材料国家工程实验室" in _labels(tmp_path, text, "Organization")


def test_kinds_of_community_are_no_places(tmp_path):
    text = OPENING + ("完成东岭、南坡2个街道新型农村社区安置房建设,全县启动建设30个左右新型农村社区。"
                      "建设中医药康养基地和养生养老社区,打造一批花园社区,使其成为移民搬迁的典型社区。"
                      "全面提高社区卫生服务水平。在城关镇红旗社区新建停车场。\n")
    places = {p for p in _labels(tmp_path, text, "Place") if p.endswith("社区")}
    assert places == {"红旗社区"}, places


@pytest.mark.skipif(not HAILAR.exists(), reason="needs ../shared")
def test_hailars_named_communities_stay_places():
    found = set()
    for year in (2012, 2013, 2016):
        found |= {m.text for m in build_report(HAILAR / f"hailar-{year}.txt").mentions
                  if m.type == "Place" and m.text.endswith("社区")}
    assert {"呼伦社区", "爱民社区", "松山社区"} <= found, found
    # "靠山社区卫生服务中心", "健康社区卫生服务中心": the health centres of 靠山街道 and 健康街道
    # (place_town_institution_heads.txt), no communities of those names
    assert not {"靠山社区", "健康社区"} & found, found


def test_a_college_named_for_engineering_is_one_body(tmp_path):
    # 工程 inside a college's name ("安徽工程大学", "四川工程职业技术学院": the wuhu-2018 passage of
    # pool u44 and the mianzhu-2011 passage of pool u42) is no works' head, and the name runs through it
    text = OPENING + ("安徽师范大学花津校区二期、安徽工程大学科研楼建成使用。"
                      "推进四川工程职业技术学院绵竹分院和绵竹市体育中心建设。\n")
    orgs = _labels(tmp_path, text, "Organization")
    assert {"安徽工程大学", "四川工程职业技术学院"} <= orgs, orgs
    projects = _labels(tmp_path, text, "Project")
    assert not {"安徽工程", "四川工程"} & projects, projects
