"""Words at an indicator name's edges that look like joiners or verbs, on sentences of real reports:
惠及 closes a name of a work's reach and keeps its 及 (城镇更新改造惠及), 及以上 inside the noun after a
count is a bound, no joiner (二级及以上公立医疗机构), and 争取到 before a sum obtained says it was
obtained: 到 is no part of the name (争取到上级资金 → 争取上级资金; 争取到中央和自治区预算内投资 →
中央和自治区预算内投资)."""
from kg.extract.observations import _without_trailing_joiner
from tests.test_indicator_recipients_and_sibling_measures import indicators


def test_a_works_reach_keeps_the_verb_of_reaching(tmp_path):
    # yunnan-2026 review, shandong-2026 review
    found = indicators(tmp_path, "2026年云南省政府工作报告", "2025年工作回顾",
                       "城镇更新改造惠及390万人,不动产登记历史遗留问题化解率99.95%。",
                       "新就业形态人员职业伤害保障试点惠及165.3万人。")
    assert {"城镇更新改造惠及", "新就业形态人员职业伤害保障试点惠及"} <= found
    assert not any(n.endswith("惠") for n in found)


def test_a_conjunction_closing_a_name_still_goes():
    assert _without_trailing_joiner("城区道路和") == "城区道路"
    assert _without_trailing_joiner("产业园及") == "产业园"
    assert _without_trailing_joiner("城镇更新改造惠及") == "城镇更新改造惠及"
    # a verb of reach alone names nothing: it goes as a joiner would
    assert _without_trailing_joiner("惠及") == "惠"


def test_a_bound_inside_the_noun_after_a_count_is_no_joiner(tmp_path):
    # xinjiang-2026 review; shanxi-2026 (the plan part)
    found = indicators(tmp_path, "2026年新疆维吾尔自治区政府工作报告", "2025年工作回顾",
                       "256家二级及以上公立医疗机构实现检查检验结果互认。")
    assert "二级及以上公立医疗机构" in found and "二级" not in found
    found = indicators(tmp_path, "2026年山西省政府工作报告", "2026年工作安排",
                       "新建2—3家省级制造业创新中心和25—30家省级及以上企业技术中心。")
    assert {"省级制造业创新中心", "省级及以上企业技术中心"} <= found and "省级" not in found


def test_sought_and_obtained_drops_the_complement(tmp_path):
    # hailar-2018 (both annotators agree), tianya-2024
    found = indicators(tmp_path, "2018年海拉尔区政府工作报告", "2017年工作回顾",
                       "积极推动中心城区优先发展,争取到中央和自治区预算内投资2.76亿元。")
    assert "中央和自治区预算内投资" in found and not any(n.startswith("到") for n in found)
    found = indicators(tmp_path, "2024年天涯区政府工作报告", "2023年工作回顾",
                       "2023年共争取到上级资金22.1亿元,同比增长17.6%。")
    assert "争取上级资金" in found


def test_funds_that_arrived_are_named_by_the_fund(tmp_path):
    # qianjiang-2019: 争取到位 is no 争取到 (must not fire)
    found = indicators(tmp_path, "2019年潜江市政府工作报告", "2018年工作回顾",
                       "争取到位上级专项资金43.1亿元、增长32.4%。")
    assert "上级专项资金" in found and not any(n.startswith("位") for n in found)


def test_each_work_of_a_list_keeps_the_verb_of_reaching(tmp_path):
    # hainan-2026 review: 惠及 is one word, no list joiner inside it
    found = indicators(tmp_path, "2026年海南省政府工作报告", "2025年工作回顾",
                       "文化惠民工程、全民健身工程分别惠及3500万、2300万人次。")
    assert {"文化惠民工程惠及", "全民健身工程惠及"} <= found


def test_a_count_promoted_to_a_status_is_named_by_the_status_reached(tmp_path):
    # hailar-2018 (both annotators agree): the status with its verb, not 公司
    found = indicators(tmp_path, "2018年海拉尔区政府工作报告", "2017年工作回顾",
                       "瑞丰公司等4家公司晋升国家级高新技术企业。")
    assert "晋升国家级高新技术企业" in found and "公司" not in found


def test_a_count_entering_a_list_is_no_promotion(tmp_path):
    # must not fire: 列入 is a verb of entry (obs_entry_verbs.txt), named with the noun counted
    found = indicators(tmp_path, "2026年某省政府工作报告", "2025年工作回顾",
                       "22家矿山企业列入整合调整范围。")
    assert not any(n.startswith("晋") for n in found) and any(n.endswith("矿山企业") for n in found)
