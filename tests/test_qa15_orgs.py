"""Place and organization rules of task QA15 (issue 9) on real sentences of the genre; each sentence is
put in a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def found(tmp_path, kind: str, head: str, *lines: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join((head,) + lines) + "\n", encoding="utf-8")
    return {m.text for m in extract_mentions(parse_document(read_source(path))) if m.type == kind}


def test_a_towns_party_committee_is_a_body(tmp_path):
    # town reports call the town's Party committee 镇党委 (not 镇委): the body that leads
    orgs = found(tmp_path, "Organization", "益农镇2021年政府工作报告",
                 "一年来,在区委、区政府和镇党委的领导下,全镇上下团结一心。",
                 "镇人民政府在镇党委的正确领导下,在镇人大的监督下,完成了各项任务。")
    assert {"镇党委", "区委", "镇人大"} <= orgs
    orgs = found(tmp_path, "Organization", "某街道工作报告", "在街道党工委的坚强领导下,社区治理不断加强。")
    assert "街道党工委" in orgs


def test_the_towns_of_a_county_in_general_are_no_body(tmp_path):
    # 乡镇党委 is every town's committee (a collective), 各镇党委 too
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告",
                 "压实乡镇党委主体责任,各镇党委要抓好落实。")
    assert not {"镇党委", "乡镇党委"} & orgs


def test_a_steel_group_by_its_short_form_is_a_company(tmp_path):
    # X钢 (the works' city initial and 钢) names a steel group, inside a works' name too (rule 8)
    orgs = found(tmp_path, "Organization", "湖南省重点项目建设",
                 "涟钢冷轧硅钢项目一期完成建设,完成年计划投资的62.2%。")
    assert "涟钢" in orgs
    orgs = found(tmp_path, "Organization", "济南市历城区人民政府工作报告", "济钢防务空天产业园开工建设。")
    assert "济钢" in orgs
    # not where 钢 opens a word of its own ("钢结构")
    orgs = found(tmp_path, "Organization", "某县人民政府工作报告", "新钢结构厂房建成投用。")
    assert "新钢" not in orgs
