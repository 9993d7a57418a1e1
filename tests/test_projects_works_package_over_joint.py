"""A facility and a part after 及 closed by 工程 name one package of works, written whole ("某某水库及灌区
工程", "某某水利枢纽及某某供水工程", "某某广场及城墙周边环境整治工程": ANNOTATION rule 12, a 工程 is a
package of physical works; the facility's proper name is still a place of its own, rule 8). Not before another
head ("…实验室及…检测基地", "…迁建及…综合楼项目", tests/test_projects_name_boundaries.py keeps them), nor
after a works already closed ("某某扩建工程及…"). Invented names, sentences in the genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_names, review_projects

HEAD = "县政府工作报告"


@pytest.mark.parametrize("sentence,found,not_found", [
    ("澄江水库及灌区工程加快建设。", {"澄江水库及灌区工程"}, {"澄江水库", "灌区工程"}),
    ("确保青禾水利枢纽及澄北供水工程年内下闸蓄水。", {"青禾水利枢纽及澄北供水工程"}, {"青禾水利枢纽", "澄北供水工程"}),
    ("实施青禾古城南门广场及城墙周边环境整治工程。", {"青禾古城南门广场及城墙周边环境整治工程"},
     {"青禾古城南门广场", "城墙周边环境整治工程"}),
    # another head after the joint, or a works closed before it: each its own (as before)
    ("启动中医院迁建及县医院医技综合楼项目。", {"县医院医技综合楼项目"}, {"中医院迁建及县医院医技综合楼项目"}),
    ("完成澄江大桥扩建工程及引道工程。", set(), {"澄江大桥扩建工程及引道工程"}),
])
def test_a_facility_and_its_works_joined_by_ji_are_one_package(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, HEAD), found, not_found)


def test_the_joint_names_no_site_before_the_head_of_irrigation(tmp_path):
    # the reservoir's own name stays a place (rule 8); the words up to 灌区 are no site
    places = review_names(tmp_path, "Place", "澄江水库及灌区工程加快建设。", HEAD)
    assert "澄江" in places and not any("及" in p for p in places), places
