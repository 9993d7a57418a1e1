"""A listed works named by its company, then the product its plant makes, an industry of the strategic
emerging industries catalogue or of GB/T 4754 (industries.txt: 精细化工 fine chemicals, 碳酸锂 lithium
carbonate), maybe after the grade of the product (org_works_descriptors.txt: 先进, 高性能; "华锦阿美精细化工",
"蓝科锂业碳酸锂装置系统性优化改造", "金汇能先进负极材料"): the trade name before the product is the
company that builds the works (ANNOTATION rule 8; participatesIn). Sentences of real reports (Liaoning
2026, Qinghai 2026, Gansu 2026 plans); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("head, sentence, works, company", [
    ("2026年辽宁省政府工作报告", "推动徐大堡核电3号机组、华锦阿美精细化工、亿纬锂能沈阳工厂等项目建成投产。",
     "华锦阿美精细化工", "华锦阿美"),
    ("2026年青海省政府工作报告",
     "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造等项目建设。",
     "蓝科锂业碳酸锂装置系统性优化改造", "蓝科锂业"),
    ("2026年甘肃省政府工作报告", "加快推进金川镍钴高品质镍基材料、巨化硅氟新材料、金汇能先进负极材料等重点项目。",
     "金汇能先进负极材料", "金汇能"),
], ids=["fine_chemicals", "lithium_carbonate", "graded_product"])
def test_the_name_before_a_product_is_the_works_company(tmp_path, head, sentence, works, company):
    projects, orgs, links = review_graph(tmp_path, sentence, head)
    assert works in projects
    assert (company, works) in links


def test_a_product_alone_names_no_company(tmp_path):
    # a kind of works, no trade name before the product
    _, orgs, _ = review_graph(tmp_path, "推进高端精细化工、新型纤维等项目建设。", "2026年山东省政府工作报告")
    assert not any("精细化工" in o or "纤维" in o for o in orgs)
