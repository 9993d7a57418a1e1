"""Project rules met on reports of other provinces and levels (session 17's pool: Sichuan, Hunan,
Jiangsu, Henan, Zhejiang, Yunnan, Guizhou, Anhui, Shandong, Jiangxi, Shaanxi, Hubei), checked on
sentences written here in the genre's phrasing: a stage or a transformation before the name, a
register or a city model after a head, a strategy or a kind as the whole stem, roads that only
qualify the network counted after them, the sum of each item of a list, and a central enterprise
opening the name of the centre it builds. Each fails without its rule."""
from __future__ import annotations

import pytest

from kg.pipeline import build
from tests.conftest import assert_found, names_of, report_names


def plan_projects(tmp_path, sentence: str) -> set[str]:
    """The projects of one sentence of a city report's plan part."""
    return report_names(tmp_path, "Project", "某市政府工作报告", "二、2020年工作安排", sentence)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a trial opening is a stage (project_openers.txt 试运营), not the start of the line's name
    ("开通试运营地铁4号线二期。", {"地铁4号线二期"}, {"试运营地铁"}),
    # "将X打造成Y": the area, then the title it takes; no works named across the verb
    ("将滨江新区打造成智慧交通示范区。", set(), {"滨江新区打造成智慧交通示范区", "智慧交通示范区"}),
    # a register of works after 项目 (project_head_qualifies.txt 库): the works is the one entered
    ("东湖治理项目列入国家EOD项目库。", {"东湖治理项目"}, {"东湖治理项目列入国家EOD项目"}),
    # a city model named by a facility's kind (project_head_qualifies.txt 城市)
    ("加快建设生态宜居公园城市。", set(), {"生态宜居公园"}),
    # a strategy or a kind as the whole stem (generic_projects.txt 乡村振兴, 水网) …
    ("紧盯革命老区振兴、乡村振兴示范区等政策机遇。", set(), {"乡村振兴示范区"}),
    ("新开工重点水网工程50件以上。", set(), {"水网工程"}),
    # … while a place before the strategy still names one site
    ("打造桃源镇乡村振兴示范点。", {"桃源镇乡村振兴示范点"}, set()),
])
def test_stage_and_kind_words_name_no_works(tmp_path, sentence, found, not_found):
    assert_found(plan_projects(tmp_path, sentence), found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # roads listed before a count of pipes are where the pipes are laid, not the works
    ("新增和平路、建设路等3条供热支线管网。", set(), {"和平路", "建设路"}),
    # roads listed before a count of roads are the works themselves
    ("立新路、和平路等5条市政道路建成通车。", {"立新路", "和平路"}, set()),
])
def test_roads_listed_before_a_count(tmp_path, sentence, found, not_found):
    assert_found(plan_projects(tmp_path, sentence), found, not_found)


def test_each_items_sum_is_no_part_of_its_name(tmp_path):
    got = plan_projects(tmp_path, "投资10亿元华美新材料、8亿元东方水泥技改等12个项目开工建设。")
    assert_found(got, {"华美新材料", "东方水泥技改"}, {"投资10亿元华美新材料", "8亿元东方水泥技改"})


def test_a_central_enterprise_opening_a_centre_it_builds(tmp_path):
    # 中国 opens the company's name (companies.txt 中国建材), not a national title ("国家…示范区")
    path = tmp_path / "r.txt"
    path.write_text("某市政府工作报告\n二、2020年工作安排\n加快建设中国建材华中研发中心。\n", encoding="utf-8")
    b = build(path)
    assert "中国建材华中研发中心" in names_of(b.mentions, "Project")
    E = b.report.entities
    got = {(r.kind, E[r.subject].name, E[r.object].name) for r in b.report.relations}
    assert ("participatesIn", "中国建材", "中国建材华中研发中心") in got
