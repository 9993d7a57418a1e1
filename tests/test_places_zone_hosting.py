"""A zone or park that opens its clause, the clause reporting right after its name what it hosts,
gathers or is ranked as (genre_zone_hosting_verbs.txt), is where those are: a place (ANNOTATION rule 3,
the main type follows the sentence), not a works; sentences of tests/real (liaoning-2026-review,
chongqing-2026-review, heilongjiang-2026-review, anhui-2026-review, hainan-2026-review)."""
from __future__ import annotations

import pytest

from kg.model import PROJECT
from kg.pipeline import build
from tests.conftest import entity_names, report_names as found

HEAD = "政府工作报告"


def _projects(tmp_path, text: str) -> set[str]:
    path = tmp_path / "r.txt"
    path.write_text(f"{HEAD}\n{text}\n", encoding="utf-8")
    return entity_names(build(path).report, PROJECT)


@pytest.mark.parametrize("text, zone", [
    ("创新策源能力持续提升。沈阳浑南科技城落户87个项目，大连英歌石科学城汇聚300多个科研团队。", "沈阳浑南科技城"),
    ("沈阳中德高端装备制造产业园入选首批国家级零碳园区。", "沈阳中德高端装备制造产业园"),
])
def test_a_zone_hosting_counted_projects_or_ranked_is_a_place_and_no_works(tmp_path, text, zone):
    assert zone in found(tmp_path, "Place", HEAD, text)
    assert zone not in _projects(tmp_path, text)


def test_a_zone_signing_and_landing_results_is_a_place(tmp_path):
    assert "枢纽港产业园" in found(tmp_path, "Place", HEAD, "枢纽港产业园新签约产业项目139个、总投资1022亿元，主要枢纽节点集装箱吞吐量增长。")
    assert "哈大齐国家自主创新示范区" in found(tmp_path, "Place", HEAD, "哈大齐国家自主创新示范区落地创新成果104项。")
    assert "中国(安徽)自贸试验区" in found(tmp_path, "Place", HEAD, "中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。")


def test_a_zone_taking_over_projects_or_becoming_a_hub_is_a_place(tmp_path):
    # liaoning-2026-review, hainan-2026-review
    assert "辽西先导区" in found(tmp_path, "Place", HEAD, "辽西先导区承接京津冀转移项目131个。")
    text = "博鳌乐城国际医疗旅游先行区成为汇聚全球先进药械和医疗技术的新高地，落地540款特许药械。"
    assert "博鳌乐城国际医疗旅游先行区" in found(tmp_path, "Place", HEAD, text)


def test_a_zone_the_clause_builds_stays_works(tmp_path):
    # the zone is the object of building, not the subject of what it hosts (must not fire)
    text = "支持沈阳浑南科技城、大连英歌石科学城集聚创新要素，加快沈阳浑南科技城建设。"
    assert "沈阳浑南科技城" not in found(tmp_path, "Place", HEAD, text)


def test_a_body_that_itself_lands_is_no_hosting_zone(tmp_path):
    # 落户 before a place, not a count: the centre itself lands (must not fire)
    assert "国际红树林中心" not in found(tmp_path, "Place", HEAD, "国际红树林中心落户深圳。")
