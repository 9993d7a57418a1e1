"""Organization rules of task QO14 (issues 9, 10) on real sentences of the genre; each sentence is put in
a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def orgs(tmp_path, head: str, *lines: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((head,) + lines) + "\n", encoding="utf-8")
    return {m.text for m in extract_mentions(parse_document(read_source(path))) if m.type == "Organization"}


def test_a_company_named_before_the_city_of_its_site_is_a_company(tmp_path):
    # company, then the city its plant stands in, then the facility: the company alone
    found = orgs(tmp_path, "菏泽市人民政府工作报告", "33个重点项目完成投资89.9亿元，圆通菏泽智创园等10个项目建成投运。")
    assert "圆通" in found
    found = orgs(tmp_path, "宁德市人民政府工作报告", "上汽宁德基地启动投产，一期项目实际产能30万辆。")
    assert "上汽" in found
    assert not {"圆通菏泽", "上汽宁德"} & found


def test_a_common_word_before_a_city_is_no_company(tmp_path):
    # a slogan's word before the city ("智慧菏泽", "美丽宁德") names no company
    found = orgs(tmp_path, "菏泽市人民政府工作报告", "智慧菏泽建设项目全面推进，美丽宁德示范区建设加快。")
    assert not {"智慧", "美丽"} & found
