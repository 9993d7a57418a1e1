"""Indicator names on text shaped like unseen county, city and province reports (sentences written
for the test in the genre's phrasing, not copied from any report or gold): a note that a basis
holds for the figures after it, a share or a per-head figure with its subject in the clause
before, and a fund paid out named without its verb."""
from tests.test_indicator_basis_goal_and_listed_measures import observations


def test_a_same_below_note_after_the_comparison_is_no_name(tmp_path):
    found = observations(tmp_path, "全县完成生产总值218亿元,比上年同期(下同)增长6.3%;一般公共预算收入增长4%。"
                                   "全市地区生产总值同比(下同)增长5.1%,固定资产投资增长7%。")
    assert ("生产总值", "6.3", "%") in found
    assert ("地区生产总值", "5.1", "%") in found
    assert ("一般公共预算收入", "4", "%") in found
    assert not [n for n, _, _ in found if "下同" in n or n.startswith("比")]


def test_a_note_naming_a_word_for_the_rest_is_no_name(tmp_path):
    found = observations(tmp_path, "全年地区生产总值实现96亿元,同比增长(以下简称增长)5.8%;固定资产投资增长9%。")
    assert ("地区生产总值", "5.8", "%") in found
    assert not [n for n, _, _ in found if "简称" in n]


def test_a_share_or_per_head_figure_without_its_subject_is_of_the_measure_just_named(tmp_path):
    found = observations(tmp_path, "全市研发经费支出约46亿元、占地区生产总值比重达2.4%。"
                                   "数字经济核心产业增加值达到210亿元,增长11%,占GDP的比重达到8.6%。")
    assert ("研发经费支出占地区生产总值比重", "2.4", "%") in found
    assert ("数字经济核心产业增加值占GDP的比重", "8.6", "%") in found
    # a bare per-head figure too: 人均 of the indicator just named
    found = observations(tmp_path, "全年实现地区生产总值63.5亿元,同比增长7.2%,人均达到4.8万元。")
    assert ("人均地区生产总值", "4.8", "万元") in found


def test_listed_shares_take_the_measures_listed_before_them_in_turn(tmp_path):
    found = observations(tmp_path, "年末金融机构存贷款余额分别为820亿元、760亿元,增长6.2%、9.5%,"
                                   "占全省比重12.4%、11.8%。")
    assert ("金融机构存款余额占全省比重", "12.4", "%") in found
    assert ("金融机构贷款余额占全省比重", "11.8", "%") in found


def test_a_share_after_a_gap_or_a_milestone_stays_as_written(tmp_path):
    found = observations(tmp_path, "一般公共预算收入比“十二五”末增加42亿元,占GDP的比重达到9.1%。")
    assert not [n for n, _, _ in found if n.startswith("比") and "比重" in n]


def test_a_fund_paid_out_is_named_without_the_verb(tmp_path):
    found = observations(tmp_path, "开展促消费系列活动,发放消费券1200万元,带动消费2.6亿元。"
                                   "全年投入资金5亿元。")
    assert ("消费券", "1200", "万元") in found
    assert ("投入资金", "5", "亿元") in found  # a short head alone keeps the verb that says which fund
