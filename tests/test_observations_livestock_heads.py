"""Head counts of livestock in a review (session 25): a kind named by one character ("羊发展到40.5万只",
"其中牛12万头") is the indicator of its count, and horses and poultry are counted in 匹 and 羽 as sheep
in 只; a head count that sizes the works named right after it ("1.2亿羽肉鸡产业链项目") stays no
value. Sentences written for the test in the genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import assert_rows, observations, rows

OPENING = "2026年1月10日,某县第十八届人民代表大会第四次会议开幕。县长作政府工作报告时说,"


def test_one_character_kinds_and_horse_and_poultry_units_are_counted(tmp_path):
    text = OPENING + ("2025年,畜牧业稳步发展,全县肉牛发展到8.2万头,羊发展到40.5万只,马驴骡发展到1.6万匹,"
                      "家禽发展到150.3万羽。年末牲畜存栏20万头只,其中牛12万头,马0.3万匹。\n")
    assert_rows(tmp_path, text, ("肉牛", "8.2", "万头", "actual", 2025), ("羊", "40.5", "万只", "actual", 2025),
                ("马驴骡", "1.6", "万匹", "actual", 2025), ("家禽", "150.3", "万羽", "actual", 2025),
                ("牛", "12", "万头", "actual", 2025), ("马", "0.3", "万匹", "actual", 2025))
    # 其中 is no part of the kind's name
    assert not any(n.startswith("其中") for n, *_ in rows(observations(tmp_path, text)))


def test_a_poultry_capacity_naming_a_works_is_no_value(tmp_path):
    text = OPENING + ("2025年,甲公司1.2亿羽肉鸡全产业链项目建成投产,新建乙公司30万羽蛋鸡养殖场,"
                      "全县家禽出栏达到2100万羽。\n")
    found = rows(observations(tmp_path, text))
    assert {(v, u) for _, v, u, *_ in found} == {("2100", "万羽")}, found


def test_a_one_character_word_in_another_unit_is_still_no_indicator(tmp_path):
    # a kind of livestock alone names a count of heads, not a sum of money or an area
    text = OPENING + "2025年,落实奖补资金,牛0.5亿元,羊1.2万亩。\n"
    found = rows(observations(tmp_path, text))
    assert not any(n in ("牛", "羊") for n, *_ in found), found


def test_a_head_count_the_works_can_hold_is_no_herd(tmp_path):
    # session 25 review (my25): "可容纳马200匹" sizes the works just counted; the count of the works
    # survives, run on or after a comma, and the heads they hold are no value
    for sentence in ("2025年,建成马术场1个可容纳马200匹。", "2025年,建成马术场1个,可容纳马200匹。",
                     "2025年,新建标准化养殖场3个可供羊1.2万只越冬。"):
        found = rows(observations(tmp_path, OPENING + sentence + "\n"))
        assert not any(u.endswith(("匹", "只")) for _, _, u, *_ in found), found
        assert any(u == "个" for _, _, u, *_ in found), found
