"""A trade word after a common word is no company's brand where it qualifies a field of policy right
after it (org_trade_field_compounds.txt: "高质量科技供给", "中央财政科技计划", "全生命周期科技金融服务"),
nor where the word before it is itself a trade ("石化化工": two trades name a sector). Lines from the
Jiangsu, national 2015 and Zhejiang reports of tests/real and the Gansu design text; a company's brand
before its trade stays (the Henan report, the Qianjiang sample)."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_a_trade_qualifying_a_field_of_policy_ends_no_brand(tmp_path):
    orgs = _orgs(tmp_path, "加快突破关键核心技术,强化高质量科技供给,努力抢占科技制高点。",
                 "要改革中央财政科技计划管理方式,建立公开统一的国家科技管理平台。",
                 "强化产业基金撬动作用,优化全生命周期科技金融服务,引导更多长期资本投早、投小、投硬科技。")
    assert_found(orgs, set(), {"高质量科技", "中央财政科技", "生命周期科技", "全生命周期科技"})


def test_two_trades_side_by_side_name_a_sector(tmp_path):
    orgs = _orgs(tmp_path, "促进有色冶金、石化化工、装备制造等产业延链补链。",
                 "建设时空信息、具身智能、文化旅游、石化化工等国家人工智能应用中试基地。")
    assert_found(orgs, set(), {"石化化工"})


def test_a_brand_before_its_trade_stays(tmp_path):
    orgs = _orgs(tmp_path, "支持天兵科技、天章卫星等商业航天企业做大做优。", "积极推进科瑞南海制药重组。",
                 "推动京宏源铝业转型发展。")
    assert_found(orgs, {"天兵科技", "科瑞南海制药", "京宏源铝业"}, set())
