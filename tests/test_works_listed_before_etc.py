"""Works listed before 等 and their kind (session 58, second round, helper pjw2): lines (通道) and coal mines
(煤矿) label lists of works by kind (project_list_kinds.txt), approval (核准) is a stage of listed works, a list
with 项目 and no action is no one works of the whole list (street_works.extract_site_kind_list_works), and a
name read back from a head or a listed item never runs over a list's 等 (projects._across_list_etc).
Sentences of tests/real/gansu-2026.txt, jiangsu-2026.txt and shandong-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_coal_mines_listed_by_their_site(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快九龙川、唐家河、东水泉东、安家庄、郭家台、平山湖等煤矿建设，争取后安、公婆泉、钱阳山等煤矿项目核准。",
                                  "2026年甘肃省人民政府工作报告")
    assert_found(projects, {"九龙川", "唐家河", "东水泉东", "安家庄", "郭家台", "平山湖", "后安", "公婆泉", "钱阳山"},
                 {"后安、公婆泉、钱阳山等煤矿项目"})


def test_lines_listed_before_their_kind(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快建设750千伏河西走廊北通道工程，开展库姆塔格、巴丹吉林二回等通道前期工作。",
                                  "2026年甘肃省人民政府工作报告")
    assert_found(projects, {"巴丹吉林二回", "750千伏河西走廊北通道工程"}, set())


def test_head_does_not_read_over_etc(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推进北沿江、通苏嘉甬等高铁建设，建成江阴靖江等过江通道，实施连云港徐圩港区疏港航道等项目。",
                                  "2026年江苏省人民政府工作报告")
    assert_found(projects, {"江阴靖江"}, {"江阴靖江等过江通道"})


def test_listed_item_does_not_read_over_etc(tmp_path):
    projects, _, _ = review_graph(tmp_path, "支持济南、青岛、泰安等市推进火箭、卫星制造、航天配套等重大项目。",
                                  "2026年山东省人民政府工作报告")
    assert_found(projects, set(), {"泰安等市推进火箭", "卫星制造", "航天配套"})


def test_action_on_all_listed_sites_stays_one_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "实施赵口、陆浑、渠村等灌区现代化改造。", "2026年河南省人民政府工作报告")
    assert_found(projects, {"赵口、陆浑、渠村等灌区现代化改造"}, {"赵口", "陆浑"})
