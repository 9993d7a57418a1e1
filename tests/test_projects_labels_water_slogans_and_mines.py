"""Project names on unseen 2023–2026 reports (issue 9, session 28): a class's label before a works'
own name ("全省首个超百亿元水利工程某某水库") is no part of that name, a quoted 工程 of water brought into
a river or lake is a works package (ANNOTATION rule 12) while other quoted 工程 stay programmes, and a
mine developed is a works named by its mine head. Sentences written in the genre's phrasing; each test
can fail on the rule it names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def check(tmp_path, sentence, found, not_found, title="市人民政府工作报告"):
    """The projects' entity names of the whole pipeline (a label is cut where mentions resolve)."""
    assert_found(review_graph(tmp_path, sentence, title)[0], found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a field and a sum before 工程: a class of works, the reservoir's own name follows it
    ("全市首个超50亿元水利工程青石岭水库开工建设。", {"青石岭水库"}, {"超50亿元水利工程青石岭水库", "水利工程青石岭水库"}),
    # a grade and a field before 工程, after the sum invested
    ("总投资32亿元的重大交通工程北环快速路建成通车。", {"北环快速路"}, {"重大交通工程北环快速路"}),
    # a scoped grade before 项目
    ("省重点项目白鹭湾数据中心一期投入运营。", {"白鹭湾数据中心一期"}, {"省重点项目白鹭湾数据中心一期"}),
    # a works' own name before 工程 is no label: nothing after it is cut out as a name of its own
    ("加快东水西调工程北干线建设。", {"东水西调工程"}, {"北干线"}),
])
def test_a_class_label_before_a_works_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # water brought into a river: a works package named by its quoted slogan
    ("全力推进“一渠碧水入汾河”工程，完成投资9亿元。", {"“一渠碧水入汾河”工程"}, set()),
    # a programme's slogan stays none, and so does a campaign bringing firms into a province
    ("深入实施“百千万”工程和“万企入桂”工程。", set(), {"“百千万”工程", "“万企入桂”工程"}),
])
def test_a_quoted_water_works(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    ("青山铁矿开发取得突破，年产铁精粉50万吨。", {"青山铁矿"}, set()),
    ("红岩煤矿90万吨技改项目建成投产。", {"红岩煤矿90万吨技改项目"}, set()),
    # a mine named by its kind alone is none
    ("依法关闭退出煤矿5处。", set(), {"煤矿"}),
])
def test_a_mine_developed(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # works named by a trade name or a product, listed before 项目前期 (jieba fuses 项目前期 into one word)
    ("扎实推进金禾危废、菌渣有机肥项目前期。", {"金禾危废", "菌渣有机肥项目"}, set()),
    ("加快推进石墨烯导热膜项目前期工作。", {"石墨烯导热膜项目"}, set()),
    # a facility's phase before it stays the preparation rule's, and a class of projects stays none
    ("做好滨河湿地公园二期项目前期。", {"滨河湿地公园二期"}, {"滨河湿地公园二期项目"}),
    ("做好重大项目、重点工程项目前期。", set(), {"重大项目", "重点工程项目"}),
    # the kind after a list's 等 is no item of it, whatever the list's predicate
    ("推进金海湾等城市商贸综合体项目前期。", set(), {"城市商贸综合体", "城市商贸综合体项目"}),
    ("推进金海湾等城市商贸综合体项目建设。", set(), {"城市商贸综合体", "城市商贸综合体项目"}),
])
def test_projects_listed_before_their_preparation(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)
