"""Indicator names and observations on the wording of provincial and district reports (sentences of
the 2026 provincial reports and of a district's 2017 report, as they are written there): an ordinal
that opens a list item, a count of years inside a name, 占有率, a basis of counting after the name,
a rate held "at a low level", and a year's work heading without a number."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def observations(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [m.attrs for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def names(tmp_path, text):
    return {o["indicator"] for o in observations(tmp_path, text)}


def review(body):
    return f"2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n{body}\n"


def plan(body):
    return f"2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n全年地区生产总值增长5%。\n二、2026年工作安排\n{body}\n"


def test_an_ordinal_opening_a_list_item_is_no_part_of_the_name(tmp_path):
    # 山西 2026: the fifteen things for the people, each opened by "N是"
    found = names(tmp_path, plan("十是推动粮食作物完全成本保险综合承保覆盖率达到70%以上。"
                                 "十三是维修养护农村供水工程1900处。十四是免费送戏下乡1万场。"))
    assert {"粮食作物完全成本保险综合承保覆盖率", "维修养护农村供水工程", "免费送戏下乡"} <= found
    assert not {n for n in found if "是" in n}


def test_a_count_of_years_inside_or_after_a_name_is_no_part_of_it(tmp_path):
    # 山西: 非常规天然气五年累计产量; 河南: 粮食总产量连续9年稳定在…
    found = names(tmp_path, review("非常规天然气五年累计产量达750亿立方米,成为天然气净输出省份。"
                                   "积极应对气候变化影响,粮食总产量连续9年稳定在1300亿斤以上。"))
    assert {"非常规天然气产量", "粮食总产量"} <= found
    assert not {n for n in found if "年" in n}


def test_a_count_of_years_alone_leaves_the_value_to_the_measure_before(tmp_path):
    # 吉林: "财政收入达到1350亿元,3年增长58.6%"; "…比例达到66.25%,近3年提升21个百分点"
    obs = observations(tmp_path, review("财政收入达到1350亿元,3年增长58.6%。"
                                        "建成面积占永久基本农田比例达到66.25%,近3年提升21个百分点。"))
    by_value = {o["value"]: o["indicator"] for o in obs}
    assert by_value["58.6"] == "财政收入"
    assert by_value["21"] == "建成面积占永久基本农田比例"


def test_a_count_of_years_that_is_a_term_stays(tmp_path):
    found = names(tmp_path, review("减免27万名学前一年幼儿保教费。学前教育三年毛入园率达到89%。"
                                   "PM2.5年平均浓度降至20微克/立方米。"))
    assert "减免学前一年幼儿保教费" in found
    assert "学前教育三年毛入园率" in found
    assert "PM2.5年平均浓度" in found


def test_a_market_share_held_is_no_share_of_a_whole(tmp_path):
    found = names(tmp_path, review("“晋华炉”煤气化系列产品全国市场占有率达到50%以上。"))
    assert "晋华炉煤气化系列产品全国市场占有率" in found
    assert not {n for n in found if n.endswith("比重")}


def test_a_comparable_basis_after_the_name_is_no_part_of_it(tmp_path):
    # 海拉尔区 2017: the goal is written "按可比口径增长"
    found = names(tmp_path, plan("一般公共财政预算收入按可比口径增长7.5%。"))
    assert "一般公共财政预算收入" in found


def test_a_rate_held_at_a_low_level_is_a_value(tmp_path):
    # 海拉尔区 2017: "城镇登记失业率控制在3.9%的较低水平"
    obs = observations(tmp_path, review("实现城镇新增就业6790人,再就业1582人,城镇登记失业率控制在3.9%的较低水平。"))
    rate = [o for o in obs if o["indicator"] == "城镇登记失业率"]
    assert rate and rate[0]["value"] == "3.9" and rate[0]["unit"] == "%" and rate[0]["measure"] == "level"


def test_a_heading_of_the_years_work_without_a_number_opens_the_plan_of_that_year(tmp_path):
    # 甘肃 2026: "“十五五”时期的主要目标任务" then "2026年重点工作", neither numbered
    text = ("2026年甘肃省政府工作报告\n各位代表:\n五年来主要做了以下工作。\n全省地区生产总值达到13697.5亿元。\n"
            "“十五五”时期的主要目标任务\n全员劳动生产率年均增长5%。\n2026年重点工作\n今年是“十五五”开局之年。\n"
            "经济社会发展的主要预期目标是:地区生产总值增长5.5%左右;固定资产投资增长4.5%左右。\n")
    obs = observations(tmp_path, text)
    goals = {o["indicator"]: (o["period"], o["status"]) for o in obs if o["value"] in ("5.5", "4.5")}
    assert goals == {"地区生产总值": (2026, "target"), "固定资产投资": (2026, "target")}
    five_year = [o for o in obs if o["indicator"] == "全员劳动生产率"]
    assert five_year and five_year[0]["period"] == 2030


def test_of_inside_the_noun_after_a_count_joins_what_describes_it(tmp_path):
    # 广东 2026 "改造提升超5000个已建成自然村的生活污水治理设施"; 山西 2026 "六是帮扶3000余名符合条件的残疾人就业创业"
    found = names(tmp_path, plan("改造提升超5000个已建成自然村的生活污水治理设施。"
                                 "六是帮扶3000余名符合条件的残疾人就业创业。"))
    assert "改造提升已建成自然村生活污水治理设施" in found
    assert "帮扶符合条件残疾人就业创业" in found


def test_of_before_an_attribute_a_work_or_a_list_ends_the_noun_counted(tmp_path):
    # 易县 "全力推进新入驻7家科技企业的建设进度"; 海拉尔区 "实施36个老旧小区的既有建筑节能改造",
    # "加快推进15个棚改区域的道路、供水、污水等配套基础设施项目"
    found = names(tmp_path, plan("全力推进新入驻7家科技企业的建设进度。实施36个老旧小区的既有建筑节能改造。"
                                 "加快推进15个棚改区域的道路、供水、污水等配套基础设施项目。"))
    assert "新入驻科技企业" in found
    assert "老旧小区" in found
    assert "棚改区域" in found
    assert not {n for n in found if n.endswith(("进度", "节能", "道路"))}


def test_a_verb_of_work_or_a_time_word_alone_before_a_count_leaves_the_name_to_the_noun_after(tmp_path):
    # 海拉尔区 2019 "改扩建15个社区党群服务中心"; 山西 2026 "布局13个绿电产业园区", "年度36项重点改革任务扎实推进"
    found = names(tmp_path, review("投资2650万元改扩建15个社区党群服务中心。布局13个绿电产业园区。"
                                   "年度36项重点改革任务扎实推进。"))
    assert {"社区党群服务中心", "绿电产业园区", "重点改革任务"} <= found
    assert not found & {"改扩建", "布局", "年度", "重点改革"}


def test_a_task_counted_in_area_is_the_work_done(tmp_path):
    # the task after a count in a measure of area is the work done, named without 任务
    found = names(tmp_path, plan("全面完成3.4万亩补充耕地任务。"))
    assert "补充耕地" in found


def test_a_plan_period_as_a_whole_is_a_base_of_change(tmp_path):
    # 山西 2026: "…,较“十三五”时期分别增长4.8%、50%", "累计使用外资比“十三五”时期增长71%"
    obs = observations(tmp_path, "2026年政府工作报告\n各位代表:\n一、过去五年工作回顾\n"
                                 "新建改造城市道路4767公里,更新改造地下管网1.8万公里,较“十三五”时期分别增长4.8%、50%。"
                                 "累计使用外资比“十三五”时期增长71%。\n")
    changes = {(o["indicator"], o["value"]) for o in obs if o["measure"] == "change" and o["direction"] == "increase"}
    assert {("新建改造城市道路", "4.8"), ("更新改造地下管网", "50")} <= changes
    assert any(v == "71" and n.endswith("使用外资") for n, v in changes)


def test_quarters_counted_in_a_run_are_a_span_no_value(tmp_path):
    # 甘肃 2026: "增速连续11个季度居全国前10位", "第一产业增加值增速连续19个季度居全国前5位"
    obs = observations(tmp_path, review("全体居民人均可支配收入年均增长6.8%,增速连续11个季度居全国前10位。"
                                        "第一产业增加值增速连续19个季度居全国前5位。"))
    assert [o["value"] for o in obs] == ["6.8"]
