"""Built works, session 58 (helper pjw). 航道 and 大科学装置 label lists of works by their kind
(project_list_kinds.txt): "推进防城港30万吨级、北海20万吨级、南宁至贵港一级等航道建设" names three
waterways as written, the works a head inside the first item gave (防城港 by 港, 南宁至贵港) giving way
to the item (project_lists._works_found_over); "加快深地探测、电磁橇等大科学装置预研建设" names 电磁橇.
A university or institute whose 筹建 (preparation to build) the plan speaks of is built anew
(project_new_institution_verbs.txt, "after"): "加快空天信息大学筹建", "支持钱塘大学筹建". Sentences of
tests/real guangxi-2026, shandong-2026 and zhejiang-2026."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects

TITLE = "2026年某省人民政府工作报告"


def test_waterways_listed_by_their_kind(tmp_path):
    found = review_projects(tmp_path, "全力确保平陆运河建成通航，加快配套工程建设。推进防城港30万吨级、北海20万吨级、"
                                      "南宁至贵港一级等航道建设。", TITLE)
    assert_found(found, {"防城港30万吨级", "北海20万吨级", "南宁至贵港一级"}, {"南宁至贵港"})


def test_big_science_devices_listed_by_their_kind(tmp_path):
    assert_found(review_projects(tmp_path, "加快深地探测、电磁橇等大科学装置预研建设。", TITLE), {"电磁橇"}, set())


def test_an_institution_being_prepared_is_built_anew(tmp_path):
    found = review_projects(tmp_path, "全力推动省属高校“双一流”突破，加快空天信息大学筹建，推动升格一批职业技术大学。", TITLE)
    assert_found(found, {"空天信息大学"}, {"职业技术大学"})
    found = review_projects(tmp_path, "支持更多高校创建“双一流”，支持钱塘大学筹建。", TITLE)
    assert_found(found, {"钱塘大学"}, set())
