"""Session 27 (qe27), schools in the genre's social-work paragraphs: (1) a numbered school by its short
form — its number and 中/小 or 中学/小学 — is an organization ("沈阳七中", "县四小", "实验三中", "十九中",
"三十中学"; 一中 opening "一中教育教学综合楼", ANNOTATION rule 8), never a Party congress's plenary
session (十九届三中全会) nor a number before a word (一中心, 十小时); (2) a count of schools or hospitals
inside a stem ("某区两所学校", "多所学校") names no body. Sentences written in the genre's phrasing with
invented names and figures; the Hailar corpus for what must not fire."""
from __future__ import annotations

import re

from tests.conftest import report_names

COUNTY = "政府工作报告\n——2020年1月8日在宝应县第十七届人民代表大会第四次会议上\n各位代表：\n一、2019年工作回顾"
CITY = "政府工作报告\n——2019年1月6日在盘锦市第七届人民代表大会第三次会议上\n各位代表：\n一、2018年工作回顾"


def test_a_numbered_school_after_its_city_or_level_is_one_school(tmp_path):
    orgs = report_names(tmp_path, "Organization", CITY,
                        "完成智慧校园建设，盘锦五中、兴隆台二小如期开学，二十中学通过省示范性高中验收。",
                        "开工建设市一中新校区，区四小如期投入使用。")
    assert {"盘锦五中", "二十中学", "市一中", "区四小"} <= orgs


def test_a_numbered_school_after_a_verb_or_its_name_word_is_one_school(tmp_path):
    orgs = report_names(tmp_path, "Organization", COUNTY,
                        "建成投用十二中、城南小学，完成实验二中改扩建。",
                        "维修改造校舍12所，一中教育教学综合楼投入使用。")
    assert {"十二中", "实验二中", "一中"} <= orgs


def test_plenary_sessions_and_numbers_before_a_word_name_no_school(tmp_path):
    orgs = report_names(tmp_path, "Organization", COUNTY,
                        "全面贯彻党的十九大和十九届二中、三中、四中全会精神，学习贯彻五中全会精神。",
                        "深入贯彻二中、三中全会部署，推进一中心两基地建设，每天开放十小时。")
    assert not {o for o in orgs if o.endswith(("中", "小"))}


def test_a_count_of_schools_or_hospitals_names_no_body(tmp_path):
    # after a place the walk from 学校 reached the count ("铁西区两所学校" was one body before
    # _SCHOOL_COUNT); the bodies named beside a count stay
    orgs = report_names(tmp_path, "Organization", COUNTY,
                        "铁西区两所学校建成使用，浑南区多所学校结成教育共同体。",
                        "安丰镇两所学校建成使用，新建3所医院，县人民医院、县中医院完成提标改造。")
    assert not {o for o in orgs if "所" in o}
    assert {"县人民医院", "县中医院"} <= orgs


def test_a_programmes_label_of_a_number_and_zhong_or_xiao_names_no_school(tmp_path):
    # a bare short form (no place, level or name word) names a school only before a break, a verb
    # or the school's part or building; a programme's label goes on to a sector or a kind of works
    orgs = report_names(tmp_path, "Organization", COUNTY,
                        "实施五小水利工程860处，整治三小场所540家。",
                        "形成一中多点格局，实施三小工程，开展五小竞赛。")
    assert not {o for o in orgs if re.search(r"[一二三四五六七八九十](?:中|小)$", o)}, orgs
    orgs = report_names(tmp_path, "Organization", COUNTY, "确保九中竣工，一中新校区开工，完成七中教学楼建设。")
    assert {"九中", "一中", "七中"} <= orgs


def _spans(tmp_path, *lines: str) -> list[str]:
    from tests.conftest import report_mentions

    return sorted({(m.start, m.text) for m in report_mentions(tmp_path, COUNTY, *lines) if m.type == "Organization"})


def test_the_countys_first_school_and_a_list_of_schools(tmp_path):
    # jieba reads 县一中 as one word (the level character is no token of its own); the items of a
    # list of short forms after a school are schools too, not a plenary session's list
    got = _spans(tmp_path, "完成县一中迁建，县一中新校区投入使用。")
    assert [t for _, t in got].count("县一中") == 2, got
    orgs = report_names(tmp_path, "Organization", COUNTY,
                        "建成二中、三中、四中教学楼，城区七小、八小建成投用。")
    assert {"二中", "三中", "四中", "城区七小", "八小"} <= orgs


def test_hailar_sentences_with_plenary_sessions_give_no_school(tmp_path):
    # every Hailar sentence that writes a number before 中 (its reports cite the Party's plenary
    # sessions, 十八届三中、四中全会…): none names a school, so none may give one; but for those that
    # build a school's branch ("三中分校、桃李中学等…项目"), whose school the gold takes as an organization
    # (hailar-2016-review, hailar-2018; tests/test_participation_numbered_school_branches.py)
    from kg.text.reading import read_source
    from tests.conftest import shared_file

    paths = sorted(shared_file("corpus", "hailar").glob("*.txt"))
    text = "\n".join(read_source(p).text for p in paths)
    lines = sorted({s for line in text.splitlines() for s in re.split(r"(?<=[。；])", line)
                    if re.search(r"[一二三四五六七八九十]中", s) and not re.search(r"[一二三四五六七八九十]中(?:分校|[东南西北]校)", s)})
    assert len(lines) >= 3
    orgs = report_names(tmp_path, "Organization", COUNTY, *lines)
    assert not {o for o in orgs if re.search(r"[一二三四五六七八九十](?:中|小)$", o)}


def test_a_universitys_hospital_and_its_branch_keep_the_university(tmp_path):
    # the walk from a branch's head stops before a long parent: the university jieba knows as an
    # institution opens the name of its hospital's branch, and names itself apart (rule 8)
    orgs = report_names(tmp_path, "Organization", CITY,
                        "双方将以北京中医药大学东方医院盘锦医院为纽带深化合作。",
                        "支持南昌大学附属口腔医院兴隆台分院建设。")
    assert {"北京中医药大学东方医院盘锦医院", "北京中医药大学东方医院", "南昌大学",
            "南昌大学附属口腔医院兴隆台分院", "南昌大学附属口腔医院"} <= orgs
    assert not {o for o in orgs if o.startswith(("东方医院", "附属"))}


def test_a_school_opening_the_sentence_takes_no_name_word_from_its_end(tmp_path):
    # a name word before the number is read before it, never from the sentence's end: where the
    # number opened the sentence, a sentence ending in 实验 gave an empty mention at a negative start
    from tests.conftest import report_mentions

    orgs = [(m.start, m.text) for m in report_mentions(tmp_path, COUNTY, "一中扩建完成并开展实验") if m.type == "Organization"]
    assert orgs and all(text for _, text in orgs) and "一中" in {t for _, t in orgs}, orgs
