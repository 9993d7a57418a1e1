"""Indicator names and the number and unit grammar of stated values, on sentences of the sample
reports (the report each sentence comes from is named)."""
import unicodedata

from kg.document import parse_document
from kg.mentions import extract_mentions
from kg.quantities import find_quantities
from kg.reading import read_source


def quantities(text):
    return [(q.value, q.unit, q.bound) for q in find_quantities(unicodedata.normalize("NFKC", text))]


def observations(tmp_path, body, heading="一、2025年工作回顾"):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表：\n{heading}\n{body}\n", encoding="utf-8")
    return [m.attrs for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_units_as_written():
    # guangdong-2026
    assert quantities("建设筹集保障性住房155.4万套（间）") == [("155.4", "万套(间)", None)]
    assert quantities("抵离口岸的交通工具达2813.8万辆（艘、架、列）次") == [("2813.8", "万辆(艘、架、列)次", None)]
    assert quantities("生活垃圾总处理能力提高到16.9万吨/日") == [("16.9", "万吨/日", None)]
    assert quantities("开展农产品定量抽检超2.3万批次") == [("2.3", "万批次", "min")]
    assert quantities("无人机产量增长39%、占全国9成") == [("39", "%", None), ("9", "成", None)]
    assert quantities("三次产业比重为4.0∶37.7∶58.3") == [("4.0∶37.7∶58.3", "比", None)]
    # 成 as a verb or a noun is no unit; 24 hours is round the clock (qianjiang-2019)
    assert quantities("揭阳潮汕机场成为全省第4个吞吐量超千万人次的机场")[0][:2] == ("1000", "万人次")
    assert quantities("黔江海关实现“7×24小时”通关") == []
    assert quantities("连续3年成为全省第一") == []


def test_rates_round_figures_and_shared_units():
    # guangdong-2026: a monthly rate holds for every figure of its "from … to …"
    assert quantities("困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元") == [
        ("209", "元/人/月", None), ("280", "元/人/月", None), ("217", "元/人/月", None), ("290", "元/人/月", None)]
    assert quantities("食品抽检量超每千人6.6批次") == [("6.6", "批次/千人", None)]
    # a round figure in words, only after a word of degree (guangdong-2026, yixian-2019)
    assert quantities("广东团现场成交额均超百亿美元") == [("100", "亿美元", "min")]
    assert quantities("没收劣质散煤近千吨") == [("1000", "吨", None)]
    assert quantities("推进“百县千镇万村高质量发展工程”") == []
    assert quantities("走进千家万户") == []
    # a bare magnitude takes the unit of the figure listed after it (guangdong-2026)
    assert quantities("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次") == [
        ("1409", "万人次", None), ("1305", "万人次", None)]
    # a bare magnitude closing a clause is a count (guangdong-2026); before a noun it is not
    assert quantities("职工医保参保人数突破5100万。") == [("5100", "万", "min")]


def test_start_values_of_a_five_year_review(tmp_path):
    # guangdong-2026: after "五年" opens the review of the plan period, the start of
    # "从X提高到Y" is the plan's first year's base (2020); in a plan part it is last year's
    body = ("城镇新增就业149.4万人。\n这是经济实力持续提升的五年。\n"
            "人均地区生产总值从9万元提高到11万元。\n")
    obs = {(o["indicator"], o["value"], o["status"], o["period"]) for o in observations(tmp_path, body)}
    assert ("人均地区生产总值", "9", "actual", 2020) in obs
    assert ("人均地区生产总值", "11", "actual", 2025) in obs
    assert not any(name.endswith("从") for name, *_ in obs)
    body = "农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。"
    obs = {(o["indicator"], o["value"], o["status"], o["period"])
           for o in observations(tmp_path, body, "二、2026年工作安排")}
    assert obs == {("农村低保标准占城镇低保标准的最低比例", "77", "actual", 2025),
                   ("农村低保标准占城镇低保标准的最低比例", "80", "target", 2026)}


def test_five_year_plan_targets_are_for_its_last_year(tmp_path):
    # guangdong-2026: the part on the 十五五 sets targets for 2030
    obs = observations(tmp_path, "主要目标是：地区生产总值年均增长5%左右。", "二、“十五五”时期的主要目标和重点任务")
    assert [(o["indicator"], o["value"], o["measure"], o["period"], o["status"]) for o in obs] == [
        ("地区生产总值", "5", "change", 2030, "target")]
