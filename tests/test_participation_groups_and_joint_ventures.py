"""participatesIn on reports of provinces the samples do not cover (session 18, issue 10): a group
whose short name is a common word opening the works it builds (companies_opening_works.txt), a joint
venture named by its two parents' short names, a subsidiary named by its group's short name and a
coinage, and a laboratory whose name a zone's opens (org_zones_before_labs.txt). Sentences written
in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2024年临川县人民政府工作报告"


def test_groups_whose_short_names_are_common_words_open_their_works(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "重点推进吉利新能源汽车零部件、三一智能装备产业园、中联高端农机等一批重大项目建设。", HEAD)
    assert {("吉利", "吉利新能源汽车零部件"), ("三一", "三一智能装备产业园"), ("中联", "中联高端农机")} <= links
    assert {"吉利", "三一", "中联"} <= orgs


@pytest.mark.parametrize("sentence", ["坚持远大理想，完成远大路改造工程。", "三一重工投资建设智能制造基地。"])
def test_the_same_words_elsewhere_name_no_group(tmp_path, sentence):
    # a common word outside a works' name, a road named by it ("远大路": a facility's head follows),
    # and the group's full name (三一重工) are not the bare short name
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert not {"远大", "三一"} & orgs
    assert not any(o in ("远大", "三一") for o, _ in links)


def test_a_joint_venture_takes_part_not_its_parents(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "一汽丰田华东研发中心项目开工建设。", HEAD)
    assert "一汽丰田" in orgs and not {"一汽", "丰田"} & orgs
    assert ("一汽丰田", "一汽丰田华东研发中心项目") in links
    assert not any(o in ("一汽", "丰田") for o, _ in links)


def test_a_subsidiary_named_by_its_groups_short_name_and_a_coinage(tmp_path):
    orgs, links = review_orgs_and_links(tmp_path, "全年引进中汽新能总部、京东物流园等项目。", HEAD)
    assert "中汽新能" in orgs and "中汽" not in orgs
    assert ("中汽新能", "中汽新能总部") in links


@pytest.mark.parametrize("sentence, lab, works", [
    ("建成张江科学城张江实验室二期。", "张江实验室", "张江科学城张江实验室二期"),
    ("苏州高新区太湖实验室二期开工建设。", "太湖实验室", "苏州高新区太湖实验室二期"),
])
def test_a_laboratory_in_a_zone_is_named_after_the_zone(tmp_path, sentence, lab, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert lab in orgs and not any(o.endswith(lab) and o != lab for o in orgs)
    assert (lab, works) in links


@pytest.mark.parametrize("sentence, company, group, works", [
    ("华润电力青溪风电项目建成投产。", "华润电力", "华润", "华润电力青溪风电项目"),
    ("北汽新能源青溪基地扩能项目开工。", "北汽新能源", "北汽", "北汽新能源青溪基地扩能项目"),
])
def test_a_companys_short_form_builds_its_works_not_its_group(tmp_path, sentence, company, group, works):
    # (session 48, pa48) a company's short form, its group's short name and its trade, builds the works its name
    # opens; the group whose name it holds stays an organization (ANNOTATION rule 8) but takes no part
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert {company, group} <= orgs, orgs
    assert (company, works) in links and (group, works) not in links, links
