"""Indicator names and the number and unit grammar of stated values, on sentences of the sample
reports (the report each sentence comes from is named)."""
import unicodedata

from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.quantities import find_quantities
from kg.text.reading import read_source


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


def names(tmp_path, body, heading="一、2025年工作回顾"):
    return [(o["indicator"], o["value"]) for o in observations(tmp_path, body, heading)]


def test_names_lose_the_verb_of_work_done_and_keep_the_verb_of_new_things(tmp_path):
    # qianjiang-2019, guangdong-2026, national-2017
    found = names(tmp_path, "完成农村卫生改厕6100户。开展药品监督抽检超1.5万批次。"
                            "新培育高新技术企业10家、科技型企业81家。全年退出钢铁产能超过6500万吨。")
    assert ("农村卫生改厕", "6100") in found and ("药品监督抽检", "1.5") in found
    assert ("新培育高新技术企业", "10") in found and ("新培育科技型企业", "81") in found
    assert ("钢铁产能", "6500") in found
    assert not any(n.startswith(("完成", "开展", "退出")) for n, _ in found)


def test_names_lose_fillers_scope_words_and_quotes(tmp_path):
    # national-2017, guangdong-2026, qianjiang-2019
    found = names(tmp_path, "今年化学需氧量排放量要下降2%。科技进步贡献率上升到56.2%。"
                            "全省研发人员达159万人。新增“亩产万元立体农业”基地5个。"
                            "标准厂房入驻企业电价每度下降0.34元。", "二、2026年工作安排")
    assert ("化学需氧量排放量", "2") in found and ("科技进步贡献率", "56.2") in found
    assert ("研发人员", "159") in found and ("新增亩产万元立体农业基地", "5") in found
    units = {o["indicator"]: o["unit"] for o in observations(tmp_path, "标准厂房入驻企业电价每度下降0.34元。")}
    assert units == {"标准厂房入驻企业电价": "元/度"}


def test_listed_items_share_their_head_and_their_verb(tmp_path):
    # guangdong-2026: a head shared by a list, the paired 存贷款, a verb of things done
    found = names(tmp_path, "刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。"
                            "水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。"
                            "银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。"
                            "建成碧道7960公里、碧带330公里。")
    assert [n for n, _ in found[:6]] == ["刑事治安警情", "涉诈警情", "涉毒警情", "水果产量", "蔬菜产量", "茶叶产量"]
    assert ("银行机构本外币存款余额", "38.7") in found and ("银行机构本外币贷款余额", "29.9") in found
    assert ("建成碧带", "330") in found
    found = names(tmp_path, "广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次。")
    assert found == [("广州地铁线网单日最高客运量", "1409"), ("深圳地铁线网单日最高客运量", "1305")]
    # without 分别 a paired word is one indicator stated twice (guangdong-2026)
    found = names(tmp_path, "进出口总额接连突破8万亿元、9万亿元。")
    assert found == [("进出口总额", "8"), ("进出口总额", "9")]


def test_shares_totals_and_measures_of_a_counted_set(tmp_path):
    # guangdong-2026, yixian-2019, qianjiang-2019
    found = names(tmp_path, "核电装机规模占全国25.8%。无人机产量增长39%、占全国9成。"
                            "列入省市重点项目19项,总投资834.59亿元,项目开工率100%。"
                            "市级非遗项目新增10项、总数达到33项。"
                            "制造业贷款余额、科技贷款余额均增长11.7%。")
    assert ("核电装机规模占全国比重", "25.8") in found and ("无人机产量占全国比重", "9") in found
    assert ("省市重点项目", "19") in found and ("省市重点项目总投资", "834.59") in found
    assert ("省市重点项目开工率", "100") in found
    assert ("市级非遗项目", "10") in found and ("市级非遗项目", "33") in found
    assert ("制造业贷款余额", "11.7") in found and ("科技贷款余额", "11.7") in found
    # 均 before a count of places is no shared value (guangdong-2026)
    found = names(tmp_path, "本科高校、高职院校、技师学院均实现21个地级以上市全覆盖。")
    assert not any(n in ("本科高校", "高职院校", "技师学院") for n, _ in found)


