"""Projects on real text (session 57, pj), sentences of the Hailar 2017/2019, Shanxi and Jilin 2026 reports:

- A county's or district's report that runs the upgrading of a facility named by its kind alone speaks of its
  one facility (ANNOTATION rule 7): "推进污水处理厂提标改造" in 海拉尔区's report is a project, with its head's
  works; a province's report that says the same speaks of a kind.
- A count with its bound or approximation after the counter ("建设10家以上中试平台", "为1000家左右医保定点
  社区卫生服务中心…配备"; quantity_words.tsv) counts a set: no works.
"""
from __future__ import annotations

from tests.conftest import assert_found, review_projects

HAILAR19 = "2019年海拉尔区政府工作报告"


def test_county_upgrading_its_facility_named_by_kind(tmp_path):
    found = review_projects(tmp_path, "推进污水处理厂提标改造、海拉尔河流域河湖环境综合治理，地表水水质进一步改善。", HAILAR19)
    assert "污水处理厂提标改造" in found, found
    found = review_projects(tmp_path, "加快推进污水处理厂提标改造工程，达到一级A标准。", "2017年海拉尔区政府工作报告")
    assert_found(found, {"污水处理厂提标改造工程"}, {"提标改造工程"})


def test_province_upgrading_facilities_of_a_kind(tmp_path):
    found = review_projects(tmp_path, "推进污水处理厂提标改造，地表水水质进一步改善。", "2026年山西省政府工作报告")
    assert not any("提标改造" in p for p in found), found


def test_count_with_a_bound_counts_a_set(tmp_path):
    found = review_projects(tmp_path, "围绕重大共性问题，建设10家以上中试平台、概念验证中心，争取优质科技成果在我省中试。",
                            "2026年山西省政府工作报告")
    assert not any("中试平台" in p or "概念验证中心" in p for p in found), found
    found = review_projects(tmp_path, "为1000家左右医保定点社区卫生服务中心、乡镇卫生院配备医保刷脸支付终端。", "2026年吉林省政府工作报告")
    assert not any("卫生服务中心" in p for p in found), found
