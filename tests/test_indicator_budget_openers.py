"""The older State Council wording of budget and bond targets: a treasury that arranges or proposes a sum
("中央财政拟安排", "全国财政安排"), bonds proposed for issue (拟发行), a linked 同时增加 and a verb of
proposing (提出) open no name (obs_policy_verbs.txt); a purpose after the verb ("用于…的资金") keeps it.
Sentences from the State Council's reports of 2005, 2006, 2007, 2010 and 2012 and Gansu 2026 in
tests/real."""
from tests.conftest import report_mentions


def names(tmp_path, line, year):
    found = report_mentions(tmp_path, f"{year}年国务院政府工作报告", f"{year}年主要任务", line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_a_treasury_arranging_a_sum_opens_no_name(tmp_path):
    found = names(tmp_path, "继续实施对种粮农民直接补贴，增加农资综合补贴、良种补贴、农机具购置补贴，"
                            "中央财政拟安排补贴资金１３３５亿元，比上年增加６０．４亿元。", 2010)
    assert "补贴资金" in found and "中央财政拟安排补贴资金" not in found
    assert "农村义务教育经费" in names(tmp_path, "今年全国财政安排农村义务教育经费2235亿元，比去年增加395亿元。", 2007)
    assert "科技投入" in names(tmp_path, "今年中央财政安排科技投入716亿元，比上年增长19.2％。", 2006)


def test_bonds_proposed_and_investment_added_open_no_name(tmp_path):
    found = names(tmp_path, "拟安排中央财政赤字3000亿元，比上年预算减少198亿元；拟发行长期建设国债800亿元，"
                            "比上年减少300亿元，同时增加中央预算内经常性建设投资100亿元。", 2005)
    assert {"长期建设国债", "中央预算内经常性建设投资"} <= found


def test_a_purpose_after_the_treasury_keeps_it(tmp_path):
    found = names(tmp_path, "中央财政安排用于“三农”的资金3917亿元，比去年增加520亿元。", 2007)
    assert [n for n in found if n.startswith("中央财政安排用于")] and not [n for n in found if n.startswith("用于")]


def test_a_verb_of_proposing_opens_no_name(tmp_path):
    # the State Council's report of 2012 and the review part of Gansu 2026 in tests/real
    found = names(tmp_path, "提出居民消费价格涨幅控制在4%左右，综合考虑了输入性通胀因素。", 2012)
    assert "居民消费价格" in found and "提出居民消费价格" not in found
    found = {m.attrs["indicator"] for m in report_mentions(
        tmp_path, "2026年甘肃省政府工作报告", "“十四五”时期工作回顾",
        "人大代表、政协委员心系全省发展，积极建言献策，累计提出意见建议2979件、提案3397件。") if m.type == "Observation"}
    assert "意见建议" in found and "提出意见建议" not in found
