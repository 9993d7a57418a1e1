"""Quarters (片区) and port areas (港区) a works verb builds, written right after the verb and closing
the clause, are projects (kg.extract.genre.extract_zones_built_after_verb, genre_zones_built.txt's
head_after_verb and verb_before lines; ANNOTATION rules 3 and 11). Invented names in the genre."""
from __future__ import annotations

import pytest

from tests.conftest import review_projects

TITLE = "2019年丽水市政府工作报告"

CASES = [
    # a 、-list of quarters the verb builds, a division written in full before two of them
    ("建设松阳县澄江片区、松阳县北湖片区、青禾片区，推进中心城区老城区保护与更新。",
     {"澄江片区", "北湖片区", "青禾片区"}, set()),
    # a port area begun, named by its port
    ("开工建设澄江港青禾港区，完成航道疏浚。", {"澄江港青禾港区"}, set()),
    # the quarter only says where the works are: it closes no clause the verb opens
    ("建设青禾片区污水处理厂，新增日处理能力2万吨。", set(), {"青禾片区"}),
    # no works verb before the quarter
    ("澄江片区完成征收320户。", set(), {"澄江片区"}),
]


@pytest.mark.parametrize("sentence, found, not_found", CASES)
def test_zones_a_verb_builds(tmp_path, sentence, found, not_found):
    got = review_projects(tmp_path, sentence, TITLE)
    assert found <= got and not (not_found & got)
