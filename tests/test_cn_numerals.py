"""Figures written in Chinese numerals (issue 9): older reports and press copies write "增长百分之九",
"二〇〇四年", "一千二百亿元". Sentences written for the test in the genre's phrasing."""
import pytest

from kg.text.cn_numerals import integer_value, numeral_value
from kg.text.reading import normalize
from tests.test_observations import observations


@pytest.mark.parametrize("numeral, value", [
    ("九", 9), ("十", 10), ("十八", 18), ("二十", 20), ("一百", 100), ("一千二百", 1200),
    ("二千零一十五", 2015), ("三万零六百", 30600), ("二万三千八百", 23800), ("两千八百九十", 2890),
    ("一万六千零一六", 16016), ("八百六十万", 8_600_000), ("一亿二千万", 120_000_000), ("二〇〇四", 2004),
])
def test_integer_numerals(numeral, value):
    assert integer_value(numeral) == value


def test_decimals_and_what_is_no_numeral():
    assert numeral_value("十四点五") == "14.5"
    assert numeral_value("零点五") == "0.5"
    assert numeral_value("二万五千九百六十八点五五") == "25968.55"
    assert numeral_value("十点七") == "10.7"
    assert integer_value("三农") is None


@pytest.mark.parametrize("written, read", [
    ("增长百分之九,其中第三产业增长百分之十点七", "增长9%,其中第三产业增长10.7%"),
    ("失业率控制在百分之四以内", "失业率控制在4%以内"),
    ("人口自然增长率千分之五点二", "人口自然增长率5.2‰"),
    ("比重提高零点五个百分点,占比提高三个百分点", "比重提高0.5个百分点,占比提高3个百分点"),
    ("二00四年的预期目标", "2004年的预期目标"),
    ("二〇〇六年经济平稳发展", "2006年经济平稳发展"),
    ("一九九八年以来", "1998年以来"),
    ("全社会固定资产投资一千二百亿元", "全社会固定资产投资1200亿元"),
    ("生产总值十二点三四万亿元", "生产总值12.34万亿元"),
    ("税收收入超过五万亿元", "税收收入超过5万亿元"),
    ("消费品零售总额四百六十多亿元", "消费品零售总额460多亿元"),
    ("城镇新增就业八百六十万人", "城镇新增就业860万人"),
    ("城镇新增就业一万多人", "城镇新增就业1万多人"),
    ("完成投资一亿多元", "完成投资1亿多元"),
    ("培训农民工两万余人", "培训农民工2万余人"),
    ("慰问一百岁老人", "慰问100岁老人"),
    ("全市新组建十五家公司", "全市新组建15家公司"),  # a count of companies, no name (a review)
    ("引进十二家集团", "引进12家集团"),
    ("人均纯收入增加一百元", "人均纯收入增加100元"),
])
def test_figures_read_as_arabic(written, read):
    assert normalize(written)[0] == read


@pytest.mark.parametrize("text", [
    "第十一个五年规划", "着力解决三农问题", "“十三五”时期", "共建一带一路", "全国两会期间",
    "协调推进四个全面", "实施三年行动", "贯彻十六大精神", "十届全国人大五次会议", "十万火急",
    "突破百亿元", "三个代表重要思想", "千方百计", "推进十个全覆盖工程", "推动一二三次产业融合",
    "某某党委七届八次全会", "唯一一个", "三个一亿人", "围绕两个“一千亿”", "某某八十八岁集团", "组建七星公司",
    "贯彻省委十一届十三次、十四次全会精神",
    "召开十一次常务会议", "召开十一次市政府常务会议",
    "加快鑫达汽零二期建设", "推进某某汽零三期项目",  # 零 of a trade's abbreviation (汽零: 汽车零部件) before a phase
])
def test_ordinals_and_names_stay_as_written(text):
    assert normalize(text)[0] == text


def test_a_rewritten_figure_maps_back_to_the_numeral_as_written():
    original = "投资一千二百亿元"
    text, offsets = normalize(original)
    assert text == "投资1200亿元"
    start, end = text.index("1200"), text.index("元")  # the figure with its magnitude, "1200亿"
    assert original[offsets[start]:offsets[end - 1] + 1] == "一千二百亿"
    assert original[offsets[end]] == "元"


def test_a_press_copy_in_chinese_numerals_gives_the_values_and_the_year(tmp_path):
    found = observations(tmp_path, "某某省政府工作报告\n各位代表:二〇〇五年工作回顾。二〇〇五年,全省生产总值"
                         "二千零一十五亿元,增长百分之十一点五;城镇居民人均可支配收入八千六百元,增长百分之九。\n")
    assert ("生产总值", "2015", "亿元", "actual", 2005) in found
    assert ("生产总值", "11.5", "%", "actual", 2005) in found
    assert ("城镇居民人均可支配收入", "8600", "元", "actual", 2005) in found
