"""Company names jieba cuts, so their works can be linked (issues 9 and 10, session 19 qb19): a
four-character trade name of a common noun and a word no dictionary knows before an industry
("时代|思康|新材料"), and a plant's product named with its attribute (区别词) after a rare trade
name in a works list ("吉孚力|多孔|碳"). Sentences written in the genre's phrasing; the whole
pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2023年临泉县人民政府工作报告"


@pytest.mark.parametrize("sentence, company, works", [
    # 时代 is a common noun, 思康 no word jieba knows: the pair is the trade name before 新材料; the
    # phase after a works named with 项目 stays in its name (session 40: the gold of u42 and u44 keeps
    # it, "裕龙岛炼化一体化项目一期", "中孚实业高精铝板带项目一期…建成投产")
    ("时代思康新材料项目一期建成投产。", "时代思康", "时代思康新材料项目一期"),
    ("森林瑞泓光伏组件项目开工建设。", "森林瑞泓", "森林瑞泓光伏组件项目"),
    # after the county opening the works, the plant's product may follow the trade name
    ("阜阳临泉天空嘉澍含氟涂料生产项目开工建设。", "天空嘉澍", "阜阳临泉天空嘉澍含氟涂料生产项目"),
])
def test_a_common_noun_and_an_unknown_word_before_an_industry_are_a_trade_name(tmp_path, sentence, company, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects and company in orgs, (projects, orgs)
    assert (company, works) in links


def test_a_products_attribute_after_a_rare_trade_name_in_a_works_list(tmp_path):
    # 多孔 (区别词) then 碳: the plant's product, after the company's trade name 吉孚力
    projects, orgs, links = review_graph(tmp_path, "吉孚力多孔碳、倍德士橡胶等35个亿元以上项目开工建设。", HEAD)
    assert "吉孚力" in orgs, orgs
    assert ("吉孚力", "吉孚力多孔碳") in links, links


@pytest.mark.parametrize("sentence, not_company", [
    ("智慧农业示范园项目开工建设。", "智慧农业"),  # a descriptor of the works, no name
    ("城市新能源公交项目投入运营。", "城市"),  # a known word and a known word: no trade name
    ("高端装备制造产业园项目加快推进。", "高端"),
])
def test_known_words_before_an_industry_make_no_trade_name(tmp_path, sentence, not_company):
    _, orgs, _ = review_graph(tmp_path, sentence, HEAD)
    assert not any(o.startswith(not_company) for o in orgs), orgs
