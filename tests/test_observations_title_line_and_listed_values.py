"""Review and target paragraphs (session 27, qf27): a page whose report's title stands on a line of
its own below the site's furniture ("2018政府工作报告", no 年) and whose text writes no year is dated
by that title (its review speaks of the year before); a bound word written once after 分别 bounds
each value listed ("分别突破300亿元和3000亿元"); the ranks of industries run together ("一二三产业
增加值分别增长…") are a list of ranks, one name a value; where a value came first ("在全省率先达到…")
is no part of its name. Pages and sentences written for the test in the genre's phrasing, not copied
from any report read."""
import pytest

from .conftest import page_year
from tests.test_observations import observations
from tests.test_observations_price_rise_and_entries import found

_FURNITURE = ("• 某某网某某频道欢迎您\n您当前的位置 : 某某网 >> 某某频道 >> 专题库\n\n{title}\n\n"
              "来源: 某某网综合 作者: 2019-05-20 10:12:30\n\n")
_REVIEW = ("  过去的一年,在市委、市政府和区委的正确领导下,全区上下圆满完成区三届人大二次会议确定的各项目标任务。\n"
           "  一年来,我们强基础、增投入,全年地区生产总值完成320亿元,增长6.8%;一般公共预算收入完成15.2亿元,"
           "增长9.1%;新签约重大项目26个。\n")


@pytest.mark.parametrize("title", ["2019政府工作报告", "2019年某某区人民政府工作报告", "2019年政府工作报告(全文)"])
def test_a_title_line_below_the_furniture_dates_a_page_that_writes_no_year(tmp_path, title):
    text = _FURNITURE.format(title=title) + _REVIEW
    assert page_year(tmp_path, text) == 2019
    got = set(observations(tmp_path, text))
    assert {("地区生产总值", "320", "亿元", "actual", 2018), ("地区生产总值", "6.8", "%", "actual", 2018),
            ("一般公共预算收入", "15.2", "亿元", "actual", 2018), ("新签约重大项目", "26", "个", "actual", 2018)} <= got, got


def test_the_page_title_does_not_date_a_text_that_writes_its_own_years(tmp_path):
    # a page's title may name the year the report reviews: the text's own years say which it plans
    text = ("登录某某平台账号\n解读2022年某某市政府工作报告(三)\n市长代表市政府作《政府工作报告》\n"
            "2022年某某市政府工作报告\n1、优化教育资源布局。2023年启动某某高中迁建,新建学校6所。\n")
    assert page_year(tmp_path, text) != 2022
    assert ("新建学校", "6", "所", "target", 2023) in set(observations(tmp_path, text))
    # a title line among other lines is no title: a sentence that names the report
    text = _FURNITURE.format(title="2019年政府工作报告提出的各项任务圆满完成") + _REVIEW
    assert page_year(tmp_path, text) != 2019


def test_a_bound_after_respectively_bounds_every_value_listed(tmp_path):
    got = found(tmp_path, "2025年,全县地方财政收入、支出分别突破30亿元和120亿元,两个园区营业收入分别超过300亿元和100亿元。")
    assert ("地方财政收入", "30", "亿元", "level", None, "min", "actual", 2025) in got, got
    assert ("地方财政支出", "120", "亿元", "level", None, "min", "actual", 2025) in got, got
    assert {g[1] for g in got if g[5] == "min"} >= {"300", "100"}, got
    got = found(tmp_path, "2025年,金融机构存贷款余额分别超过800亿元、600亿元。")
    assert ("金融机构存款余额", "800", "亿元", "level", None, "min", "actual", 2025) in got, got
    assert ("金融机构贷款余额", "600", "亿元", "level", None, "min", "actual", 2025) in got, got


def test_a_bound_written_after_one_value_stays_with_it(tmp_path):
    # "以上" after the last value, or a bound word before the first without 分别, bounds that value only
    got = found(tmp_path, "2026年,力争数字经济和大健康产业占GDP比重分别达到20%和45%以上。")
    assert any(g[1] == "45" and g[5] == "min" for g in got), got
    assert any(g[1] == "20" and g[5] is None for g in got), got
    got = found(tmp_path, "2025年,全县粮食产量突破50万吨,油料产量6万吨。")
    assert any(g[1] == "6" and g[5] is None for g in got), got


def test_ranks_of_industries_run_together_are_a_list(tmp_path):
    got = found(tmp_path, "2025年,全县地区生产总值增长6.5%,一二三产业增加值分别增长3.5%、8.2%和6.1%。")
    assert ("第一产业增加值", "3.5", "%", "change", "increase", None, "actual", 2025) in got, got
    assert ("第二产业增加值", "8.2", "%", "change", "increase", None, "actual", 2025) in got, got
    assert ("第三产业增加值", "6.1", "%", "change", "increase", None, "actual", 2025) in got, got
    got = found(tmp_path, "2025年,全县二三产业增加值分别增长7%和8%。")
    assert {g[0] for g in got} == {"第二产业增加值", "第三产业增加值"}, got
    # as many ranks as values only: one value of the industries together keeps its name
    got = found(tmp_path, "2025年,全县一二三产业融合发展项目完成投资12亿元。")
    assert not any(g[0].startswith("第") for g in got), got


def test_where_a_value_came_first_is_no_part_of_its_name(tmp_path):
    # "在全省率先", "在全市各县区中率先" between the measure and its verb says where it came first
    got = found(tmp_path, "2025年,全县经济总量在全市各县区中率先突破300亿元,规模以上工业企业复工率在全省率先达到100%。")
    assert ("经济总量", "300", "亿元", "level", None, "min", "actual", 2025) in got, got
    assert ("规模以上工业企业复工率", "100", "%", "level", None, None, "actual", 2025) in got, got
    assert not any("率先" in g[0] for g in got), got


def test_the_set_a_value_came_first_in_holds_no_other_zai(tmp_path):
    # the 在 of 在建 belongs to the name: the set is the words between the last 在 and 中
    got = found(tmp_path, "2025年,全县在建项目复工率在各县区中率先达到100%。")
    assert ("在建项目复工率", "100", "%", "level", None, None, "actual", 2025) in got, got


def test_a_value_about_a_figure_takes_no_bound_from_the_first(tmp_path):
    # "左右" after a value listed says about, not more than: the bound before the first is not its
    got = found(tmp_path, "2025年,两个园区营业收入分别突破300亿元和100亿元左右。")
    assert {(g[1], g[5]) for g in got} == {("300", "min"), ("100", None)}, got
