"""Values the reports state that were read as no value (session 72, ind72b), and their must-not-fire
neighbours. Sentences from tests/real (2026 provincial reviews, State Council reviews).

- A magnitude written with no figure after a word of degree ("突破万亿元", "突破万列") is one of it;
  a grade ("万亿级") or "上万" is none.
- A percentage before 的 is the share of the noun after it ("96.2%的养老机构开展医养结合"), not a
  describing figure; a top slice ("前1%的学科") still is.
- Tenths in words ("近八成", "三成以上") are values in 成; 成为, 成效, 形成 are words.
- A bare 万/亿 opening its clause counts the noun after it ("420万困难群众基本生活得到有效保障"); the
  whole people of an area ("13亿中国人", "江淮儿女") is a rhetorical figure, and beneficiaries after a
  verb ("惠及120余万婴幼儿") are left alone (the gold names them by the policy, in 万 or 万人).
- Areas of a level counted with their kinds in brackets ("28个省(区、市)全部免征了农业税") are named by
  what the clause says they did.
"""
import pytest

from kg.text.quantities import find_quantities
from tests.test_observations_later_year_in_clause import observed

REVIEW = "某省2026年政府工作报告\n一、2025年工作回顾\n"


def quantities(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("进出口总额突破万亿元、增速居全国第5位", [("1", "万亿元")]),  # anhui-2026-review
    ("服务业增加值跨上万亿元台阶", [("1", "万亿元")]),  # tianjin-2026-review
    ("海铁联运班列突破万列,集装箱吞吐量历史性突破千万标箱", [("1", "万列"), ("1000", "万标箱")]),  # guangxi
    ("开展“全闽乐购”等促消费活动近万场,加力扩围以旧换新", [("1", "万场")]),  # fujian-2026-review
    ("财政支出近八成投向民生领域", [("8", "成")]),  # fujian-2026-review
    ("坚持政府过紧日子,八成以上财政资金用于民生", [("8", "成")]),  # anhui-2026-review
    ("棉花产量连续4年占全国九成以上、就地转化率达45%", [("9", "成"), ("45", "%")]),  # xinjiang
    ("420万困难群众基本生活得到有效保障", [("420", "万")]),  # anhui-2026-review
    ("近20万各民族家庭参与“小手拉大手”", [("20", "万")]),  # xinjiang-2026-review
    ("天然气产能达到22亿方", [("22", "亿方")]),  # ningxia-2026
    ("上海港集装箱吞吐量达到5506.3万标准箱", [("5506.3", "万标准箱")]),  # shanghai-2026-review
])
def test_values_written_without_a_figure_or_a_unit_word(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "一般公共预算收入达万亿级规模",  # jiangsu-2026-review: a grade
    "“A超”联赛吸引国内外参赛队伍上万支",  # guangxi-2026-review
    "川藏铁路、成达万高铁、西香高速等进出川大通道",  # sichuan-2026-review: a place name
    "形成合力,取得成效,成为全国第一",
    "把13亿中国人的饭碗牢牢端在自己手中",  # national-2014
    "7000多万江淮儿女一道拼出来、干出来",  # anhui-2026-review
    "育儿补贴惠及120余万婴幼儿",
    "积极推进240小时过境免签政策落地",  # ningxia-2026: a policy's name
    "汉襄宜“1小时高铁圈”“3小时高速公路圈”基本形成",  # hubei-2026-review: circles' names
    "5次调高城乡居民基础养老金标准",  # xizang-2026-review: times a thing was done
    "出台服务业扩大开放3.0方案",  # beijing-2026
  # jiangxi-2026-review: beneficiaries, named by the policy in the gold
])
def test_no_value_where_the_words_are_no_figure(text):
    assert quantities(text) == []


def test_a_share_before_its_noun_is_a_value_and_a_top_slice_is_not():
    (share,) = find_quantities("96.2%的养老机构开展医养结合")  # hainan-2026-review
    assert not share.modifier
    (top,) = find_quantities("ESI全球排名前1%的学科数量增长两倍")  # hainan-2026-review
    assert top.modifier
    (pace,) = find_quantities("6.5%左右的增速可以实现比较充分的就业")  # national-2018
    assert pace.modifier
    (goal,) = find_quantities("提出8%左右的国内生产总值增长目标。")  # national-2009
    assert goal.modifier


@pytest.mark.parametrize("sentence, value, name", [
    ("96.2%的养老机构开展医养结合。", "96.2", "养老机构开展医养结合"),  # hainan-2026-review
    ("28个省（区、市）全部免征了农业税。", "28", "全部免征了农业税"),  # national-2006-review
    ("11个县（市、区）通过国家义务教育优质均衡县评估认定。", "11", "通过国家义务教育优质均衡县评估认定"),  # yunnan
    ("巩固拓展脱贫攻坚成果，30多万监测对象稳定消除返贫致贫风险。", "30", "监测对象稳定消除返贫致贫风险"),  # anhui
    ("51万新就业形态人员纳入职业伤害保障。", "51", "新就业形态人员纳入职业伤害保障"),  # liaoning-2026-review
])
def test_observations_of_shares_and_of_areas_counted_with_their_kinds(tmp_path, sentence, value, name):
    assert {o[0] for o in observed(tmp_path, REVIEW + sentence + "\n") if o[1] == value} == {name}


def test_a_count_of_people_after_a_verb_stays_unread_and_one_of_employment_keeps_its_name(tmp_path):
    assert not {o for o in observed(tmp_path, REVIEW + "实施育儿补贴制度，惠及23.6万婴幼儿。\n") if o[1] == "23.6"}
    assert {o[0] for o in observed(tmp_path, REVIEW + "新增40.8万青年留渝来渝。\n") if o[1] == "40.8"} == {"新增青年留渝来渝"}


def test_areas_without_the_bracketed_kinds_keep_their_old_name(tmp_path):
    names = {o[0] for o in observed(tmp_path, REVIEW + "28个省全部免征了农业税。\n") if o[1] == "28"}
    assert names != {"全部免征了农业税"}
