"""Works main missed outright (kg.extract.projects). (1) A pipeline named by its ends and what it carries
("甲至乙天然气支线管道", "甲至乙成品油管道"), a passenger railway or bus line named by its ends ("甲至乙客运
专线", "甲镇至乙景区旅游专线"), a named office tower ("某某银行总部大厦") and a library's or museum's new
building ("某某市博物馆新馆") end in heads of their own (project_heads.txt: 管道, 专线, 大厦 weak, 新馆);
the weak ones alone name a kind ("管道燃气", "一批商务大厦"). (2) A 工程 package of physical works on water,
pipes and grids (project_physical_works_words.txt: 整治, 修复, 增容, 管网, 排水防涝 …) on a site its name
gives (a word ending like a place, a site or a water) is one undertaking when its clause runs it, 实施
and 推进 included (ANNOTATION rule 12), though its other words are common ("实施澄溪河水环境整治工程",
"完成某某片区供热管网改造工程"); a package of a kind alone, with no site in its name, stays none
("实施棚户区改造工程", "管网改造工程"), as does a programme of other kinds ("实施农村人居环境提升工程",
"实施全民素质提升工程"). (3) The rural grid's programme written in full is a supply programme
(project_supply_programme_words.txt: 农村电网), as 农网 is. Sentences in the genre's phrasing, invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_projects

TITLE = "2021年青禾市人民政府工作报告"


@pytest.mark.parametrize("sentence, found", [
    # (1) pipelines, lines, towers and new halls by their heads
    ("建成青禾至澄江天然气支线管道，推进澄溪至滨青成品油管道建设。",
     {"青禾至澄江天然气支线管道", "澄溪至滨青成品油管道"}),
    ("加快青禾至澄江客运专线建设，开通澄溪镇至青螺山旅游专线。",
     {"青禾至澄江客运专线", "澄溪镇至青螺山旅游专线"}),
    ("澄江银行总部大厦建成投用，青禾市博物馆新馆建成开放。", {"澄江银行总部大厦", "青禾市博物馆新馆"}),
    # (2) packages of physical works on a site, run by their clause
    ("实施澄溪河水环境整治工程，推进青禾水库增容工程。", {"澄溪河水环境整治工程", "青禾水库增容工程"}),
    ("完成澄江片区供热管网改造工程，新增集中供热面积30万平方米。", {"澄江片区供热管网改造工程"}),
    ("推进澄江河河道生态补水工程和青螺山矿区生态修复工程。", {"澄江河河道生态补水工程", "青螺山矿区生态修复工程"}),
    ("实施滨青路快速化改造工程，改造老旧小区20个。", {"滨青路快速化改造工程"}),
    # the site a word of the name ends like a water's ("内河"), no place found in it
    ("完成城区内河清淤整治工程，新建截污管网8公里。", {"城区内河清淤整治工程"}),
    # (3) the rural grid's programme written in full
    ("山水镇完成农村电网改造升级工程，所有行政村实现动力电全覆盖。", {"农村电网改造升级工程"}),
])
def test_works_by_their_heads_and_packages_of_physical_works_are_projects(tmp_path, sentence, found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, set())


@pytest.mark.parametrize("sentence", [
    # a pipeline, a line or a tower of no name: a kind, or a count of them
    "县城管道燃气用户达到3万户，新增一批商务大厦。",
    "新建天然气管道120公里，开通旅游专线8条。",
    # a programme of another kind, or a package of a kind with no site in its name
    "实施全民素质提升工程，开展职业技能培训2万人次。",
    "实施了老旧小区和管网改造工程，实施好棚户区改造工程。",
    "实施农村公路提升改造工程，新改建农村公路120公里。",
])
def test_kinds_and_other_programmes_stay_no_works(tmp_path, sentence):
    assert not review_projects(tmp_path, sentence, TITLE)


# Office and data buildings and a parcel yard end in weak heads of their own (project_heads.txt:
# 写字楼, 办公楼, 数据楼, 快递园): named by an owner or a site and built or opened, each is a works
# (hailar's wording, invented names); alone, or a building only used or counted, each names a kind.
@pytest.mark.parametrize("sentence, found, not_found", [
    ("禾丰写字楼主体封顶，开工建设青禾金融服务中心。", {"禾丰写字楼"}, set()),
    ("澄江云计算基地数据楼竣工投入使用，青禾快递园建成。", {"澄江云计算基地数据楼", "青禾快递园"}, set()),
    ("禾丰办公楼、澄江商务写字楼竣工。", {"禾丰办公楼", "澄江商务写字楼"}, set()),
    # a hospital's new ward block listed first stays whole
    ("青禾中心人民医院新住院大楼、澄江医学院附属医院东院区开工建设。", {"青禾中心人民医院新住院大楼"}, {"住院大楼"}),
    ("新建写字楼3栋，机关办公楼全部完成节能改造。", set(), {"写字楼", "机关办公楼"}),
    ("区政务服务中心搬入澄江写字楼办公，在禾丰办公楼召开招商推介会。", set(), {"澄江写字楼", "禾丰办公楼"}),
])
def test_office_and_data_buildings_by_their_heads(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, not_found)
