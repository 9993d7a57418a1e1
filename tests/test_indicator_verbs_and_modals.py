"""Indicator names on text shaped like unseen reports (sentences written for the test, not copied
from gold or from the reports read): a verb of the clause or a modal before the measure is no part
of its name; a verb that forms a standard measure with it is."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def indicators(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [m.attrs["indicator"] for m in extract_mentions(parse_document(read_source(path)))
            if m.type == "Observation"]


def review_names(tmp_path, body):
    return indicators(tmp_path, f"各位代表:\n一、2023年工作回顾\n{body}\n")


def test_done_before_a_measure_it_forms_no_name_with_is_the_verb(tmp_path):
    found = review_names(tmp_path, "全镇完成出口额52亿元,增长4.1%。全年完成税收18亿元,占比达到40%。"
                                   "预计完成营业收入9亿元。")
    assert {"出口额", "税收", "营业收入"} <= set(found)
    assert not [n for n in found if n.startswith("完成")]


def test_done_stays_where_it_forms_the_measure(tmp_path):
    found = review_names(tmp_path, "全县重点项目完成投资31亿元。交通项目完成年计划的108%。全年完成投资12亿元。")
    assert "重点项目完成投资" in found
    assert "完成投资" in found


def test_a_modal_before_or_after_the_name_is_no_part_of_it(tmp_path):
    found = review_names(tmp_path, "预计全年可实现地区生产总值320亿元,增长6%。开发区可完成规上工业产值80亿元。"
                                   "项目达产后,年产值可达到6亿元。")
    assert {"地区生产总值", "开发区规上工业产值", "年产值"} <= set(found)
    assert not [n for n in found if "可" in n]


def titled_names(tmp_path, title, body):
    return indicators(tmp_path, f"{title}\n各位代表:\n一、2023年工作回顾\n{body}\n")


def test_the_own_area_opening_a_measure_is_its_scope(tmp_path):
    found = titled_names(tmp_path, "2024年蠡县人民政府工作报告",
                         "蠡县铁路运营里程达到86公里。蠡县重点建设项目共计39个,总投资231亿元。"
                         "蠡县省级园区企业主营业务收入达到62亿元。")
    assert {"铁路运营里程", "重点建设项目", "重点建设项目总投资", "省级园区企业主营业务收入"} <= set(found)
    assert not [n for n in found if n.startswith("蠡县")]


def test_the_own_area_stays_where_a_name_or_a_level_runs_on_from_it(tmp_path):
    found = titled_names(tmp_path, "2024年扬中市人民政府工作报告",
                         "扬中市级重点产业项目完成投资45亿元。扬中港吞吐量达到3100万吨。")
    assert "扬中市级重点产业项目完成投资" in found
    assert "扬中港吞吐量" in found


def test_an_untitled_copy_of_a_province_report_scopes_by_its_province(tmp_path):
    # a news copy: no title names the area; its places all lie in one province
    found = indicators(tmp_path, "过去五年,成都、绵阳、宜宾、泸州、南充交通建设加快。\n一、2023年工作回顾\n"
                                 "2023年,四川铁路运营里程突破5000公里,四川高速公路通车里程达到9000公里。\n")
    assert {"铁路运营里程", "高速公路通车里程"} <= set(found)


def test_a_bare_measure_after_a_count_of_visitors_is_of_tourism(tmp_path):
    found = review_names(tmp_path, "全年接待游客860万人次、综合收入61.2亿元,分别增长12%和15%。"
                                   "全县游客接待量突破300万人次,实现总收入25亿元。")
    assert {"旅游综合收入", "旅游总收入"} <= set(found)
    assert "综合收入" not in found and "总收入" not in found


def test_a_bare_measure_after_another_sector_keeps_its_name(tmp_path):
    found = review_names(tmp_path, "全年规上工业企业达到120家、总收入58亿元。")
    assert not [n for n in found if n.startswith("旅游")]


def observations(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2023年工作回顾\n{body}\n", encoding="utf-8")
    return [m.attrs for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_growth_rate_stated_in_percent_is_a_change_of_its_indicator(tmp_path):
    found = {(o["indicator"], o["value"], o["measure"]) for o in observations(
        tmp_path, "全县旅游收入增幅超过18%。规模以上工业增加值增速达到9.5%。电子信息产业增速均超过30%。"
                  "社会消费品零售总额96亿元,同比增幅7%以上。")}
    assert {("旅游收入", "18", "change"), ("规模以上工业增加值", "9.5", "change"),
            ("电子信息产业", "30", "change"), ("社会消费品零售总额", "7", "change")} <= found
    assert not [name for name, _, _ in found if name.endswith(("增速", "增幅"))]


def test_a_change_of_the_growth_rate_stays_the_rates(tmp_path):
    found = {(o["indicator"], o["unit"]) for o in observations(tmp_path, "固定资产投资增速回落2.1个百分点。")}
    assert ("固定资产投资增速", "个百分点") in found


def test_a_towns_word_for_itself_opens_no_name(tmp_path):
    found = review_names(tmp_path, "去年以来,我镇新增工商户180户。我乡新建农村公路12公里。")
    assert {"新增工商户", "新建农村公路"} <= set(found)


def test_a_bullet_opening_a_line_is_no_part_of_a_name(tmp_path):
    found = review_names(tmp_path, "●一般公共预算收入完成45.6亿元,增长11.3%。\n■固定资产投资完成305亿元。")
    assert {"一般公共预算收入", "固定资产投资"} <= set(found)
    assert not [n for n in found if not n[0].isalnum()]
