"""participatesIn of a university in the school affiliated to it that a works' name builds whole and
names with its place after 附属 ("某某师范大学附属某区实验学校", "…附属某区实验中学二期"): the university
founds and runs it with that area (合作办学), as it runs its school named with another place before 附属;
not in its old affiliated school named without a place ("某某大学附属中学"), its affiliated hospital's
works, nor a campus or school of the affiliated school itself ("某某大学附属中学某区校区", "某某大学附属
中学某湖中学": the affiliated school builds those). Session 54, pp64.
Sentences written in the genre's phrasing (names made up)."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年玉溪市江川区人民政府工作报告"


@pytest.mark.parametrize("sentence,university,school", [
    ("江川区第九中学新校区、澄江师范学院附属江川学校建成招生。", "澄江师范学院", "澄江师范学院附属江川学校"),
    ("玉溪中学新校区、澄江师范大学附属江川实验学校建成启用。", "澄江师范大学", "澄江师范大学附属江川实验学校"),
])
def test_a_university_takes_part_in_its_affiliated_school(tmp_path, sentence, university, school):
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert school in projects, projects
    assert (university, school) in links, links


@pytest.mark.parametrize("sentence", [
    "推进澄江大学附属第一医院东院、澄江师范大学附属中学青禾校区建设。",
    "青禾市第九中学新校区、澄江师范大学附属中学建成招生。",
    "澄江师范大学附属外国语学校二期、青禾市第九中学新校区建成。",
])
def test_no_part_in_its_old_school_hospital_or_the_affiliated_school_s_campus(tmp_path, sentence):
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(o in ("澄江大学", "澄江师范大学") for o, _ in links), links
