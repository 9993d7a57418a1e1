"""Where a works' name begins and ends. A transfer works' name (quoted or not) right before a head of its
own is one works, head and all (project_transfer_heads.txt; "X电外送" only before such a head): sentences
of jilin-2026 and its review, ningxia-2026-review, xinjiang-2026 and its review, henan-2026-review; the
bare flow stays no works. Descriptions before a works open its span but are no part of its name
(ANNOTATION: "时速350公里的渝湘高铁…" → the name alone): an airport's grade ("4F级"), a road's width
("双向8车道") and a first train ("首列"): neimenggu-2026-review, hainan-2026-review, ningxia-2026-review.
A name opening with a size class (project_size_classes.txt) names a class of works: national-2004, 2007,
2011, shanghai-2026. A transfer name before the measure of its flow or a region's name
(project_transfer_not_after.txt) is no works: sichuan-2026-review, yunnan-2026-review, shaanxi-2026.
The label "重点工程" before a name is no part of it: ningxia-2026-review, sichuan-2026-review."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动“吉电入京”特高压输电通道开工建设。", {"吉电入京”特高压输电通道"}, {"吉电入京"}),
    ("七是全国首条“沙戈荒”新能源外送通道“宁电入湘”工程建成投运，我区外送电能力突破2000万千瓦。",
     {"宁电入湘”工程"}, {"宁电入湘"}),
    ("加快推进“疆电外送”第四通道、将军庙至淖毛湖铁路增建二线等一批重点项目建设。",
     {"疆电外送”第四通道"}, {"第四通道"}),
    ("南水北调中线工程水源地及干渠水质稳定在Ⅱ类及以上。", {"南水北调中线工程"}, {"南水北调"}),
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。", set(), {"晋电外送"}),
    ("开通航线483条、通航城市116个，全区首座4F级盛乐国际机场通过行业验收。", {"盛乐国际机场"}, {"4F级盛乐国际机场"}),
    ("G9812高速延长线等建成，双向8车道洋浦疏港高速公路通车，马村港三期开工。",
     {"洋浦疏港高速公路"}, {"双向8车道洋浦疏港高速公路"}),
    ("及时出台“稳拓转调创＋政策”措施，开通首列农产品冷藏集装箱铁海联运国际班列。",
     {"农产品冷藏集装箱铁海联运国际班列"}, {"首列农产品冷藏集装箱铁海联运国际班列"}),
    ("用三年时间基本完成全国大中型和重点小型病险水库改造。", set(), {"小型病险水库改造", "病险水库改造"}),
    ("继续抓好改善农牧民生产生活条件的小型工程建设。", set(), {"小型工程"}),
    ("加强农田水利建设、中小河流治理、小型水库和病险水闸除险加固。", set(), {"小型水库"}),
    ("进一步加强小型房屋建筑工程安全生产监管。", set(), {"小型房屋建筑工程"}),
    ("清洁能源装机超过1.3亿千瓦，“西电东送”电量超过8100亿千瓦时。", set(), {"西电东送"}),
    ("单位GDP能耗全国最低，“西电东送”累计送电量超2万亿千瓦时。", set(), {"西电东送"}),
    ("秦岭、黄河流域、南水北调水源涵养区三大生态安全屏障更加牢固。", set(), {"南水北调"}),
    ("八是国家重点工程包银高铁全线开通，实现了宁夏高铁出行新突破。", {"包银高铁"}, {"工程包银高铁"}),
    ("西部陆海新通道西线主通道重点工程隆泸叙铁路开通首发。", {"隆泸叙铁路"}, {"工程隆泸叙铁路"}),
])
def test_where_a_works_name_begins_and_ends(tmp_path, sentence, found, not_found):
    got = {name.lstrip("“") for name in projects(tmp_path, sentence)}
    assert_found(got, found, not_found)
