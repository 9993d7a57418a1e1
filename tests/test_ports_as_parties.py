"""A port the sentence makes a partner (right before 与) or a route's end (right after 至/到) is a place,
no works (kg.extract.port_parties, project_port_party_words.txt; ANNOTATION rules 3 and 8); a port the
sentence builds stays a project. Sentences of the genre with made-up names."""
from __future__ import annotations

import pytest

from tests.conftest import review_projects

TITLE = "2020年青禾市政府工作报告"


@pytest.mark.parametrize("sentence, port", [
    ("推动青禾港与澄江港口集团合作开通新航线3条。", "青禾港"),
    ("青禾综合保税区开通至白沙港的铁海联运班列。", "白沙港"),
])
def test_a_port_as_a_party_or_an_end_is_no_works(tmp_path, sentence, port):
    assert port not in review_projects(tmp_path, sentence, TITLE)


def test_ports_the_sentence_builds_stay_works(tmp_path):
    assert {"青禾港", "白沙港"} <= review_projects(tmp_path, "加快青禾港、白沙港建设。", TITLE)
