"""Session 61 (org2): more bodies the report says were set up, placed or started (kg.extract.opened_bodies):
a learned society, an administration and an office are bodies' heads (学会, 管理局, 办公室); a body set up
and at work or started (组建运行, 启动运行, 正式运行) is named right before its verb; a headquarters placed
(总部落户) places its body; a first's ordinal (全国首个) or a point's count (二是) opening the clause is no
part of the name; a count of bodies is none. Sentences of anhui-2026-review, hainan-2026-review,
ningxia-2026-review, qinghai-2026-review and shanghai-2026-review; the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_society_headquarters_placed(tmp_path):
    orgs = _orgs(tmp_path, "紧凑型聚变能实验装置提前进入总装，国际深空探测学会总部落户合肥。")
    assert "国际深空探测学会" in orgs


def test_society_placed(tmp_path):
    orgs = _orgs(tmp_path, "推动数字人民币国际运营中心、银行间市场数据报告库、中国资本市场学会落户，完成证券重组更名上市。")
    assert "中国资本市场学会" in orgs


def test_bodies_set_up_and_at_work(tmp_path):
    orgs = _orgs(tmp_path, "“政产学研金服用”融合服务平台、科技与产业融合创新协会组建运行。海南热带雨林国家公园管理局组建运行。"
                           "高原医学研究中心组建运行，人均预期寿命提高。")
    assert {"科技与产业融合创新协会", "海南热带雨林国家公园管理局", "高原医学研究中心"} <= orgs


def test_started_centres_past_a_point_count(tmp_path):
    orgs = _orgs(tmp_path, "二是国际葡萄与葡萄酒宁夏交流合作中心正式运行，为葡萄酒产业搭建了重要平台；"
                           "三是中国-中亚荒漠化防治合作中心落户宁夏。宁夏数据要素运营中心启动运行。")
    assert {"国际葡萄与葡萄酒宁夏交流合作中心", "中国-中亚荒漠化防治合作中心", "宁夏数据要素运营中心"} <= orgs
    assert not any(o.startswith(("二是", "三是")) for o in orgs)


def test_first_of_its_kind_office(tmp_path):
    orgs = _orgs(tmp_path, "全国首个国际船舶登记管理局落地运行，联合国粮农组织海南项目合作办公室挂牌运行。")
    assert {"国际船舶登记管理局", "联合国粮农组织海南项目合作办公室"} <= orgs
    assert not any(o.startswith("全国首个") for o in orgs)


def test_counted_centres_are_none(tmp_path):
    orgs = _orgs(tmp_path, "全省首个国家区域医疗中心和3所省级区域医疗中心投入运行。")
    assert not any("3所" in o for o in orgs)
