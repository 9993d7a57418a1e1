"""Organization rules of task QO13 (issue 9) on real sentences of the genre; each sentence is put in
a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def orgs(tmp_path, head: str, *lines: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((head,) + lines) + "\n", encoding="utf-8")
    return {m.text for m in extract_mentions(parse_document(read_source(path))) if m.type == "Organization"}


def test_a_districts_congress_keeps_its_city_before_it(tmp_path):
    # the subtitle of a district's report names its congress with the city first, on one line or two
    found = orgs(tmp_path, "政府工作报告", "——2026年1月27日在张掖市甘州区第十九届", "人民代表大会第五次会议上",
                 "甘州区人民政府代理区长 张勇", "各位代表：", "现在，我代表区人民政府向大会报告工作。")
    assert "张掖市甘州区第十九届人民代表大会" in found
    assert "甘州区第十九届人民代表大会" not in found  # the same body, not a second one inside it
    found = orgs(tmp_path, "长沙市天心区政府工作报告", "——2019年12月26日在长沙市天心区第五届人民代表大会第七次会议上",
                 "各位代表：", "现在，我代表区人民政府向大会报告工作。")
    assert "长沙市天心区第五届人民代表大会" in found
    # a city's own congress is still named alone
    found = orgs(tmp_path, "邢台市人民政府工作报告", "——2024年1月28日在邢台市第十六届人民代表大会第五次会议上",
                 "各位代表：", "现在，我代表市人民政府向大会作工作报告。")
    assert "邢台市第十六届人民代表大会" in found