def test_counts_that_are_no_stated_values(tmp_path):
    # guangdong-2026 (ANNOTATION 5): honours, list sizes, media reach
    assert names(tmp_path, "16所高职学校入选第二期国家“双高计划”。") == []
    assert names(tmp_path, "重点抓好以下14个方面的工作。", "二、2026年工作安排") == []
    assert names(tmp_path, "相关报道总点击量超610亿次。") == []
    # but a count of designations obtained is (guangdong-2026)
    assert ("新增国家级经济技术开发区", "2") in names(tmp_path, "新增2个国家级经济技术开发区、2个综合保税区。")


def test_hailar_words_stay_whole(tmp_path):
    # hailar-2014: 再就业 is a word, not 再 + 就业; "对全区14个景区…" names nothing (hailar-2015)
    assert ("再就业", "1687") in names(tmp_path, "实现再就业1687人。")
    assert names(tmp_path, "对全区14个景区景点的环境实施了完善。") == []


def test_a_list_of_counts_keeps_its_verb_and_totals_continue(tmp_path):
    # guangdong-2026
    found = names(tmp_path, "重点建设40个绿美点和6条绿美带。新培育407个典型镇、2519个典型村和25个典型村片区。"
                            "新增境内外上市公司45家、总量达1224家。预计大湾区经济总量突破15万亿元。"
                            "城镇调查失业率平均值为5.0%。", "二、2026年工作安排")
    assert ("重点建设绿美点", "40") in found and ("重点建设绿美带", "6") in found
    assert ("新培育典型村", "2519") in found and ("新培育典型村片区", "25") in found
    assert ("境内外上市公司", "1224") in found and ("大湾区经济总量", "15") in found
    assert ("城镇调查失业率", "5.0") in found


def test_each_and_a_measure_continuing_the_name_before(tmp_path):
    # qianjiang-2019: 各 gives the value to each listed item, the short one sharing the opening;
    # "支出占比" continues "民生支出"
    found = names(tmp_path, "新增国家级星创天地和众创空间各1家。安排民生支出47.2亿元,支出占比达73%。")
    assert ("新增国家级星创天地", "1") in found and ("新增国家级众创空间", "1") in found
    assert ("民生支出占比", "73") in found


def test_a_bare_measure_of_each_thing_counted(tmp_path):
    # yixian-2019: 办理 is work done; "办结率均为100%" measures each of the things listed before it
    found = names(tmp_path, "办理人大代表议案建议143件、政协提案260件,办结率均为100%。"
                            "全年谋划实施省、市重点项目44个,总投资971.7亿元,年内计划完成投资28.9亿元。")
    assert ("人大代表议案建议", "143") in found and ("政协提案", "260") in found
    assert ("人大代表议案建议办结率", "100") in found and ("政协提案办结率", "100") in found
    assert ("省市重点项目", "44") in found and ("省市重点项目总投资", "971.7") in found
    assert ("省市重点项目完成投资", "28.9") in found


def test_one_value_for_each_and_people_counted_in_ten_thousands(tmp_path):
    # national-2017: "分别" with one value gives it to each item; a bare 万 after 人口 counts people
    obs = observations(tmp_path, "今年二氧化硫、氮氧化物排放量要分别下降3%。今年再减少农村贫困人口1000万以上。",
                       "二、2017年工作安排")
    found = {(o["indicator"], o["value"], o["unit"]) for o in obs}
    assert {("二氧化硫排放量", "3", "%"), ("氮氧化物排放量", "3", "%")} <= found
    assert ("农村贫困人口", "1000", "万人") in found


def test_a_value_set_against_a_reference_names_what_is_compared(tmp_path):
    # guangdong-2026
    found = names(tmp_path, "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。"
                            "新一轮市际横向帮扶协作投入帮扶资金179亿元。", "二、2026年工作安排")
    assert ("特困人员基本生活保障标准", "1.6") in found
    assert ("市际横向帮扶协作投入帮扶资金", "179") in found


