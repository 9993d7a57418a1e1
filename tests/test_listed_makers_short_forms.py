"""Session 61 (org): the listed makers by the short forms the trade and the reports use
(companies.txt: 中芯 for 中芯国际, 海康 for 海康威视, 惠科, 超聚变, 中国盐湖, 延长石油 …): the company
named alone or in a list of leading firms, and the company whose works' name it opens; 机器人 after a
known company's short name ends its subsidiary's name (brand_heads.txt: 海康机器人). Sentences of
zhejiang-2026-review, zhejiang-2026, henan-2026-review, qinghai-2026 and shaanxi-2026; the whole
pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_short_form_opening_works(tmp_path):
    works = "绍兴中芯数模混合集成电路"
    projects, orgs, links = review_graph(
        tmp_path, "绍兴中芯数模混合集成电路、甬金衢上高速公路等项目加快推进。", HEAD)
    assert works in projects
    assert "中芯" in orgs
    assert ("中芯", works) in links


def test_group_opening_works(tmp_path):
    works = "中国盐湖金属镁一体化技术改造"
    projects, orgs, links = review_graph(
        tmp_path, "推动蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造、沃锦储热40万吨熔盐装置技术升级等项目建设。",
        HEAD)
    assert works in projects
    assert ("中国盐湖", works) in links


def test_makers_named_alone(tmp_path):
    _, orgs, _ = review_graph(
        tmp_path, "培育了超聚变、中创智领等一批行业领军企业，促进延长石油千万吨原油稳产。", HEAD)
    assert {"超聚变", "延长石油"} <= orgs


def test_robot_maker_of_a_known_group(tmp_path):
    _, orgs, _ = review_graph(
        tmp_path, "推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投产。", HEAD)
    assert "海康机器人" in orgs
    assert "杭州海" not in orgs


def test_robots_as_a_field_name_no_company(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "发展服务机器人产业，推动工业机器人应用。", HEAD)
    assert not any(o.endswith("机器人") for o in orgs)
