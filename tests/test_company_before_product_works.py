"""A works' name that opens with a company found and goes on with the product its plant makes, where
the walk for the name stopped inside the product (session 42, pj42b: projects._back_to_company_before_product):
jieba reads words of a product as verbs or an adverb ("柔性|触控/v|显示/v|模组", "非易/d|失性|存储器"),
which end a name. The company opens the list item, so the works is named by it and its product
(ANNOTATION rule 8) and the company participates in it. Sentences of real reports (Wuhu 2018,
Dalian 2015, Tangshan 2016 city reports); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2018年芜湖市人民政府工作报告"


@pytest.mark.parametrize("sentence, works, company", [
    ("奇瑞新能源汽车二期、埃夫特智能装备产业园建成投产，长信科技柔性触控显示模组项目、东旭光电6代TFT-LCD玻璃基板项目加快建设。",
     "长信科技柔性触控显示模组项目", "长信科技"),
    ("英特尔大连非易失性存储器项目完成技术改造，恒力石化2000万吨炼化一体化项目获批开工。",
     "英特尔大连非易失性存储器项目", "英特尔"),
    ("推进中车唐山公司高速动车组研发制造基地、唐山松下产业机器有限公司焊接机器人项目、开滦集团煤化工产业园建设。",
     "唐山松下产业机器有限公司焊接机器人项目", "唐山松下产业机器有限公司"),
], ids=["verbs_in_product", "adverb_in_product", "listed_after_works"])
def test_the_works_runs_back_to_the_company_before_its_product(tmp_path, sentence, works, company):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert (company, works) in links


def test_companies_listed_before_shared_works_name_none(tmp_path):
    # Changchun 2019: three groups share the upgrade; the last one does not name it
    projects, _, links = review_graph(
        tmp_path, "支持皓月集团、吉粮集团、大成集团扩能改造，推进德惠正大300万只蛋鸡等农业产业化项目建设。", HEAD)
    assert "大成集团扩能改造" not in projects


def test_a_supplier_of_the_company_is_no_works_of_its(tmp_path):
    # Gongyi 2014: 配套 (participation.txt, served) makes the works a supplier's, the company no owner
    projects, _, links = review_graph(tmp_path, "引进富士康配套铝合金精密结构件项目。", HEAD)
    assert not any(p.startswith("富士康") for p in projects)


def test_a_company_trade_before_the_capacity_names_the_works_and_its_company(tmp_path):
    # Baotou 2016: 希望 is a common word, 铝业 the company's trade right before the figure
    # (organizations.trade_before_capacity; genre._trade_before_figure)
    projects, orgs, links = review_graph(
        tmp_path, "力争神华包头煤制烯烃二期、希望铝业80万吨电解铝、东方希望稀土产业园开工。", "2016年包头市人民政府工作报告")
    assert "希望铝业80万吨电解铝" in projects
    assert ("希望铝业", "希望铝业80万吨电解铝") in links


@pytest.mark.parametrize("sentence, works, company", [
    ("推进陕汽集团重卡扩能、法士特变速器产业园建设。", "陕汽集团重卡扩能", "陕汽集团"),  # Shaanxi 2016
    ("加快蓝思科技3D玻璃智能制造、惠科第8.6代超高清新型显示器件二期、长沙惠科光电配套产业园建设。",
     "蓝思科技3D玻璃智能制造", "蓝思科技"),  # Liuyang 2023
    ("加快万基控股铝精深加工、伊川电力集团高精铝板带箔项目进度。", "万基控股铝精深加工", "万基控股"),  # Luoyang 2020
], ids=["found_group", "found_company", "holding_word"])
def test_a_company_its_product_and_plant_works_listed_before_works(tmp_path, sentence, works, company):
    # projects._company_works_listed: no 项目 after the item, the list's other works have heads
    projects, _, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert (company, works) in links
