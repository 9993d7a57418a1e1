"""A works each of the divisions listed before it builds of its own is named bare and is in each
division; a zone or park of a kind that each division has is no one works (ANNOTATION rule 11);
places sharing a zone's name by their short forms stay one works (kg.extract.projects
`_divisions_listed_before`, kg.resolve.relations "division works"). The sentences are those of real
reports (the changchun-2019, luoyang-2020 and liuyang-2023 passages of pool u42; guangdong-2026)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("确保九台区、双阳区新建垃圾焚烧发电厂投入运行。", {"垃圾焚烧发电厂"}, {"九台区、双阳区新建垃圾焚烧发电厂", "双阳区新建垃圾焚烧发电厂"}),
    ("实施孟津县、偃师市、新安县、宜阳县、洛宁县城乡供水一体化工程。", {"城乡供水一体化工程"},
     {"孟津县、偃师市、新安县、宜阳县、洛宁县城乡供水一体化工程", "洛宁县城乡供水一体化工程"}),
    ("推进九台区、双阳区、榆树市、德惠市、农安县特色产业园区建设。", set(),
     {"九台区、双阳区、榆树市、德惠市、农安县特色产业园区", "农安县特色产业园区"}),
    ("推进大瑶镇、永安镇、沙市镇省级特色小镇建设。", set(), {"大瑶镇、永安镇、沙市镇省级特色小镇", "沙市镇省级特色小镇"}),
    # short forms sharing a zone's name: one works as written (the guangdong-2026 sample's gold)
    ("加快汕头、湛江临港经济区建设。", {"汕头、湛江临港经济区"}, set()),
])
def test_works_of_listed_divisions(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_division_works_is_in_each_division(tmp_path):
    located = review_located(tmp_path, "实施孟津县、偃师市、新安县、宜阳县、洛宁县城乡供水一体化工程。", "洛阳市人民政府工作报告")
    assert {("城乡供水一体化工程", d) for d in ("孟津县", "偃师市", "新安县", "宜阳县", "洛宁县")} <= located
