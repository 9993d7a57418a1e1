"""Names of measures read more closely: a bare measure (a head word alone: 成交额, 总产) is of the
subject of the clause right before it ("高交会促成…签约，成交额超1700亿元" → 高交会成交额); a word of
every kind before the set counted is no part of its name ("新增各类市场主体" → 新增市场主体). Sentences
from the samples (read from ../shared) and from real reports (Hebei 2023, Doumen 2022, Zhangwan 2023, Hailar 2014, Hedong 2019)."""
import re

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source

from tests.conftest import shared_file


def found(tmp_path, head, body):
    path = tmp_path / "r.txt"
    path.write_text(f"{head}\n各位代表:\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_bare_measure_takes_the_subject_of_the_clause_before(tmp_path):
    text = shared_file("seeds", "guangdong-2026.txt").read_text(encoding="utf-8")
    sentence = re.search(r"高交会促成[^。]*成交额[^。]*。", text).group(0)
    obs = found(tmp_path, "广东省人民政府工作报告", f"一、2025年工作回顾\n{sentence}")
    assert ("高交会成交额", "1700", "亿元") in obs, obs
    assert not [o for o in obs if o[0] == "成交额"]


def test_a_set_phrase_ends_the_subject(tmp_path):
    # "连年丰收" (jieba: a set phrase) is the clause's predicate; 粮食 its subject
    obs = found(tmp_path, "河北省人民政府工作报告", "一、2022年工作回顾\n"
                "粮食连年丰收、总产稳定在740亿斤以上。")
    assert ("粮食总产", "740", "亿斤") in obs, obs


def test_a_verb_of_a_level_may_open_the_bare_measures_clause(tmp_path):
    # Zhangwan's 2023 report
    obs = found(tmp_path, "张湾区人民政府工作报告", "一、2022年工作回顾\n"
                "工业经济负重前行,规上工业总产值占全市比重达22%;地方工业逆势增长,完成产值256亿元,同比增长10%。")
    assert ("地方工业产值", "256", "亿元") in obs, obs


def test_a_measure_before_is_no_subject(tmp_path):
    # Hailar's 2014 report: 马铃薯总产量 is a measure, not what the 产值 after it is of
    obs = found(tmp_path, "海拉尔区人民政府工作报告", "一、2013年工作回顾\n"
                "引导扶持马铃薯种薯基地规模化发展，提高产品增加值，马铃薯总产量达到25万吨，实现产值2.5亿元。")
    assert not [o for o in obs if o[0].startswith("马铃薯总产量产值")], obs


def test_a_lead_that_names_nothing_keeps_a_measure_bare(tmp_path):
    # Doumen's 2022 report: the rate is of the projects counted in the clause before
    obs = found(tmp_path, "斗门区人民政府工作报告", "一、2021年工作回顾\n"
                "137个市重点项目完成投资236.8亿元,年度投资完成率110.8%。")
    assert ("市重点项目年度投资完成率", "110.8", "%") in obs, obs


def test_a_list_item_before_a_measure_is_no_subject(tmp_path):
    # the item before 、 has no predicate: it is another measure of the list, not a subject
    obs = found(tmp_path, "广东省人民政府工作报告", "一、2025年工作回顾\n"
                "进出口总额、成交额分别增长5%和6%。")
    assert not [o for o in obs if o[0].startswith("进出口总额成交额")], obs


def test_a_word_of_every_kind_before_the_set_counted_is_no_part_of_its_name(tmp_path):
    # "新增各类市场主体6821家" (Yixian sample), "引进各类企业3639家" (Hedong's 2019 report)
    text = shared_file("seeds", "yixian-2019.txt").read_text(encoding="utf-8")
    clause = re.search(r"新增各类市场主体\d+家", text).group(0)
    obs = found(tmp_path, "易县人民政府工作报告", f"一、2018年工作回顾\n{clause}。引进各类企业3639家。")
    assert ("新增市场主体", "6821", "家") in obs, obs
    assert ("引进企业", "3639", "家") in obs, obs


def test_a_word_of_every_kind_before_other_words_stays(tmp_path):
    obs = found(tmp_path, "国务院政府工作报告", "一、2016年工作回顾\n全年资助各类学校家庭困难学生8400多万人次。")
    assert ("资助各类学校家庭困难学生", "8400", "万人次") in obs, obs


def test_projects_entering_a_plan_are_named_by_what_they_entered(tmp_path):
    # Yangzhou's 2020 report: 进入 as 列入 (obs_entry_verbs.txt)
    obs = found(tmp_path, "扬州市人民政府工作报告", "一、2019年工作回顾\n27个项目进入省重大项目投资计划。")
    assert ("进入省重大项目投资计划项目", "27", "个") in obs, obs


def test_a_word_of_every_kind_goes_with_the_verb_that_pays_out_a_fund(tmp_path):
    # "发放各类…救助资金": 各类 qualifies the sum paid out, as the verb does, not the fund
    obs = found(tmp_path, "青禾县人民政府工作报告", "一、2020年工作回顾\n"
                "全年发放各类救助资金1.2亿元,发放各类困难群众救助资金3600万元,发放各类救助金850万元。")
    assert ("救助资金", "1.2", "亿元") in obs, obs
    assert ("困难群众救助资金", "3600", "万元") in obs, obs
    assert ("救助金", "850", "万元") in obs, obs
    assert not [o for o in obs if o[0].startswith("各类")], obs


def test_a_word_of_the_part_left_before_a_count_is_no_part_of_its_name(tmp_path):
    # 剩余 before the count says which part of the set is counted; the noun after the count names it
    obs = found(tmp_path, "青禾县人民政府工作报告", "一、2020年工作回顾\n"
                "剩余3个贫困村全部出列,确保剩余的1200名建档立卡贫困人口全部脱贫。")
    assert ("贫困村", "3", "个") in obs, obs
    assert ("建档立卡贫困人口", "1200", "名") in obs, obs
    # written right before the noun, it stays: the name as written
    obs = found(tmp_path, "青禾县人民政府工作报告", "一、2020年工作回顾\n全县剩余贫困人口860人实现脱贫。")
    assert ("剩余贫困人口", "860", "人") in obs, obs
