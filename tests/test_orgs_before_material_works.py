"""Session 61 (org2): a company's short name opening a works' name ends before the material the works
make (kg.extract.organizations._works_company, _before_material_tail, org_material_characters.txt):
"巨化硅氟新材料项目" is 巨化's works of 硅氟 materials, "创盛碳化硅晶体" 创盛's crystals of 碳化硅; a name
closing with one such character (中海油) or a compounding word alone (中石化) keeps it. Sentences of
gansu-2026-review and ningxia-2026-review; the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_company_before_its_fluorosilicon_works(tmp_path):
    _, orgs, links = review_graph(tmp_path, "招商引资连创新高，总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录。", HEAD)
    assert "巨化" in orgs and "巨化硅氟" not in orgs, orgs
    assert any(o == "巨化" and p.startswith("巨化硅氟新材料") for o, p in links), links


def test_company_before_its_silicon_carbide_works(tmp_path):
    _, orgs, links = review_graph(tmp_path, "中石化特种纤维、宝丰第二套煤制烯烃、创盛碳化硅晶体、飞鹤婴幼儿配方奶粉等1700多个新项目开工。", HEAD)
    assert {"创盛", "中石化"} <= orgs and "创盛碳化硅" not in orgs, orgs
    assert any(o == "创盛" and p == "创盛碳化硅晶体" for o, p in links), links
