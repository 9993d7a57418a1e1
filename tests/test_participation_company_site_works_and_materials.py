"""participatesIn on the provinces' lists of works named by their investor (session 57, pi), read in the
design texts jl (吉林省 2026), sx (山西省 2026) and gs (甘肃省 2026):

- a works named by its company and the city of its plant, an item of a list of works ("中核汇能通榆、华电
  榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目"): the trade name before a place found to the works' end
  is the company (kg.extract.organizations._site_to_end), which takes part in its works;
- a list of works closed by 等一批 and a quoted label ("国电投大安、上海电气洮南、中能建松原等一批“绿电氢氨醇”
  标志性项目建成投产"): the quotes no longer hide the list's close (kg.extract.projects._ENUM_PROJECTS), so the
  works are found and their companies take part in them;
- no trade name made of the characters of elements, raw materials and chemicals (org_material_characters.txt):
  "碳化硅三期", "煤制芳烃", "金川镍钴高品质镍基材料" name the material the works make, no company, and so no
  participatesIn link.

Sentences as the design texts write them; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2026年吉林省政府工作报告"


def test_a_company_and_the_city_of_its_plant_in_a_list_of_works(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。", HEAD)
    assert "天楹辽源" in projects
    assert "天楹" in orgs
    assert ("天楹", "天楹辽源") in links


def test_a_list_closed_by_a_quoted_label(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "国电投大安、上海电气洮南、中能建松原等一批“绿电氢氨醇”标志性项目建成投产,总产能全国领先。", HEAD)
    assert {"国电投大安", "上海电气洮南", "中能建松原"} <= projects
    companies = {o for o, _ in links}
    assert {p for _, p in links} == {"国电投大安", "上海电气洮南", "中能建松原"}
    assert len(companies) == 3


@pytest.mark.parametrize("sentence, works, material, head", [
    ("高性能玻纤智能制造等项目投产,碳化硅三期、阳泉铝产业链一体化等项目加快建设。", "碳化硅三期", "碳化硅", "2026年山西省政府工作报告"),
    ("现代煤化工方面,加快布局建设煤制芳烃、低阶煤热解联产分质分级利用、焦化化产深加工等项目。", "煤制芳烃", "煤制", "2026年山西省政府工作报告"),
    # 金川 a district of the province (金川区): the place opens the works, the material after it
    ("加快推进金川镍钴高品质镍基材料、巨化硅氟新材料、金汇能先进负极材料等重点项目。", "金川镍钴高品质镍基材料", "镍钴", "2026年甘肃省政府工作报告"),
], ids=["silicon_carbide", "coal_to_aromatics", "nickel_cobalt"])
def test_a_material_opening_a_works_is_no_company(tmp_path, sentence, works, material, head):
    projects, orgs, links = review_graph(tmp_path, sentence, head)
    assert works in projects
    assert not any(o.startswith(material) for o in orgs)
    assert not any(p == works and o.startswith(material) for o, p in links)


def test_material_words():
    from kg.extract.organizations import names_what_works_make

    assert names_what_works_make("碳化硅") and names_what_works_make("镍钴") and names_what_works_make("煤制")
    assert names_what_works_make("煤制芳烃", opening=True) and not names_what_works_make("煤制芳烃")
    assert not names_what_works_make("金川") and not names_what_works_make("华天") and not names_what_works_make("铝")
