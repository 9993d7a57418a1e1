"""The type of a venue or a zone by what the sentence does with it (ANNOTATION rules 2 and 3): a
museum, library, archive, school or university the clause builds anew is works (a project), besides
the institution; a zone, business district or scenic area a clause develops as a whole, alone or as
an item of the list a works word closes, is works too (session 42). Real sentences from the shared
samples and the Hailar corpus, and invented names in the genre's phrasing."""
from __future__ import annotations

import re

from tests.conftest import HAILAR, report_names, shared_file

COUNTY = "各位代表：\n现在，我代表桂东县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"
CITY = "各位代表：\n现在，我代表岳阳市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"


def sentence_with(text: str, words: str) -> str:
    """The sentence of `text` (to 。 or a line's end) holding `words`."""
    return next(s for s in re.split(r"(?<=。)|\n", text) if words in s)


def test_a_university_being_set_up_is_works(tmp_path):
    # guangdong-2026: "加快筹设深圳海洋大学" (筹设: the university exists only as construction)
    text = shared_file("seeds", "guangdong-2026.txt").read_text(encoding="utf-8")
    sentence = sentence_with(text, "筹设深圳海洋大学")
    assert "深圳海洋大学" in report_names(tmp_path, "Project", "广东省政府工作报告", sentence)


def test_venues_built_anew_in_a_list_of_works(tmp_path):
    found = report_names(tmp_path, "Project", COUNTY, "建成县图书馆新馆、县美术馆。",
                         "开工建设县科技馆、县档案馆。")
    assert {"县美术馆", "县科技馆", "县档案馆"} <= found


def test_a_school_completed_at_a_lists_end(tmp_path):
    found = report_names(tmp_path, "Project", COUNTY, "县第二中学二期、县实验中学建成。")
    assert "县实验中学" in found


def test_a_venue_run_stays_an_institution(tmp_path):
    # the clause runs the museum: no works
    assert "县美术馆" not in report_names(tmp_path, "Project", COUNTY, "县美术馆举办书画展览12场。")


def test_a_scenic_area_being_built_is_works(tmp_path):
    # hailar-2015: "加快两河圣山旅游景区建设"
    shared_file("corpus", "hailar")
    text = "".join(p.read_text(encoding="gb18030", errors="replace") for p in sorted(HAILAR.glob("*2015*")))
    sentence = sentence_with(text, "加快两河圣山旅游景区建设")
    assert "两河圣山旅游景区" in report_names(tmp_path, "Project", "海拉尔区政府工作报告", sentence)


def test_zones_listed_before_a_works_word_are_works(tmp_path):
    found = report_names(tmp_path, "Project", CITY, "君山新区、洞庭湖金融区、城陵矶综合物流园区加快建设。")
    assert {"君山新区", "洞庭湖金融区"} <= found


def test_a_zone_companies_settle_in_stays_a_place(tmp_path):
    assert "君山商务区" not in report_names(tmp_path, "Project", CITY, "君山商务区入驻企业20家。")


def test_a_zone_joined_to_a_park_shares_the_works_word(tmp_path):
    found = report_names(tmp_path, "Project", CITY, "推进洞庭湖生态区和湿地公园建设。")
    assert "洞庭湖生态区" in found
