"""Lists of works closed by 等 and a label (kg/extract/projects.py `_ENUM_PROJECTS`): the label's
qualifier may list several sectors joined by 、 after the count ("等19个新能源、新材料项目"), and an item
may carry a block number with a dash ("某中19-6凝析气田", an oil or gas field named by its sea area and
block: no company opens it, kg/extract/organizations.py `_FIELD_BLOCK`). Sentences written here in the genre."""
from __future__ import annotations

from kg.pipeline import build


def _mentions(tmp_path, sentence):
    path = tmp_path / "2024-some.txt"
    path.write_text("2024年某市政府工作报告\n各位代表：\n" + sentence + "\n", encoding="utf-8")
    return {(m.type, m.text) for m in build(path).mentions}


def test_a_count_before_sectors_joined_closes_a_list_of_works(tmp_path):
    got = _mentions(tmp_path, "新能源产业破题起势，甲星风机制造、乙海光伏制氢等19个新能源、新材料项目落地开工。")
    assert {("Project", "甲星风机制造"), ("Project", "乙海光伏制氢")} <= got
    # near miss: the same list closed by companies, not works, is no list of projects
    got = _mentions(tmp_path, "新能源产业破题起势，甲星风机、乙海光伏等19个新能源、新材料企业落户园区。")
    assert ("Project", "甲星风机") not in got and ("Project", "乙海光伏") not in got


def test_a_field_with_its_block_number_is_a_listed_works_and_no_company(tmp_path):
    got = _mentions(tmp_path, "甲乙动能转换综合体、渤中19-6凝析气田等百亿级项目陆续建成投产。")
    assert ("Project", "渤中19-6凝析气田") in got and ("Project", "甲乙动能转换综合体") in got
    assert ("Organization", "渤中") not in got  # the field's sea area, not a company's trade name
