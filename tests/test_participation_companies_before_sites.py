"""participatesIn where a works' name opens with its company before the place of its site (session 46,
issue 10): a province's energy investment group (省名 + 能投), a group's subsidiary named by the group's
short name, a word and a trade (集团简称 + 字号 + 行业), a company whose group form (集团) is written
after its trade, and a known short name that ends in a trade already taking no second one. Sentences
made up in the genre's phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links


@pytest.mark.parametrize("head, sentence, company, works", [
    ("2024年四川省人民政府工作报告", "四川能投宜宾硅材料项目开工建设。", "四川能投", "四川能投宜宾硅材料项目"),
    ("2024年湖南省人民政府工作报告", "华润星光啤酒长沙工厂建成投产。", "华润星光啤酒", "华润星光啤酒长沙工厂"),
    ("2024年贵州省人民政府工作报告", "推进云图科技集团贵阳数据中心建设。", "云图科技集团", "云图科技集团贵阳数据中心"),
    ("2024年湖北省人民政府工作报告", "东风本田武汉工厂建成投产。", "东风本田", "东风本田武汉工厂"),
])
def test_the_company_opening_a_works_before_its_site(tmp_path, head, sentence, company, works):
    orgs, links = review_orgs_and_links(tmp_path, sentence, head)
    assert company in orgs
    assert (company, works) in links
    assert not any(o != company and company.startswith(o) for o, w in links if w == works)


def test_a_short_name_ending_in_a_trade_takes_no_second_trade(tmp_path):
    # 长城汽车 (companies.txt) ends in its trade (汽车): the 电子 after it is what the works make, no second company
    orgs, links = review_orgs_and_links(tmp_path, "长城汽车电子项目一期投产。", "2024年河北省人民政府工作报告")
    assert ("长城汽车", "长城汽车电子项目一期") in links
    assert "长城汽车电子" not in orgs


@pytest.mark.parametrize("head, sentence", [
    ("2024年河南省人民政府工作报告", "新能源汽车郑州基地开工建设。"),  # an industry before the place, no company
    ("2019年重庆市黔江区人民政府工作报告", "实施清洁能源惠民工程。"),  # 惠民 a county far away: a programme for the people
])
def test_no_company_before_a_place_that_is_no_site(tmp_path, head, sentence):
    orgs, links = review_orgs_and_links(tmp_path, sentence, head)
    assert not any(o.endswith(("汽车", "能源")) for o in orgs)
    assert not links
