"""Entity resolution (issue 9): a works named after the company that builds it ("某某科技公司智能装备
产业园") keeps the whole text as its name and takes its own name after the company as an alias, as
reports also call it; invented sentences in the genre's phrasing."""
from __future__ import annotations

from kg.model import PROJECT
from kg.pipeline import build


def project_names(tmp_path, sentence: str, head: str = "武清区人民政府工作报告") -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n一、2023年工作回顾\n\n{sentence}\n", encoding="utf-8")
    return {e.name: set(e.aliases) for e in build(path).report.entities.values() if e.type == PROJECT}


def test_the_works_own_name_after_a_registered_company_is_an_alias(tmp_path):
    found = project_names(tmp_path, "引进高端制造企业12家，恒锐精工科技公司精密轴承产业园开工建设。")
    name = next(n for n in found if n.endswith("精密轴承产业园"))
    assert name.startswith("恒锐精工科技公司")
    assert "精密轴承产业园" in found[name]


def test_a_short_remainder_is_no_alias(tmp_path):
    # "综合技改" after the company names a kind of works, not this one
    found = project_names(tmp_path, "鸿泰纸业公司综合技改完成投资3亿元。")
    assert not any("综合技改" in aliases for aliases in found.values())
