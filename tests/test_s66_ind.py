"""Session 66, indicators and observations of city, district and county reports: the date line under a title
dates the report where the title names another year, a file named with its year at the start dates an
excerpt that writes none, 争取 before a kind of fund names the sum obtained, a part counted after 其中 by
size class keeps the count's verb, adverbs between a name and its verb (一举, 再次) or closing the noun
after a count (稳步) are no part of the name. Sentences from tests/real and the samples, or written in the
genre's wording."""
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import observation_rows

REVIEW = "一、2011年工作回顾\n"
PLAN = "二、2012年工作安排\n"


def document_year(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_document(read_source(path)).year


def pairs(tmp_path, body, part=REVIEW):
    return {(r[0], r[1], r[2]) for r in observation_rows(tmp_path, "某县政府工作报告", part + body)}


def test_date_line_dates_a_report_whose_title_names_the_year_worked(tmp_path):
    text = ("某市人民政府2010年政府工作报告\n——2011年1月13日在某市第三届人民代表大会第一次会议上\n各位代表:\n"
            "一、过去五年的工作回顾\n全市生产总值达到500亿元。\n")
    assert document_year(tmp_path, "a.txt", text) == 2011
    # a title without a date line keeps its own year
    assert document_year(tmp_path, "b.txt", "某市2010年政府工作报告\n各位代表:\n全市生产总值达到500亿元。\n") == 2010


def test_date_line_of_december_dates_the_coming_year(tmp_path):
    text = "政府工作报告\n——2021年12月15日在某县第十七届人民代表大会第一次会议上\n各位代表:\n全县生产总值达到80亿元。\n"
    assert document_year(tmp_path, "c.txt", text) == 2022


def test_file_named_with_its_year_first_dates_an_excerpt_without_years(tmp_path):
    text = "各位代表:\n一、过去一年工作回顾\n全县实现地区生产总值360亿元,增长8%。\n"
    assert document_year(tmp_path, "2018-mouxian.txt", text) == 2018
    assert document_year(tmp_path, "mouxian-notes.txt", text) is None


def test_sought_funds_keep_their_verb_in_a_review(tmp_path):
    found = pairs(tmp_path, "全年争取中央预算内资金3.2亿元,争取专项债资金5亿元。")
    assert ("争取中央预算内资金", "3.2", "亿元") in found and ("争取专项债资金", "5", "亿元") in found
    assert ("中央预算内资金", "3.2", "亿元") not in found


def test_funds_in_place_and_aims_of_a_plan_are_named_by_the_fund(tmp_path):
    # samples/qianjiang-2019: 争取到位 says the funds arrived; in a plan 争取 is the aim
    found = pairs(tmp_path, "新增政府债券资金11.8亿元,争取到位上级专项资金43.1亿元、增长32.4%。")
    assert ("上级专项资金", "43.1", "亿元") in found
    assert not any(name.startswith("争取") for name, _, _ in found)
    planned = pairs(tmp_path, "争取政府债券资金15亿元以上。", PLAN)
    assert ("政府债券资金", "15", "亿元") in planned


def test_size_class_after_qizhong_keeps_the_count_verb(tmp_path):
    found = pairs(tmp_path, "全年新开工项目80个,其中亿元以上项目30个。")
    assert ("新开工项目", "80", "个") in found and ("新开工亿元以上项目", "30", "个") in found
    # a count the clause only carries on has no such verb: the class stands alone
    carried = pairs(tmp_path, "全年实施项目80个,其中亿元以上项目30个。")
    assert ("亿元以上项目", "30", "个") in carried


def test_adverbs_of_one_stroke_or_once_more_are_no_part_of_the_name(tmp_path):
    found = pairs(tmp_path, "一般公共预算收入一举突破20亿元,固定资产投资再次突破300亿元,生猪出栏再破50万头。")
    assert ("一般公共预算收入", "20", "亿元") in found and ("固定资产投资", "300", "亿元") in found
    assert ("生猪出栏", "50", "万头") in found
    assert not any(name.endswith(("一举", "再次", "再")) for name, _, _ in found)


def test_manner_adverb_closing_the_noun_after_a_count(tmp_path):
    # tests/real/fujian-2026-review.txt
    found = pairs(tmp_path, "352项重要改革举措稳步实施。")
    assert ("重要改革举措", "352", "项") in found
    assert ("重要改革举措稳步", "352", "项") not in found


def test_area_of_a_town_valued_in_land_is_named_by_its_extent(tmp_path):
    found = pairs(tmp_path, "县城建成区由12平方公里扩大到15.6平方公里,建成区绿化覆盖率达到40%。")
    assert ("县城建成区面积", "12", "平方公里") in found and ("县城建成区面积", "15.6", "平方公里") in found
    assert ("建成区绿化覆盖率", "40", "%") in found
    assert not any(name.endswith("建成区") for name, _, _ in found)


def test_one_value_both_items_reach_is_a_value_of_each(tmp_path):
    # tests/real/jiangxi-2026-review.txt, tests/real/ningxia-2026-review.txt
    found = pairs(tmp_path, "金融机构本外币存、贷款余额双双突破6万亿元。铁路、航空客运量双双超过千万人次。")
    assert ("金融机构本外币存款余额", "6", "万亿元") in found and ("金融机构本外币贷款余额", "6", "万亿元") in found
    assert ("铁路客运量", "1000", "万人次") in found and ("航空客运量", "1000", "万人次") in found
    # a pair word before 双双 is split too; one item alone keeps its value
    paired = pairs(tmp_path, "全市金融机构存贷款余额双双突破500亿元,税收收入突破30亿元。")
    assert {("金融机构存款余额", "500", "亿元"), ("金融机构贷款余额", "500", "亿元")} <= paired
    assert ("金融机构存贷款余额", "500", "亿元") not in paired and ("税收收入", "30", "亿元") in paired


def test_one_value_all_items_reach_after_jun(tmp_path):
    # tests/real/gansu-2026-review.txt; then tests/real/zhejiang-2026-review.txt's 均衡 and sichuan's 均增至
    found = pairs(tmp_path, "基本养老保险、基本医疗保险参保率均稳定在98%以上。")
    assert ("基本养老保险参保率", "98", "%") in found and ("基本医疗保险参保率", "98", "%") in found
    found = pairs(tmp_path, "新增全国学前教育普及普惠县18个、义务教育优质均衡发展县27个。国家级跨境电商综合试验区、服务贸易平台均增至9个。")
    assert not any("普惠县18个" in name or name == "国家级跨境电服务贸易平台" for name, _, _ in found)
