"""Works of a provincial report listed by their sites: an item named by its builder and its site only
("中核汇能通榆", kg.resolve.relations `_site_item_relations`), and sites listed by their places' bare
names before 等 and their kind ("赵口、陆浑、渠村等灌区现代化改造", kg.extract.street_works
`extract_site_kind_list_works`). Sentences of the 吉林 and 河南 2026 reports. (甘肃's "争取后安、公婆泉、钱阳山等
煤矿项目核准", with 项目 and no action done on them all, names three mines, each one works, as its gold has it:
tests/test_works_listed_before_etc.py.)"""
from __future__ import annotations

import pytest

from tests.conftest import review_located, review_mentions

JILIN = "2026年吉林省政府工作报告"


def test_builder_and_site_items_are_at_the_site(tmp_path):
    links = review_located(tmp_path, "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。", JILIN)
    assert {("中核汇能通榆", "通榆县"), ("华电榆树", "榆树市"), ("天楹辽源", "辽源市")} <= links


def test_a_place_closing_a_works_name_outside_a_list_is_not_its_site(tmp_path):
    links = review_located(tmp_path, "推进华电榆树建设。", JILIN)
    assert ("华电榆树", "榆树市") not in links


@pytest.mark.parametrize("sentence, head, works, places", [
    ("实施赵口、陆浑、渠村等灌区现代化改造。", "2026年河南省政府工作报告",
     "赵口、陆浑、渠村等灌区现代化改造", {"赵口", "陆浑", "渠村"}),
])
def test_sites_listed_before_their_kind_are_one_works_in_each(tmp_path, sentence, head, works, places):
    mentions = review_mentions(tmp_path, sentence, head)
    assert works in {m.text for m in mentions if m.type == "Project"}
    assert places <= {m.text for m in mentions if m.type == "Place"}
    assert {(works, p) for p in places} <= review_located(tmp_path, sentence, head)
