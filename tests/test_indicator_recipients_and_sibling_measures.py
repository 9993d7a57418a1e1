"""Two boundaries of an indicator's name, on sentences of real reports: whom a benefit is handed to
and the verb of handing it out are no part of the name (为困难家庭发放蔬菜价格补贴 → 蔬菜价格补贴), and a
bare measure of output or reach (产值, 参保率) right after another measure of the same thing is of
that thing (林下经济总面积…、产值 → 林下经济产值)."""
from kg.extract.observations import _without_recipients
from tests.conftest import report_mentions


def indicators(tmp_path, title, *lines):
    return {m.attrs["indicator"] for m in report_mentions(tmp_path, title, *lines) if m.type == "Observation"}


def test_recipients_and_the_verb_of_handing_out_are_no_part_of_the_name(tmp_path):
    # hailar-2016 (the review of 2015)
    found = indicators(tmp_path, "2016年海拉尔区政府工作报告", "2015年工作回顾",
                       "为困难家庭发放蔬菜价格补贴150万元。")
    assert "蔬菜价格补贴" in found and not any(n.startswith("为") for n in found)


def test_a_post_provided_to_a_group_is_named_by_the_post(tmp_path):
    # zhejiang-2026 (the plan part)
    found = indicators(tmp_path, "2026年浙江省政府工作报告", "2026年工作安排",
                       "为退役军人提供就业岗位1万个。")
    assert "就业岗位" in found


def test_a_name_opening_with_the_verb_names_no_recipients():
    # hailar-2013 "发放各类补贴1.2亿元": no recipients, nothing for this rule to drop
    assert _without_recipients("发放各类补贴") == "发放各类补贴"
    assert _without_recipients("为困难家庭发放蔬菜价格补贴") == "蔬菜价格补贴"


def test_a_verb_of_new_things_before_the_verb_is_no_recipient(tmp_path):
    # jiangxi-2026 review: 新增 opens the name, nobody is handed anything by it
    found = indicators(tmp_path, "2026年江西省政府工作报告", "2025年工作回顾",
                       "新增发放创业担保贷款120亿元。")
    assert any(n.startswith("新增发放") for n in found) and "创业担保贷款" not in found


def test_a_bare_output_after_a_measure_of_a_thing_is_that_things(tmp_path):
    # hainan-2026 review
    found = indicators(tmp_path, "2026年海南省政府工作报告", "2025年工作回顾",
                       "2025年林下经济总面积202万亩、产值突破百亿元。")
    assert "林下经济产值" in found and "产值" not in found


def test_a_bare_rate_shares_the_words_it_has_in_common_with_the_thing(tmp_path):
    # zhejiang-2026 review: 长护险参保人数 … 参保率 → 长护险参保率 (参保 written once)
    found = indicators(tmp_path, "2026年浙江省政府工作报告", "2025年工作回顾",
                       "新增长护险参保人数1561万人,参保率达93%。")
    assert "长护险参保率" in found


def test_a_two_character_stem_is_no_thing(tmp_path):
    # ningxia-2026 review: 装机规模 is named by its stem, 利用率 is not 装机's (gold: 新能源利用率)
    found = indicators(tmp_path, "2026年宁夏回族自治区政府工作报告", "2025年工作回顾",
                       "新能源投资增长70%、装机规模增长38%,利用率达94.5%。")
    assert "装机利用率" not in found


def test_goods_listed_before_a_measure_of_trade_share_it(tmp_path):
    # jiangxi-2026 review
    found = indicators(tmp_path, "2026年江西省政府工作报告", "2025年工作回顾",
                       "集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%。")
    assert {"集成电路出口", "汽车零配件出口", "锂电池出口"} <= found


def test_partners_after_dui_keep_their_own_rule(tmp_path):
    # hubei-2026 review wording: 对 opens a list of partners, not of goods (对东盟进出口)
    found = indicators(tmp_path, "2026年湖北省政府工作报告", "2025年工作回顾",
                       "对东盟、欧盟进出口分别增长20.1%、15.3%。")
    assert "东盟进出口" not in found and "对东盟进出口" in found