def test_brackets_compounds_and_ages_inside_names(tmp_path):
    # national-2017: a short bracket and a noun built on a verb stay in the name
    found = names(tmp_path, "74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。新设6个国家自主创新示范区。")
    assert ("重点城市细颗粒物(PM2.5)年均浓度", "9.1") in found
    assert ("新设国家自主创新示范区", "6") in found
    # guangdong-2026: an age before a noun is no value
    found = names(tmp_path, "其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。", "二、2026年工作安排")
    assert "6" not in [v for _, v in found] and "0" not in [v for _, v in found]


def test_households_and_people_side_by_side(tmp_path):
    # yixian-2019
    found = names(tmp_path, "906户1559人实现稳定脱贫,贫困发生率下降至0.47%。")
    assert ("稳定脱贫户数", "906") in found and ("稳定脱贫人口", "1559") in found


def test_per_head_is_part_of_a_name(tmp_path):
    # hailar-2011: 人均 is no "each"
    found = names(tmp_path, "城镇年人均提高600元,农村年人均提高200元。")
    assert ("城镇年人均", "600") in found and ("农村年人均", "200") in found


def test_per_head_words_name_the_measure_of_the_clause_before(tmp_path):
    # a per-head word alone after a clause that names the standard raised: the value is of that
    # standard, in the scope the per-head clause gives (城乡 → 城镇, 农村); alone, it stays the name
    found = names(tmp_path, "城乡最低生活保障标准逐年提高,城镇年人均提高720元,农村年人均提高310元。"
                            "企业退休人员养老金标准继续提高,年人均提高1980元。")
    assert ("城镇最低生活保障标准", "720") in found and ("农村最低生活保障标准", "310") in found
    assert ("企业退休人员养老金标准", "1980") in found
    assert all("年人均" not in n for n, _ in found)


def test_respective_values_of_a_bare_measure_are_of_the_items_listed_before(tmp_path):
    # 分别 values of one bare measure right after a clause that lists as many items: one for each item;
    # a rate's stem closes the last item ("…农村污水|收集能力")
    found = names(tmp_path, "建筑垃圾、餐厨垃圾、农村污水收集能力持续增强,收集率分别达到96%、88%、75%以上。"
                            "推进青禾高新区、澄江产业集聚区提质发展,营业收入分别达到600亿元和450亿元。")
    assert [n for n, _ in found] == ["建筑垃圾收集率", "餐厨垃圾收集率", "农村污水收集率",
                                     "青禾高新区营业收入", "澄江产业集聚区营业收入"]


def test_a_structure_evolving_to_a_ratio_is_named_without_the_verb(tmp_path):
    # "演进为", "演变为": a level verb of a structure, like 调整为, no part of its name
    found = names(tmp_path, "三次产业结构演进为5.1:40.2:54.7,产业比例演变为2:3。")
    assert ("三次产业结构", "5.1:40.2:54.7") in found
    assert all("演" not in n for n, _ in found)


def test_per_head_words_closing_a_name_before_a_change_are_cut(tmp_path):
    # "…人均提高6%", "…人均月增150元": the per-head words say how the change is counted, not what is
    # measured (月增, 年增 are change verbs); a level set per head keeps them, and so do per-head
    # words alone (test_per_head_is_part_of_a_name)
    found = observations(tmp_path, "澄江县退休人员养老金人均提高6%。青禾镇保洁员和网格员生活补贴人均月增150元。"
                                   "青禾镇乡村教师津贴全年人均增长1800元。澄江县护林员补助人均年增加900元。"
                                   "澄江县居民基础养老金月人均提高到210元。")
    got = {(o["indicator"], o["value"]): o["measure"] for o in found}
    assert got[("澄江县退休人员养老金", "6")] == "change"
    assert got[("青禾镇保洁员和网格员生活补贴", "150")] == "change"
    assert got[("青禾镇乡村教师津贴", "1800")] == "change"
    assert got[("澄江县护林员补助", "900")] == "change"
    assert got[("澄江县居民基础养老金月人均", "210")] == "level"
