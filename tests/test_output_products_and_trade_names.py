"""Company works (issue 10, session 22 qk22): a product named after a plant's output rate is no
company and no works ("年产各类石材50万吨"); a product made in a manner (-式, -型, -性) is no brand
("装配式建材"); a works named by the trade name of a company the sentence names by its registered
name is that company's works, though jieba cuts the trade name into single characters."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, product", [
    ("项目建成后，预计年产各类钛白粉50万吨，实现年产值3亿元。", "钛白粉"),
    ("化工项目投产后，年产碳酸锂2万吨、钛白粉5万吨，带动就业300人。", "碳酸锂"),
    ("化工项目投产后，年产碳酸锂2万吨、钛白粉5万吨，带动就业300人。", "钛白粉"),
])
def test_a_product_after_the_output_rate_is_no_company(tmp_path, sentence, product):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert product not in orgs
    assert not any(p.startswith(product) for p in projects), projects
    assert not any(o == product for o, _ in links)


def test_a_trade_name_before_the_output_rate_still_names_the_works(tmp_path):
    # the grammar the rule keeps: a trade name, the rate, the amount and the product ("大唐700万吨露天矿")
    projects, orgs, links = review_graph(tmp_path, "大唐700万吨露天矿完成项目核准，年产各类煤炭50万吨。", HEAD)
    assert "大唐" in orgs and "煤炭" not in orgs
    assert any(p.startswith("大唐700万吨") for p in projects), projects


def test_a_manner_made_product_is_no_brand(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "临川县装配式建材项目开工建设。", HEAD)
    assert "装配式建材" not in orgs
    assert not any(o == "装配式建材" for o, _ in links)


def test_a_works_named_by_the_registered_trade_name_is_the_companys(tmp_path):
    # 山玉 is two common characters jieba cuts apart; the registered name before it vouches for it
    projects, orgs, links = review_graph(
        tmp_path, "县人民政府与河南山玉建材科技有限公司举行山玉绿色建材项目签约仪式。", HEAD)
    assert "山玉绿色建材项目" in projects
    assert ("河南山玉建材科技有限公司", "山玉绿色建材项目") in links


def test_no_registered_name_no_works_of_common_characters(tmp_path):
    # without the registered name, "山玉绿色建材项目" is a kind of project of common words, as before
    projects, _, _ = review_graph(tmp_path, "县里举行山玉绿色建材项目签约仪式。", HEAD)
    assert "山玉绿色建材项目" not in projects
