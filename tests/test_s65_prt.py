"""participatesIn of a group's subsidiary named by the group's short name and a coinage (session 65, prt;
ANNOTATION rule 8): "国能|龙源|大型储能电站" → 国能龙源 (the subsidiary 龙源电力, 集团简称 + 字号), which builds
the works, not the group 国能 alone. kg/extract/organizations.py `coined_subsidiary_end` reads the
coinage (a two-character word jieba's dictionary holds not at all) before an industry, now past a size
or kind word (区别词 b: 大型, 新型) too, and `_proper_before_its_site` before the city of the plant, now
for a coinage jieba tags a common noun (n) too. Sentences: tests/real ningxia-2026-review, and one
written in the genre's wording."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # tests/real ningxia-2026-review: the coinage, a size word, then the industry (储能)
    ("国能龙源大型储能电站、科德智能制造中心、天新医药化工等160多个高科技项目投产。", "国能龙源", "国能龙源大型储能电站"),
    # written in the genre: the coinage (jieba: 长源/n, unknown), then the plant's city and the plant
    ("国能长源荆门电厂三期建成投产。", "国能长源", "国能长源荆门电厂三期"),
])
def test_a_subsidiary_named_by_its_group_and_a_coinage(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert company in orgs
    assert (company, works) in links
    assert ("国能", works) not in links


@pytest.mark.parametrize("sentence, works, not_company", [
    # the group right before the plant's city: no coinage, no subsidiary (tests/real xinjiang-2026-review wording)
    ("国能哈密电厂二期建成投产。", "国能哈密电厂二期", "国能哈密"),
    # a size word right after the group: no coinage between, the group itself
    ("国能大型储能电站建成投产。", "国能大型储能电站", "国能大型"),
])
def test_the_group_alone_where_no_coinage_follows(tmp_path, sentence, works, not_company):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert "国能" in orgs and not_company not in orgs
    assert ("国能", works) in links
