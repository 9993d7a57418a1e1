"""An existing facility run as one body, named by its head (煤矿, 水厂, 市场, 百货, 博物院) right before the
works done on it (扩能改造, 改扩建, 搬迁, 北院区): the facility is an organization that takes part in the
works package, a project of its own (ANNOTATION rule 2 and 8). kg/extract/organizations.py
`extract_renewed_facilities` (lexicons org_renewed_facility_heads.txt, org_renewal_works.txt) runs the
head rules' name tests; a kind ("农贸市场升级改造"), a count or a capacity inside the name does not fire.
Sentences from tests/real (hailar-2012, hailar-2013, hailar-2018, henan-2026, national-2010) and the
guangdong-2026 sample."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2019年海拉尔区人民政府工作报告"


@pytest.mark.parametrize("sentence, body, works", [
    ("蒙西煤矿扩能改造、顺兴煤矿改造复产全面完成，煤炭产量达到250万吨。", "蒙西煤矿", "蒙西煤矿扩能改造"),
    ("启动蒙东机械装备交易中心、恒达二手车交易市场、海拉尔畜产品交易市场搬迁等项目。", "海拉尔畜产品交易市场",
     "海拉尔畜产品交易市场搬迁"),
    ("开工建设龙腾果蔬粮油农贸批发市场改造工程。", "龙腾果蔬粮油农贸批发市场", "龙腾果蔬粮油农贸批发市场改造工程"),
    ("启动黑羊站水厂扩能改造、垃圾转运站建设工程。", "黑羊站水厂", "黑羊站水厂扩能改造"),
    ("推进河南博物院北院区、省文物考古研究院新院建设。", "河南博物院", "河南博物院北院区"),
])
def test_a_renewed_facility_is_a_body_taking_part_in_its_works(tmp_path, sentence, body, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert body in orgs
    assert works in projects
    assert (body, works) in links


def test_a_facility_named_with_a_city_quarter_before_it(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "做好老城区六二六建材专业市场搬迁入园。", HEAD)
    assert "六二六建材专业市场" in orgs
    assert "老城区六二六建材专业市场" not in orgs


@pytest.mark.parametrize("sentence, not_body", [
    # a kind of market (national-2010): one word of the dictionary, no one market
    ("大力发展农产品加工业，支持批发市场和农贸市场升级改造，推动生产要素向优势产区集中。", "农贸市场"),
    # a count inside the name (guangdong-2026): two markets of a kind
    ("加快省和深圳前海两个区域股权交易市场扩容提质。", "深圳前海两个区域股权交易市场"),
    # a capacity inside the name: the size of a works, no body's name
    ("完成日处理3万吨水厂改扩建。", "日处理3万吨水厂"),
])
def test_no_body_where_the_name_is_a_kind_or_a_count(tmp_path, sentence, not_body):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert not_body not in orgs
