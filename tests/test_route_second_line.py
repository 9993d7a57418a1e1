"""复线 (project_heads.txt, a weak project head): a second line beside a route is works of its own,
named with the route. A general grammar example (a made-up name)."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import assert_found, names_of


def test_second_line_of_a_route(tmp_path):
    path = tmp_path / "made-up.txt"
    path.write_text("某某区政府工作报告\n\n一、工作回顾\n\n开工建设甲乙高速公路复线。\n", encoding="utf-8")
    found = names_of(extract_mentions(parse_document(read_source(path))), "Project")
    assert_found(found, {"甲乙高速公路复线"}, {"甲乙高速公路"})
