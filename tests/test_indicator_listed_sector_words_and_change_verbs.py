"""Indicator names near the gold's: (1) items of a list before 分别, of any length up to a clause, share
the word of an industry or scope the last item writes between itself and the head ("…输变电装备产业产值"
→ 新一代信息技术产业产值; obs_listed_sector_words.txt, now with 限上), not only the head; (2) a change said
with a verb of adjusting, pressing down or cutting back (调增, 上调, 微降, 压降) or after a manner
(逆势增长) leaves the verb out of the name, as does 出台 before the rules it issues (measure_words.txt);
(3) 城乡 before a measure listed 分别 names its two owners itself; (4) a bare rate of the word the measure
before ends in ("财政赤字…,赤字率") is that rate. Sentences are from tests/real (2026 reviews of Hunan,
Liaoning, Shandong, Shanxi, Anhui, Jiangxi, Fujian, Heilongjiang, Hainan; Shanghai 2026; the State Council 2012, 2014)."""
from tests.conftest import observation_rows

REVIEW = "一、2025年工作回顾"
PLAN = "二、2026年重点工作"


def indicators(tmp_path, part, body):
    return [row[0] for row in observation_rows(tmp_path, "某省政府工作报告", f"{part}\n{body}")]


def test_long_listed_industries_share_the_industry_word(tmp_path):
    found = indicators(tmp_path, REVIEW, "新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%。")
    assert found == ["新一代信息技术产业产值", "新能源产业产值", "输变电装备产业产值"]


def test_listed_industries_share_the_trade_word(tmp_path):
    found = indicators(tmp_path, REVIEW, "船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%。")
    assert found == ["船舶行业增加值", "电子专用材料行业增加值", "航空航天行业增加值"]


def test_listed_goods_share_the_retail_scope(tmp_path):
    found = indicators(tmp_path, REVIEW, "新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。")
    assert found == ["新能源汽车限上零售额", "智能家电限上零售额", "智能手机限上零售额"]


def test_an_industry_item_takes_no_industry_word(tmp_path):
    # shanxi-2026-review: 制造业 is an industry itself, the last item's 产业 is its own
    found = indicators(tmp_path, PLAN, "推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。")
    assert "制造业增加值" in found and "制造业产业增加值" not in found


def test_items_with_heads_of_their_own_share_nothing(tmp_path):
    found = indicators(tmp_path, REVIEW, "城市建成区园林绿化覆盖率、绿地率分别达46.84%、43.46%。")
    assert not any(name.endswith("产业绿地率") for name in found)


def test_verbs_of_adjusting_and_cutting_are_no_part_of_the_name(tmp_path):
    found = indicators(tmp_path, REVIEW, "城乡居民基础养老金调增19.6%，CPI微降0.1%，融资平台累计压降85.2%，"
                                         "退休人员基本养老金总体上调2%。")
    assert found == ["城乡居民基础养老金", "CPI", "融资平台", "退休人员基本养老金"]


def test_a_manner_before_a_growth_is_no_part_of_the_name(tmp_path):
    assert indicators(tmp_path, REVIEW, "出口逆势增长17.8%。") == ["出口"]
    assert indicators(tmp_path, REVIEW, "民间投资逆势增长2.7%。") == ["民间投资"]


def test_a_reduction_named_as_a_measure_keeps_its_word(tmp_path):
    # shanghai-2026: 减量 is the measure here, no verb of change
    assert indicators(tmp_path, PLAN, "低效建设用地减量7平方公里。") == ["低效建设用地减量"]


def test_rules_issued_are_named_without_the_verb(tmp_path):
    # hainan-2026-review, sichuan-2026-review
    assert indicators(tmp_path, REVIEW, "推动出台自由贸易港法规55件、政策文件210多项。")[0] == "自由贸易港法规"
    assert indicators(tmp_path, REVIEW, "出台省政府行政规范性文件16件。") == ["省政府行政规范性文件"]


def test_a_rules_own_size_is_still_no_value(tmp_path):
    assert indicators(tmp_path, REVIEW, "出台涉企减负30条。") == []


def test_urban_and_rural_pair_is_not_owned_by_the_clause_before(tmp_path):
    # national-2014-review: the list before the comma is of works, 城乡 names the two measures
    found = indicators(tmp_path, "一、2013年工作回顾",
                       "推进养老保险、社会救助制度建设，城乡低保标准分别提高13.1%和17.7%。")
    assert found == ["城市低保标准", "农村低保标准"]


def test_places_listed_before_still_own_the_measure(tmp_path):
    found = indicators(tmp_path, REVIEW, "甲镇、乙镇加快发展，地区生产总值分别增长8%和7%。")
    assert found == ["甲镇地区生产总值", "乙镇地区生产总值"]


def test_lines_and_sites_run_are_named_without_the_verb(tmp_path):
    # hainan-2026-review, xizang-2026
    found = indicators(tmp_path, REVIEW, "2025年运行集装箱班轮航线75条、境外航空客货运航线99条。")
    assert found == ["集装箱班轮航线", "境外航空客货运航线"]
    assert indicators(tmp_path, PLAN, "稳妥运行14个传统边贸点。") == ["传统边贸点"]


def test_a_run_after_going_online_stays_in_the_name(tmp_path):
    # anhui-2026-review: 上线运行 is what the matters counted did, not a verb opening the name
    assert indicators(tmp_path, REVIEW, "“高效办成一件事”上线运行70个重点事项。") == ["高效办成一件事上线运行"]


def test_listed_services_share_the_volume_of_business(tmp_path):
    # liaoning-2026-review
    found = indicators(tmp_path, REVIEW, "快递、电信业务量分别增长16%、10.7%。")
    assert found == ["快递业务量", "电信业务量"]


def test_the_rate_of_the_shared_word_is_a_measure_of_its_own(tmp_path):
    # national-2012: the deficit's rate is 赤字率 as written, not 财政赤字率
    found = indicators(tmp_path, "二、2012年工作安排", "今年拟安排财政赤字8000亿元，赤字率下降到1.5%左右。")
    assert found == ["财政赤字", "赤字率"]


def test_a_measure_after_the_shared_word_still_takes_the_set(tmp_path):
    found = indicators(tmp_path, REVIEW, "安排民生支出47.2亿元，支出占比达73%。")
    assert found == ["民生支出", "民生支出占比"]
    found = indicators(tmp_path, REVIEW, "列入省市重点项目19项，总投资834.59亿元，项目开工率100%。")
    assert found[-1] == "省市重点项目开工率"
