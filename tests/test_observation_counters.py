"""Counters of plan parts (units.txt): 宗 (rights, houses), 支 (teams), 门 (courses), 例 (cases),
部 (lifts), 班次 and 列 (trains), 块 (signboards) close a value as 个 or 家 do. Wording of the Gansu,
Henan, Shanxi and Zhejiang 2026 plan parts and of Hailar 2018."""
from tests.conftest import observation_rows


def values(tmp_path, body):
    return {(r[1], r[2]) for r in observation_rows(tmp_path, "某省政府工作报告", f"二、2026年重点工作\n{body}")}


def names(tmp_path, body):
    return {r[0] for r in observation_rows(tmp_path, "某省政府工作报告", f"二、2026年重点工作\n{body}")}


def test_counters_close_values(tmp_path):
    found = values(tmp_path, "推动中欧（亚）班列拓线扩量、开行4000班次。新开发人工智能、养生保健等老年教育课程100门。"
                             "为残疾人适配智能仿生上下肢等科技辅具服务5000例。九是为既有住宅加装电梯600部。")
    assert {("4000", "班次"), ("100", "门"), ("5000", "例"), ("600", "部")} <= found


def test_signboards_counted_in_a_review(tmp_path):
    rows = observation_rows(tmp_path, "某区政府工作报告", "一、2017年工作回顾\n"
                            "完成了主要街道240栋建筑物的立面修复、5549块牌匾的规范设置。")
    assert ("5549", "块") in {(r[1], r[2]) for r in rows}


def test_counted_things_are_named(tmp_path):
    found = names(tmp_path, "盘活闲置农房2万宗。组建青少年心理关爱应急专家团队100支。省级出让矿业权110宗。")
    assert {"盘活闲置农房", "青少年心理关爱应急专家团队", "省级出让矿业权"} <= found
