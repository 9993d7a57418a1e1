"""Company short names opening a works' name in a report's list of projects (ANNOTATION rule 8): the
company is found, named right, and linked to its works (kg.extract.genre._company_opening,
kg.extract.organizations.qualifies_a_product, org_company_trades.txt; kg.extract.projects.over_capacity
for a works being prepared). Sentences from real reports: the 2023 浏阳市 and 2020 洛阳市 政府工作报告."""
from __future__ import annotations

from tests.conftest import review_graph

LIUYANG = "2023年浏阳市人民政府工作报告"
LUOYANG = "2020年洛阳市人民政府工作报告"


def test_a_coined_name_before_its_lines_generation(tmp_path):
    # jieba glues 第 to the name's last character ("惠|科第|8.6|代"): the name still ends before 第N代
    _, orgs, links = review_graph(tmp_path, "加快蓝思科技3D玻璃智能制造、惠科第8.6代超高清新型显示器件二期、"
                                            "长沙惠科光电配套产业园建设。", LIUYANG)
    assert "惠科" in orgs, orgs
    assert any(o == "惠科" and p.startswith("惠科第8.6代") for o, p in links), links


def test_a_grade_after_the_trade_is_the_products(tmp_path):
    # 电子级 (electronic-grade) qualifies 多晶硅: 电子 is no trade of the company's name
    _, orgs, links = review_graph(tmp_path, "推进中国一拖新型拖拉机智能制造、中信重工智能装备产业园、洛阳钼业高纯钼材料、"
                                            "中硅高科电子级多晶硅等项目建设。", LUOYANG)
    assert "中硅高科" in orgs and "中硅高科电子" not in orgs, orgs
    assert ("中硅高科", "中硅高科电子级多晶硅") in links, links


def test_a_city_and_a_metal_trade_name_a_smelting_group(tmp_path):
    _, orgs, links = review_graph(tmp_path, "推进中国一拖新型拖拉机智能制造、中信重工智能装备产业园、洛阳钼业高纯钼材料、"
                                            "中硅高科电子级多晶硅等项目建设。", LUOYANG)
    assert "洛阳钼业" in orgs, orgs
    assert ("洛阳钼业", "洛阳钼业高纯钼材料") in links, links


def test_a_works_being_prepared_keeps_its_rate_and_owner(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "推动洛阳石化1800万吨/年炼油扩能改造项目前期工作,"
                                                   "加快华润电力首阳山电厂热电联产改造。", LUOYANG)
    assert "洛阳石化1800万吨/年炼油扩能改造" in projects, projects
    assert not any(p.startswith(("年", "1800")) for p in projects), projects
    assert ("洛阳石化", "洛阳石化1800万吨/年炼油扩能改造") in links, links
