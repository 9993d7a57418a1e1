"""Place rules of task QL13 on real sentences of unseen reports (the excerpt is named in each test).
Each sentence is put in a small report of the same area, so the rule under test is the one that decides."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source

# heldtext jiefang-2024: 焦作市解放区, whose towns include 民生街道 (short form 民生)
JIEFANG = "政府工作报告\n——2024年1月在焦作市解放区第十五届人民代表大会第三次会议上"


def places(tmp_path, head: str, *sentences: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text(head + "\n各位代表：\n一、2023年工作回顾\n" + "\n".join(sentences) + "\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    return {m.text for m in extract_mentions(doc) if m.type == "Place"}


def test_town_short_form_starting_inside_a_set_phrase_is_not_the_town(tmp_path):
    # "惠民生" (benefit the people's livelihood) holds 民生, the short form of the area's 民生街道:
    # jieba cuts 惠民|生, so the short form starts inside a word and is no town
    found = places(tmp_path, JIEFANG, "全力以赴拼经济、抓产业、惠民生、保稳定，全区地区生产总值增长5%。")
    assert "民生" not in found
    # the town itself, written out, is still found
    found = places(tmp_path, JIEFANG, "民生街道完成老旧小区改造12个。")
    assert "民生街道" in found
