"""The action done on a 、-list of streets named together is one works, named by the list and the
action, and each street is a place it is in (kg.extract.street_works). The sentences are those of
real reports (the gongyi-2014, sanya-2023 and wuhu-2018 passages of pool u44; hailar-2014)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_names, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    ("完成杜甫路、新兴路改造，建成东区公交枢纽站。", {"杜甫路、新兴路改造"}, {"新兴路改造", "杜甫路"}),
    ("完成解放路、迎宾路、凤凰路立面和交通改造，城市面貌明显改善。", {"解放路、迎宾路、凤凰路立面和交通改造"}, {"凤凰路"}),
    # a count of streets of a kind, or the verb before the streets: no list works named so
    ("四要完成对胜利大街、西大街、胜利三路等主干道路的综合改造。", set(), {"胜利大街、西大街、胜利三路等主干道路的综合改造"}),
    ("改造建华路、根河路等背街巷道10条。", set(), {"建华路、根河路"}),
])
def test_street_list_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_each_listed_street_is_a_place_the_works_is_in(tmp_path):
    sentence = "完成中江大道、长江路、九华北路改造，建成城南过江隧道。"
    assert {"中江大道", "长江路", "九华北路"} <= review_names(tmp_path, "Place", sentence)
    located = review_located(tmp_path, sentence, "芜湖市人民政府工作报告")
    assert {("中江大道、长江路、九华北路改造", "长江路"), ("中江大道、长江路、九华北路改造", "九华北路")} <= located
