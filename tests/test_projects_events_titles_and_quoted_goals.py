"""Project names read from the words around them (session 38, pj38): a 项目 named by common words that
opens its clause as the subject of an event befalling one project (签约, 落户, 投产) is one undertaking;
a stem that opens with 化 opens a word there (化纤, 化工), no cut-off suffix; the level of a title
(全国) right before a weak head's name makes it a title; a walk stopped at an adverb-tagged industry word
(正极/ad 材料) goes on over the name before it; a list after the sum invested in it names works; a head
inside a quoted goal ends no name; a facility of category words listed with named works is one of them,
and so is a bare facility in a list that 项目 closes.
Sentences of real reports: the samples (seeds), the Hailar corpus and the pools' excerpts (u37, u38: the
openings of real government work reports); the kinds that must stay kinds are written in the genre's phrasing."""
from __future__ import annotations

import re

import pytest

from tests.conftest import assert_found, names_of, review_mentions, review_projects, shared_file


@pytest.mark.parametrize("sentence, found", [
    # zhangwan-2023 (pool u38): a trade name jieba reads as two common nouns (远景/n 动力/n)
    ("发展后劲不断增强,远景动力项目当年签约、当年建成投产;支持东风商用车动力总成事业部公司化改制。",
     "远景动力项目"),
    # siyang-2019 (pool u37): the product's words, opening with 化纤 (no -化 suffix cut off a word)
    ("与中林集团、中集新材等一批央企、大型民企牵手合作,化纤产业垂直一体化家纺项目成功落户;", "化纤产业垂直一体化家纺项目"),
])
def test_a_project_that_lands_is_one_undertaking(tmp_path, sentence, found):
    assert found in review_projects(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "招商引资项目成功落户。",  # a campaign of attracting investment (project_not_works_words.txt)
    "民生实事项目开工建设。",  # a programme's label (ANNOTATION rule 5)
    "智能制造项目顺利投产。",  # an industry (industries.txt)
])
def test_kinds_that_land_stay_kinds(tmp_path, sentence):
    assert not review_projects(tmp_path, sentence)


def test_a_listed_label_before_an_event_is_no_name(tmp_path):
    # hailar-2016: "中网科技云计算等入园项目开工建设": 等 closes a list, the label after it names no one works
    text = shared_file("corpus", "hailar", "hailar-2016.txt").read_bytes().decode("gb18030")
    sentence = re.search(r"[^,，。；;]*中网科技云计算等入园项目开工建设", text).group()
    assert not any("等" in name for name in review_projects(tmp_path, sentence + "。"))


def test_a_kind_suffix_opens_no_name_only_inside_a_word(tmp_path):
    # "绿|化工程": 化 ends 绿化, cut off by the walk: a kind, as before; 化肥/化工 open a name
    assert not review_projects(tmp_path, "实施了城区绿化工程。")
    assert "化肥厂搬迁项目" in review_projects(tmp_path, "化肥厂搬迁项目开工建设。")


def test_a_title_of_the_national_level_is_no_works(tmp_path):
    # jishou-2018 (pool u38): 全国 opens the title a centre earns (ANNOTATION rules 11, 13)
    found = review_projects(tmp_path, "乾州古城非遗园成功创建“湖南省特色文化产业示范园区”,"
                                      "红枫谷康养中心获批“第三批全国森林康养示范基地”。")
    assert "森林康养示范基地" not in found


def test_an_adverb_tagged_material_is_walked_over(tmp_path):
    # anju-2022 (pool u38): 正极/ad 材料 (industries.txt: 正极材料), the chemistry before it (磷酸铁锂) is the
    # product, not a company's trade name
    mentions = review_mentions(tmp_path, "主导产业加速成势,四川裕能建成全球最大的磷酸铁锂正极材料生产基地,"
                                         "中遂净化成为西南地区最大的天然气净化基地。")
    projects = names_of(mentions, "Project")
    orgs = names_of(mentions, "Organization")
    assert_found(projects, {"磷酸铁锂正极材料生产基地"}, {"材料生产基地"})
    assert "磷酸铁锂" not in orgs


def test_a_list_after_its_sum_names_works(tmp_path):
    # jishou-2018 (pool u38): the sum invested before the list says which works it names; 栈道 is a
    # walkway's head, so the bare item is no company
    mentions = review_mentions(tmp_path, "加大矮寨奇观旅游区5A级创建,实施投资5.5亿元的水生态治理、悬崖栈道等项目。")
    projects = names_of(mentions, "Project")
    assert {"水生态治理", "悬崖栈道"} <= projects
    assert "悬崖栈道" not in names_of(mentions, "Organization")


def test_a_head_inside_a_quoted_goal_ends_no_name(tmp_path):
    # jishou-2018 (pool u38): "中心城" goes on past 中心 inside the quote, which names the city's goal
    found = review_projects(tmp_path, "紧紧围绕市委“三个兴市”发展思路,瞄准建成“武陵山片区生态文化旅游中心城”目标,"
                                      "扎实推进“四大工程”。")
    assert not any(name.startswith("武陵山片区") for name in found), found


def test_a_facility_of_kind_words_listed_with_named_works(tmp_path):
    # qianjiang-2019: 旅游 is a category word, 电商中心 a facility's head; listed between named works
    # put into use, it is one of them (and so is the system listed after it)
    from tests.conftest import SEEDS
    text = (SEEDS / "qianjiang-2019.txt").read_text(encoding="utf-8")
    sentence = re.search(r"[^。]*旅游电商中心[^。]*。", text).group()
    assert {"旅游电商中心", "智慧旅游系统"} <= review_projects(tmp_path, sentence)


def test_a_facility_listed_before_works_closed_by_xiangmu(tmp_path):
    # yixian-2019: 实施 builds nothing by itself (it also runs programmes), but the 项目 that closes the
    # list says its items are projects, the bare 商贸综合体 among them (ANNOTATION rules 7, 10)
    from tests.conftest import SEEDS
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    sentence = re.search(r"[^。]*实施商贸综合体[^。]*。", text).group()
    assert {"商贸综合体", "易州酒店"} <= review_projects(tmp_path, sentence)
