"""Project recall in lists (session 67, helper prj; its rule for short names listed before one shared head,
A、B、C大型水库 → A, B, was dropped at the merge: tests/test_projects_listed_by_kind.py holds the other convention
the gold also writes, the list whole and its last item's works): an item of three characters holding a rare word is a works where its list-mates name works; a batch
label with a sum ("等一批10亿元以上项目") closes a list of works as "等N个10亿元以上项目" does; the verb 调整
opens no works' name.
Sentences of tests/real (yunnan-2026-review, hebei-2026, gansu-2026) and sentences written in the genre of
city and county reports (the D225 excerpts stay outside the repository)."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects

HEAD = "2024年某某县人民政府工作报告"


def test_three_character_rare_item_is_a_works_beside_named_list_mates(tmp_path):
    projects = review_projects(tmp_path, "恒易行、科维斯通等56个省市区重点项目竣工投产。", HEAD)
    assert_found(projects, {"恒易行", "科维斯通"}, set())


def test_three_character_common_item_is_no_works(tmp_path):
    projects = review_projects(tmp_path, "佳和达、科维斯通等56个省市区重点项目竣工投产。", HEAD)
    assert_found(projects, {"科维斯通"}, {"佳和达"})


def test_batch_label_with_a_sum_closes_a_list_of_works(tmp_path):
    projects = review_projects(tmp_path, "瑞丰智联、星河光谱等一批10亿元以上项目引进落地。", HEAD)
    assert_found(projects, {"瑞丰智联", "星河光谱"}, {"一批10亿元以上项目"})


def test_batch_label_with_a_sum_after_kinds_names_no_works(tmp_path):
    projects = review_projects(tmp_path, "加快推进智能制造、数字经济等一批10亿元以上项目落地。", HEAD)
    assert_found(projects, set(), {"智能制造", "数字经济"})


def test_verb_of_adjusting_opens_no_works_name(tmp_path):
    projects = review_projects(tmp_path, "标准化推进关停并转，调整青峰、金鹭源等项目81个，腾出土地近3500亩。", HEAD)
    assert_found(projects, {"金鹭源"}, {"调整青峰"})
