"""A listed works named by its company, then what its plant makes (ANNOTATION rule 8; participatesIn):
- the capacity of the plant and the product ("青海辉源20万吨绿色高性能铝板带箔", "吉林梅花60万吨赖氨酸"): the
  trade name before the capacity figure is the company, as before an output rate (年产); a province's name
  opening such a works is the company's registered place (行政区划 + 字号), part of its name, not the
  plant's site;
- a product, an industry of the strategic emerging industries catalogue or of GB/T 4754 (industries.txt:
  精细化工, 碳酸锂), maybe after the grade of the product (org_works_descriptors.txt: 先进, 高性能;
  "华锦阿美精细化工", "蓝科锂业碳酸锂装置系统性优化改造", "金汇能先进负极材料").
- and no company after the place opening a works where a size in numerals (千万吨) or what the works make
  (制氢, names_what_works_make) stands before the industry (genre._company_after_place), nor where the
  characters read as a trade name are single verbs, a verb and its result (做实: organizations._verbs_alone).
Sentences of real reports (Qinghai, Jilin, Gansu, Liaoning, Shaanxi, Inner Mongolia 2026 plans); the whole
pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph


@pytest.mark.parametrize("head, sentence, works, company", [
    ("2026年青海省政府工作报告",
     "推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。",
     "青海辉源20万吨绿色高性能铝板带箔", "青海辉源"),
    ("2026年青海省政府工作报告",
     "推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。",
     "青海广泰10万吨再生铝", "青海广泰"),
    ("2026年吉林省政府工作报告", "推动吉林梅花60万吨赖氨酸等项目释放产能。", "吉林梅花60万吨赖氨酸", "吉林梅花"),
    ("2026年辽宁省政府工作报告", "推动徐大堡核电3号机组、华锦阿美精细化工、亿纬锂能沈阳工厂等项目建成投产。",
     "华锦阿美精细化工", "华锦阿美"),
    ("2026年青海省政府工作报告",
     "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造等项目建设。",
     "蓝科锂业碳酸锂装置系统性优化改造", "蓝科锂业"),
    ("2026年甘肃省政府工作报告", "加快推进金川镍钴高品质镍基材料、巨化硅氟新材料、金汇能先进负极材料等重点项目。",
     "金汇能先进负极材料", "金汇能"),
], ids=["qinghai_huiyuan", "qinghai_guangtai", "jilin_meihua", "fine_chemicals", "lithium_carbonate", "graded_product"])
def test_the_name_before_what_the_plant_makes_is_the_works_company(tmp_path, head, sentence, works, company):
    projects, orgs, links = review_graph(tmp_path, sentence, head)
    assert works in projects
    assert company in orgs
    assert (company, works) in links


def test_a_place_before_a_capacity_names_no_company(tmp_path):
    # Shaanxi 2026: the city and the size of the refinery, no company
    projects, orgs, links = review_graph(tmp_path, "推进延安千万吨炼化一体化等项目。", "2026年陕西省政府工作报告")
    assert not any(o.startswith("延安") for o in orgs)


def test_a_company_known_before_its_capacity_keeps_its_name(tmp_path):
    # Gansu 2026: a group's name, then its plant's capacity
    _, orgs, links = review_graph(tmp_path, "加快白银集团7万吨锌基合金等项目建设。", "2026年甘肃省政府工作报告")
    assert ("白银集团", "白银集团7万吨锌基合金") in links


def test_a_product_alone_names_no_company(tmp_path):
    # a kind of works, no trade name before the product
    _, orgs, _ = review_graph(tmp_path, "推进高端精细化工、新型纤维等项目建设。", "2026年山东省政府工作报告")
    assert not any("精细化工" in o or "纤维" in o for o in orgs)


@pytest.mark.parametrize("head, sentence, word", [
    ("2026年陕西省政府工作报告", "推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目。", "千万吨"),
    ("2026年内蒙古自治区政府工作报告", "建设鄂尔多斯制氢装备检验检测实证平台。", "制氢"),
    ("2026年天津市政府工作报告", "绿色石化产业以南港工业区为重要承载地，做实绿色石化科创中心，实施中石化催化剂等重点项目。", "做实"),
], ids=["size_after_the_city", "what_is_made_after_the_city", "verb_and_its_result"])
def test_no_company_after_the_place_where_a_size_or_what_is_made_follows(tmp_path, head, sentence, word):
    # Shaanxi, Inner Mongolia 2026: the refinery's size (千万吨) and what the works make (制氢, hydrogen
    # production) stand between the city and the industry; Tianjin 2026: a verb and its result (做|实, each
    # a verb to jieba) open the clause before the works; no trade name, so no company takes part
    _, orgs, links = review_graph(tmp_path, sentence, head)
    assert word not in orgs
    assert not any(o == word for o, _ in links)
