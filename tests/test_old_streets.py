"""An old street named after its town, river or landmark ("某某老街", "某某古街": the historic quarters of
历史文化名城名镇名村保护条例) is a place, as an old town is (ANNOTATION Place: old towns; place_suffixes.txt),
not a works though it closes with the weak head 街, unless the clause builds it (rule 3:
project_historic_place_ends.txt). General grammar examples of the genre, names made up."""
from __future__ import annotations

from tests.conftest import review_names, review_projects


def test_an_old_street_renewed_is_a_place(tmp_path):
    sentence = "确保桃溪老街、西渡古街有机更新取得实质进展。"
    assert {"桃溪老街", "西渡古街"} <= review_names(tmp_path, "Place", sentence)
    assert not {"桃溪老街", "西渡古街"} & review_projects(tmp_path, sentence)


def test_an_old_street_built_is_a_project(tmp_path):
    assert "桃溪老街" in review_projects(tmp_path, "开工建设南山旅游度假区二期、桃溪老街。")


def test_the_works_on_an_old_street_keep_their_own_name(tmp_path):
    projects = review_projects(tmp_path, "桃溪老街历史文化保护工程一期完成。")
    assert "桃溪老街历史文化保护工程一期" in projects
