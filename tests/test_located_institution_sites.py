"""A laboratory's or a museum's works are where the place its name holds is (rel_institution_heads.txt:
实验室, 博物馆, 博物院), as a school's or a hospital's: ANNOTATION rule 8, a place inside a project's name is
linked; not where a company comes from (`_named_after`). hainan-2026, henan-2026-review."""
from __future__ import annotations

from tests.test_relations import links


def test_a_laboratorys_new_phase_is_at_its_place(tmp_path):
    got = links(tmp_path, "支持崖州湾国家实验室二期开工。", area="海南省", places=["崖州湾"],
                orgs=["崖州湾国家实验室"], projects=["崖州湾国家实验室二期"])
    assert ("locatedIn", "崖州湾国家实验室二期", "崖州湾") in got


def test_a_museums_new_hall_is_at_its_site(tmp_path):
    got = links(tmp_path, "建成殷墟博物馆新馆。", area="河南省", places=["殷墟"],
                orgs=["殷墟博物馆"], projects=["殷墟博物馆新馆"])
    assert ("locatedIn", "殷墟博物馆新馆", "殷墟") in got


def test_a_companys_works_stay_unplaced_by_its_home(tmp_path):
    got = links(tmp_path, "冀东物贸集团年产3000辆专用车项目开工。", area="保定市", places=["冀东"],
                orgs=["冀东物贸集团"], projects=["冀东物贸集团年产3000辆专用车项目"])
    assert not any(k == "locatedIn" for k, _, _ in got)
