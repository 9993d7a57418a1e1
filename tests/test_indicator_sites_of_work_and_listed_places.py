"""Indicator names (session 56, in73), on sentences written for the test in the phrasing of work
reports (invented names; none copied from a gold file or a report read): the site, works or body
before an inner 完成 says where the work after it was done (青禾湖保护区完成湿地修复 → 湿地修复), a
count cut from one level to another by 压减到/缩减到 (化工园区 由8个 → 4个), and places of one kind
listed before a measure the last of them writes once (甲县、乙县贫困发生率分别下降到…)."""
from tests.conftest import report_mentions


def review(tmp_path, body):
    return [m.attrs for m in report_mentions(tmp_path, "各位代表:", "一、2023年工作回顾", body) if m.type == "Observation"]


def names(found):
    return {a["indicator"] for a in found}


def test_a_site_before_an_inner_wancheng_says_where_the_work_was_done(tmp_path):
    found = names(review(tmp_path, "青禾湖国家级自然保护区完成湿地修复1.2万亩。澄江港区完成泊位建设3个。"
                                   "澄江综合治理工程完成河道整治18公里。"))
    assert {"湿地修复", "泊位建设", "河道整治"} <= found
    assert not any("完成" in n for n in found)


def test_a_work_that_is_a_verb_alone_keeps_what_it_was_done_to(tmp_path):
    found = names(review(tmp_path, "青禾街道、澄江街道城中村改造完成拆迁43万平方米,新建安置房3200套。"))
    assert "城中村改造拆迁" in found and "拆迁" not in found


def test_wancheng_stays_before_a_measure_it_forms_a_name_with_or_after_a_time_or_adverb(tmp_path):
    found = names(review(tmp_path, "全年完成造林5万亩。重点项目完成投资120亿元。"
                                   "青禾港完成吞吐量2.7亿吨。累计完成棚户区改造3000户。"
                                   "澄江新区完成城市更新项目12个。"))
    assert {"造林", "重点项目完成投资", "青禾港吞吐量", "棚户区改造", "澄江新区完成城市更新项目"} <= found


def test_a_count_cut_from_one_level_to_another_gives_both_levels(tmp_path):
    found = review(tmp_path, "全市化工园区由8个压减到4个,市场准入负面清单由150条缩减到120条。")
    parks = sorted((a["value"], a["period"]) for a in found if a["indicator"] == "化工园区")
    lists = sorted((a["value"], a["period"]) for a in found if a["indicator"] == "市场准入负面清单")
    assert parks == [("4", 2023), ("8", 2022)] and lists == [("120", 2023), ("150", 2022)]
    assert not any(a["indicator"].endswith("到") for a in found)


def test_places_of_one_kind_listed_before_a_measure_each_take_it(tmp_path):
    found = review(tmp_path, "青禾县、澄江县贫困发生率分别下降到3.2%和2.6%。"
                             "青禾经济技术开发区、澄江高新区、柳岸新区生产总值分别增长10.5%、9.2%和12.6%。")
    got = {(a["indicator"], a["value"]) for a in found}
    assert {("青禾县贫困发生率", "3.2"), ("澄江县贫困发生率", "2.6"), ("青禾经济技术开发区生产总值", "10.5"),
            ("澄江高新区生产总值", "9.2"), ("柳岸新区生产总值", "12.6")} <= got
    assert not names(found) & {"青禾县", "青禾经济技术开发区", "澄江高新区"}


def test_listed_products_still_share_their_head(tmp_path):
    found = names(review(tmp_path, "水果、蔬菜、茶叶产量分别增长3%、4%和5%。"))
    assert {"水果产量", "蔬菜产量", "茶叶产量"} <= found
