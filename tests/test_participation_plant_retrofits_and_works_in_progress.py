"""participatesIn (ANNOTATION rules 2 and 8) of a thermal plant named by its place that opens the name of its
emission or flexibility retrofit (org_plant_works_after.txt: 超低排放改造, 脱硝改造, 灵活性改造…): only an
existing plant is retrofitted, so it is an organization named inside the works and takes part in them, as it
does in its 技改 or 扩建. A hydropower station's 增效扩容改造 stays works on a facility, and a sewage works'
phase names no body (tests/test_participation_institutions_opening_works.py). And a plant's works whose
progress the sentence reports (进展顺利) are works, the plant opening their name taking part. Invented sentences in the
genre's wording; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2019年澄江县人民政府工作报告"


@pytest.mark.parametrize("sentence, plant, works", [
    ("澄江县电厂超低排放改造工程、华宁县电厂脱硝改造全面完成。", "澄江县电厂", "澄江县电厂超低排放改造工程"),
    ("澄江县电厂超低排放改造工程、华宁县电厂脱硝改造全面完成。", "华宁县电厂", "华宁县电厂脱硝改造"),
    ("完成澄江县热电厂灵活性改造。", "澄江县热电厂", "澄江县热电厂灵活性改造"),
    ("推进华宁县电厂脱硫脱硝改造项目。", "华宁县电厂", "华宁县电厂脱硫脱硝改造"),
])
def test_a_plant_opening_its_retrofit_takes_part_in_it(tmp_path, sentence, plant, works):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert plant in orgs
    assert (plant, works) in {(o, w.removesuffix("项目")) for o, w in links}, links


@pytest.mark.parametrize("sentence, facility", [
    ("华宁县水电站增效扩容改造完成。", "华宁县水电站"),
    ("澄江县污水处理厂提标改造工程完工。", "澄江县污水处理厂"),
])
def test_a_facilitys_own_upgrade_names_no_body(tmp_path, sentence, facility):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert facility not in orgs and not links, (orgs, links)


def test_a_plants_works_whose_progress_is_reported_are_works_it_takes_part_in(tmp_path):
    # 进展顺利 (stages.txt: 在建) reports works under way, as 开工 or 投入使用 do
    # (project_sentence_build_words.txt): the name holding the plant is still a works' name
    projects, orgs, links = review_graph(tmp_path, "澄江县热电厂铁路专用线项目进展顺利。", HEAD)
    assert "澄江县热电厂铁路专用线项目" in projects
    assert ("澄江县热电厂", "澄江县热电厂铁路专用线项目") in links


@pytest.mark.parametrize("sentence", ["澄江集团上市工作进展顺利。", "澄江县人民医院与澄江集团合作进展顺利。"])
def test_progress_of_no_works_names_none(tmp_path, sentence):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert not projects and not links
