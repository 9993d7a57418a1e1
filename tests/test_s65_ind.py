"""Session 65, indicators and observations of city, district and county reports: two values of a name that
holds 城乡 without 分别 (obs_paired_populations.txt), a time phrase "自2007年起" opening a name, the report's
own area named by 本 (本区, measure_words.txt), road network density per square kilometre (quantity_words.tsv
per_after), and a "from X to Y" clause whose measure the clause before it names. Sentences from
tests/real (Xinjiang 2026) or written in the genre's wording."""
from tests.conftest import observation_rows

REVIEW = "一、2011年工作回顾\n"


def rows(tmp_path, body, head="某区政府工作报告"):
    return observation_rows(tmp_path, head, REVIEW + body)


def pairs(tmp_path, body):
    return {(r[0], r[1], r[2]) for r in rows(tmp_path, body)}


def test_paired_populations_take_one_value_each_without_respectively(tmp_path):
    # tests/real/xinjiang-2026-review.txt
    found = pairs(tmp_path, "城乡居民人均可支配收入年均增长5.3%、8.1%。")
    assert ("城镇居民人均可支配收入", "5.3", "%") in found
    assert ("农村居民人均可支配收入", "8.1", "%") in found
    assert not any(name.startswith("城乡") for name, _, _ in found)


def test_a_flow_crossing_two_milestones_stays_one_measure(tmp_path):
    found = pairs(tmp_path, "全区进出口总额接连突破8亿元、9亿元。")
    assert {name for name, _, _ in found} == {"进出口总额"}


def test_time_since_a_year_opens_no_name(tmp_path):
    found = pairs(tmp_path, "自2008年起全区景区年接待游客量均超过500万人次。")
    assert ("景区年接待游客量", "500", "万人次") in found
    assert not any(name.startswith("自") for name, _, _ in found)


def test_own_area_by_ben_opens_no_name(tmp_path):
    found = pairs(tmp_path, "本区生产总值预计2011年达到126亿元,比2006年增长70.2%。")
    assert ("生产总值", "126", "亿元") in found
    assert not any(name.startswith("本区") for name, _, _ in found)


def test_road_density_per_square_kilometre(tmp_path):
    found = pairs(tmp_path, "全区路网密度由2008年的3.2千米/平方公里提升至5.1千米/平方公里。")
    assert ("路网密度", "3.2", "千米/平方公里") in found and ("路网密度", "5.1", "千米/平方公里") in found
    assert not any(name == "平方公里" for name, _, _ in found)


def test_from_to_clause_measures_what_the_clause_before_names(tmp_path):
    found = rows(tmp_path, "区级财政收入实现翻倍增长,从2006年的6.3亿元增至2011年的13.5亿元。")
    assert ("区级财政收入", "6.3", "亿元", "actual", 2006) in found
    assert ("区级财政收入", "13.5", "亿元") in {(r[0], r[1], r[2]) for r in found}


def test_from_to_clause_after_a_clause_naming_no_measure_is_unnamed(tmp_path):
    assert rows(tmp_path, "全区上下团结一心,从2006年的6.3亿元增至2011年的13.5亿元。") == []


def test_whole_year_between_measure_and_verb_is_no_part_of_the_name(tmp_path):
    found = pairs(tmp_path, "商品销售总额预计全年完成820亿元,同比增长9.1%。")
    assert ("商品销售总额", "820", "亿元") in found and ("商品销售总额", "9.1", "%") in found
    assert not any(name.endswith("全年") for name, _, _ in found)


def test_work_counted_each_time_keeps_its_unit(tmp_path):
    # tests/real/jilin-2026-review.txt
    found = pairs(tmp_path, "累计实施保护性耕作1.19亿亩次。")
    assert ("保护性耕作", "1.19", "亿亩次") in found
    assert not any(unit == "亿亩" for _, _, unit in found)


def test_close_to_a_round_figure_is_a_level(tmp_path):
    found = pairs(tmp_path, "一般公共预算收入趋近百亿元。")
    assert ("一般公共预算收入", "100", "亿元") in found
    assert not any(name.endswith("趋") for name, _, _ in found)
