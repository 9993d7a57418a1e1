"""Project lists (lists cut wrongly, issue 9), on real sentences of fresh reports and the
dev sets: each test names the list shape it checks."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects


def check(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, "区政府工作报告"), found, not_found)


# 以及 joins whole items of a list of projects, never two parts of one name.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("协调中铁建港航局集团旧厂改造、罗边村旧改以及南村加优研究所等3个区重点预备项目临时用地。",  # fresh panyu-nancun-2019
     {"罗边村旧改", "南村加优研究所"}, {"罗边村旧改以及南村加优研究所"}),
])
def test_yiji_splits_list_items(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# Works joined by 、 before a works labelled 项目 are items of a list, each its own, unless they are
# bare places sharing the works' head (a works package …工程 may be shared by names: test_projects_routes_stations_districts).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("二是新兴产业蓬勃发展。马头山风电、平煤神马100兆瓦光伏发电项目实现部分并网发电。",  # fresh yexian-2017
     {"平煤神马100兆瓦光伏发电项目"}, {"马头山风电、平煤神马100兆瓦光伏发电项目"}),
    ("加快齐齐哈尔、佳木斯机场改扩建项目建设。",  # fresh heiji-2022: places share the works
     {"齐齐哈尔、佳木斯机场改扩建项目", "佳木斯机场改扩建项目"}, set()),
])
def test_listed_works_before_project_label(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


# A list of sums that share the first one's 投资 ("投资50亿元的X项目、3.5亿美元的Y项目、1亿元的Z项目"):
# each later sum describes one more works; the list's last item is not lost, a label 项目 closes
# each item, and a works named with 及 stays whole (no cut at 及).
@pytest.mark.parametrize("sentence,found,not_found", [
    ("目前总投资50亿元的浙江和润集团粮油加工及中转基地项目、3.5亿美元的南光集团商业综合体及双语学校项目、"
     "1.5亿元的景浮宫特种瓷银行卡项目、1亿元的东特传动减速机项目正抓紧对接,力争早签约。",  # fresh zhen-banian-2020
     {"浙江和润集团粮油加工及中转基地项目", "南光集团商业综合体及双语学校项目", "景浮宫特种瓷银行卡项目", "东特传动减速机项目"},
     {"正抓紧对接", "东特传动减速机项目正抓紧对接"}),
    ("总投资38亿元的江钨硬质合金新材料产业园、12亿元的靖安世康项目签约落地。",  # heldtext jingan-2023
     {"江钨硬质合金新材料产业园", "靖安世康项目"}, set()),
])
def test_listed_sums_each_describe_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)



# A counted set is no project (ANNOTATION), also where a sum invested describes it.
@pytest.mark.parametrize("sentence,not_found", [
    ("总投资150亿元的“双十大”项目开工签约,十大签约项目前期工作全面启动。",  # fresh xiaoshan-guali-2020
     {"双十大项目", "“双十大”项目", "十大签约项目"}),
    ("总投资50亿元的十大项目集中开工。", {"十大项目"}),
])
def test_counted_set_after_a_sum_is_no_project(tmp_path, sentence, not_found):
    check(tmp_path, sentence, set(), not_found)


# The walk to a list's first item stops at 和: the works before the joint are a first item of their
# own (issue 9, session 18: only the one after 和 was found), judged as every first item is; not a
# part too short to be a name ("健康和正阳社区…": the tail is shared) nor a verb phrase.
@pytest.mark.parametrize("sentence,found,not_found", [
    ("推进中天机电城和北山物流园等项目建设。", {"中天机电城", "北山物流园"}, {"中天机电城和北山物流园"}),
    ("加快五金建材城和二手车交易市场等项目建设。", {"五金建材城", "二手车交易市场"}, set()),
    ("完成城南和北湖社区卫生服务中心等项目建设。", {"北湖社区卫生服务中心"}, {"城南"}),
    ("坚持保障和改善民生等重大项目优先安排。", set(), {"保障", "改善民生"}),
])
def test_first_item_before_he_is_its_own(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
