"""A state-owned group named by its sector alone before 集团 ("能源集团", "纺织集团", "外经贸集团",
"能源发展集团"): the area's own group, an organization (the gold of guizhou-2026-review, guizhou-2026,
qinghai-2026-review, liaoning-2026, heilongjiang-2026 writes these as organizations).
kg/extract/organizations.py `_sector_group` (lexicon org_kind_group_fields.txt): nouns or
abbreviations opening a list item, a clause or after a verb; a kind of group ("紧密型城市医疗集团",
"大公司大企业集团", "大型综合性现代物流集团") is no body. Sentences from tests/real."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2025年贵州省人民政府工作报告"


@pytest.mark.parametrize("sentence, bodies", [
    # guizhou-2026-review
    ("深入推进国资国企改革，推动磷化集团战略转型，完成能源集团、大数据集团、民航集团、贵旅集团、黔晟国资等一批企业"
     "战略性重组和专业化整合，新组建农发集团、纺织集团、外经贸集团等。", ("能源集团", "纺织集团", "外经贸集团", "农发集团")),
    # qinghai-2026-review
    ("国有企业改革深化提升，西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。", ("能源发展集团",)),
    # guizhou-2026
    ("创新投融资和建管运营机制，加快省水投集团市场化转型，推进宣威水库、花滩子水库等重大水利工程建设。", ("省水投集团",)),
])
def test_a_group_named_by_its_sector_is_a_body(tmp_path, sentence, bodies):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    for body in bodies:
        assert body in orgs


@pytest.mark.parametrize("sentence, kind", [
    # ningxia-2026: a form of organising hospitals
    ("强化基层医疗能力，加力推进紧密型县域医共体和城市医疗集团建设。", "城市医疗集团"),
    # chongqing-2026: a kind of firm to be grown
    ("培育大型综合性现代物流集团，发展跨境物流、冷链物流、应急物流等业态。", "现代物流集团"),
    # national-2003: a class of large firms
    ("形成一批核心竞争力强、拥有自主知识产权和知名品牌的大公司大企业集团。", "企业集团"),
])
def test_a_kind_of_group_is_no_body(tmp_path, sentence, kind):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not any(o.endswith(kind) for o in orgs)
