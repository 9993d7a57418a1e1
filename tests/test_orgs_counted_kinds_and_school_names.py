"""Session 26 (qd26), organizations that are not companies: (1) a name followed right away by a count
of bodies that closes the clause ("新认定市示范性普通高中10所。", "建成“校企联盟”120个,") is a kind and how
many of it, no one body; (2) a county's school named 实验 ("完成实验高中扩建"), whose first word jieba
tags a verb (实验/vn), is the county's school, as "育才中学" is; (3) a place before a school's short head
in a list of works ("某某实验初中、某某幼儿园等4个项目") names the school, no company's plant.
Sentences written in the genre's phrasing with invented names and figures."""
from __future__ import annotations

from tests.conftest import report_names

COUNTY = "政府工作报告\n——2023年1月10日在宝应县第十七届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾"
PROVINCE = "政府工作报告\n——2023年1月12日在江苏省第十四届人民代表大会第一次会议上\n各位代表：\n一、2022年工作回顾"


def _orgs(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Organization", COUNTY, *sentences)


def test_a_name_counted_at_the_clause_end_is_a_kind(tmp_path):
    orgs = _orgs(tmp_path, "新认定县示范性普通高中3所，新增公办学位2000个。",
                 "牵手南京工业大学等20多所高校建成“产学联盟”45个，带动企业创新。",
                 "扶持各村创办养殖专业合作社6个，带动农户增收。")
    assert "县示范性普通高中" not in orgs
    assert "产学联盟" not in orgs
    assert not {o for o in orgs if o.endswith("合作社")}
    assert "南京工业大学" in orgs  # the named university before the count of universities stays


def test_a_count_of_more_than_or_of_ten_thousands_closes_the_clause_too(tmp_path):
    # 多, 余, 万 and decimals are read as in a plain count (mb26: "20多个" kept the name before)
    orgs = _orgs(tmp_path, "建成“产学联盟”20多个，带动企业创新。",
                 "培育“校企联盟”120余个，领办产业合作社1.2万个，")
    assert "产学联盟" not in orgs
    assert "校企联盟" not in orgs
    assert not {o for o in orgs if o.endswith("合作社")}


def test_a_count_of_more_than_after_a_national_designation_is_a_kind(tmp_path):
    orgs = _orgs(tmp_path, "生物医药国家工程研究中心达到10余家，新材料国家重点实验室新增3个。")
    assert "生物医药国家工程研究中心" not in orgs  # the designations of a field, counted
    assert "新材料国家重点实验室" not in orgs


def test_a_count_that_goes_on_to_what_it_counts_keeps_the_body(tmp_path):
    orgs = _orgs(tmp_path, "县人民医院3个科室入选省级重点专科。",
                 "东川实业集团2家子公司完成技术改造，县中医院新院区投入使用。")
    assert {"县人民医院", "县中医院"} <= orgs  # the count is of their departments and subsidiaries


def test_a_county_school_named_shiyan_is_one_school(tmp_path):
    orgs = _orgs(tmp_path, "完成实验高中、城东中学等5所学校改扩建。",
                 "实验小学新校区秋季投入使用。")
    assert {"实验高中", "城东中学", "实验小学"} <= orgs


def test_a_verb_before_a_school_head_stays_no_name(tmp_path):
    # 实验 is the only verb-tagged word a school is named by (org_school_name_words.txt); a verb-tagged
    # word of the kind's grammar before a school's head names no school: each of these is a kind
    # without that lexicon's check (mb26: the guards before never reached it)
    orgs = _orgs(tmp_path, "规范培训学校管理，减轻学生负担。", "加强对口学校帮扶。")
    assert not {"培训学校", "对口学校"} & orgs


def test_a_place_before_a_school_short_head_names_no_company(tmp_path):
    orgs = _orgs(tmp_path, "确保岚林实验初中、新港幼儿园等4个项目秋季竣工投运。")
    assert "岚林" not in orgs
    assert "新港幼儿园" in orgs


def test_a_university_jieba_knows_by_a_proper_stem_is_one_body(tmp_path):
    # 清华大学 is one institution's word (nt) of jieba's dictionary, its stem 清华 (nz) too common a word
    # for is_proper; a place's stem is read as a place before (南京大学), and the 12 other words of the
    # dictionary that meet the rule's condition (复旦大学, 华中科技大学…) were found before by is_proper.
    # A province's report (mb26): in a county's, "清华" is already taken as the area's one-word name.
    orgs = report_names(tmp_path, "Organization", PROVINCE,
                        "深化与清华大学、复旦大学、南京大学合作，共建先进制造研究院。")
    assert {"清华大学", "复旦大学", "南京大学"} <= orgs
