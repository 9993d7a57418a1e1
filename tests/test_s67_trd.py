"""Session 67 (trd): the company whose coined trade name opens a works' name, and its participatesIn link
(ANNOTATION rule 8, names inside names), where the works is found but its company was not: a plant's
product and its phase in a list of plants, a product word jieba's run took into the trade name, an
industry the lexicon lacked (再生资源, 炭纤维), a coined word jieba's HMM guesses an adverb, and a plant
named by the material it makes. Each test runs the whole pipeline on a sentence (from tests/real or the
Hailar corpus, or written in the genre with made-up names) and asserts the company and link found and
a near miss not found."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2023年临川县人民政府工作报告"


def test_product_and_phase_of_a_listed_plant(tmp_path):
    # organizations._product_at: the phase closing "沃可丰复合肥二期" is no facility
    _, orgs, links = review_graph(tmp_path, "经济开发区沃可丰复合肥二期、华兴万达轮胎三期等项目竣工投产。", HEAD)
    assert ("沃可丰", "沃可丰复合肥二期") in links
    assert "沃可丰复合肥" not in orgs


def test_a_facility_and_its_phase_names_no_company(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "城东水厂二期、宏岭阀门等项目竣工投产。", HEAD)
    assert not any(o.startswith("城东") for o in orgs)
    assert not any(p.startswith("城东") for _, p in links)


def test_the_product_word_the_run_took_is_left_out(tmp_path):
    # organizations._works_company_before_product: 康美斯/nr 调味剂/nz, the run less its product
    _, orgs, links = review_graph(tmp_path, "首钢机电公司主体搬迁,康美斯调味剂、宏岭阀门等项目签约落地。", HEAD)
    assert ("康美斯", "康美斯调味剂") in links
    assert "康美斯调味剂" not in orgs


def test_a_quality_before_the_product_is_no_company(tmp_path):
    _, orgs, links = review_graph(tmp_path, "金隅木业等项目加紧推进,中集空港装备、绿色调味剂等项目签约落地。", HEAD)
    assert not any(o.startswith("绿色") for o in orgs)
    assert not any(p == "绿色调味剂" for _, p in links)


def test_recycling_is_an_industry_after_a_trade_name(tmp_path):
    # industries.txt 再生资源 (Hailar 2013)
    sentence = "强化黑羊站水源地保护和水资源管理，完成80吨污泥焚烧处置和金丰再生资源分拣中心项目。"
    _, orgs, links = review_graph(tmp_path, sentence, "2013年海拉尔区人民政府工作报告")
    assert ("金丰", "金丰再生资源分拣中心项目") in links
    assert "黑羊站" not in orgs


def test_recycling_after_a_common_word_is_no_company(tmp_path):
    _, orgs, links = review_graph(tmp_path, "漳电2×100万千瓦、城区再生资源二期等12个项目相继投产达效。", HEAD)
    assert "城区" not in orgs
    assert not any(p.startswith("城区") for _, p in links)


def test_carbon_fibre_written_with_its_other_character(tmp_path):
    # industries.txt 炭纤维 after the descriptor 高性能
    sentence = "光伏产业厚积薄发,晶恒二期顺利投产,栢瑞高性能炭纤维、晶澳石英坩埚等配套项目陆续完工。"
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert ("栢瑞", "栢瑞高性能炭纤维") in links
    sentence = "光伏产业厚积薄发,晶恒二期顺利投产,高性能炭纤维、晶澳石英坩埚等配套项目陆续完工。"
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(p.endswith("炭纤维") for _, p in links) and not any("高性能" in o for o in orgs)


def test_a_coined_word_guessed_an_adverb_opens_its_works(tmp_path):
    # _UNKNOWN_NAME_POS: 鼎际得/d, a word jieba knows not at all (liaoning-2026-review)
    sentence = "恒力重工二期、鼎际得高端新材料等重大项目竣工投产，华锦阿美精细化工、秦沈高速一期等重点项目加快建设。"
    _, orgs, links = review_graph(tmp_path, sentence, "2026年辽宁省人民政府工作报告")
    assert ("鼎际得", "鼎际得高端新材料") in links


def test_a_technology_word_guessed_a_verb_is_no_trade_name(tmp_path):
    # org_technology_words.txt 具身 (liaoning-2026-review): embodied intelligence, no company
    sentence = "研发垂直行业大模型超80个，东北亚具身智能创新中心落户沈阳，大连获批建设国家级数据产业集聚区。"
    _, orgs, links = review_graph(tmp_path, sentence, "2026年辽宁省人民政府工作报告")
    assert "具身" not in orgs
    assert not any(o == "具身" for o, _ in links)


def test_a_listed_plant_named_by_its_material(tmp_path):
    # company_listed_as_works cut before the material (锆, 钛: org_material_characters.txt)
    _, orgs, links = review_graph(tmp_path, "恒川锆钛、晶源稀土等项目投产达效。", HEAD)
    assert ("恒川", "恒川锆钛") in links and ("晶源", "晶源稀土") in links
    assert "恒川锆钛" not in orgs
