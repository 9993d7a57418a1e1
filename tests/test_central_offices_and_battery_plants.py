"""Session 60 (org): three small rules for organizations and the companies that build.

1. The offices of the central commissions and leading groups and the State Council's committees by
   the short forms the provincial reviews use when such a body recommends, assesses or lists their
   work (org_bodies.txt: 中央改革办, 中央财办, 国务院安委会, 国务院减负办, 中央新疆工作协调小组,
   国防动员委员会).
2. A political consultative conference named before the proposals it files ("办理市政协提案1309件":
   org_body_people.txt 提案), as before its members (政协委员).
3. 时代 after a division's name ends the short name of the battery maker's plant that opens a works'
   name ("青海时代动力电池极片": org_company_trades.txt `place`), and stays in it before the product
   (org_trades_before_products.txt: "中州时代电池三期" → 中州时代, no "中州").

Sentences of the provincial reports of 2026 (tests/real); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links

HEAD = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, body", [
    ("全面深化改革稳步实施，10项改革典型被中央改革办推介。", "中央改革办"),
    ("旅居云南入选中央财办新供给引领新消费新需求典型案例。", "中央财办"),
    ("新余“1·24”特别重大火灾事故整改通过国务院安委会评估。", "国务院安委会"),
    ("政务服务、金融惠企工作分别入选国务院减负办“服务企业在基层”十大典型案例。", "国务院减负办"),
    ("这些成就的取得，离不开中央新疆工作协调小组统筹协调、精心指导。", "中央新疆工作协调小组"),
    ("全省各级国防动员委员会按新体制运行。", "国防动员委员会"),
], ids=["reform_office", "finance_office", "safety_committee", "burden_office", "xinjiang_group", "mobilization"])
def test_central_offices_by_their_short_forms(tmp_path, sentence, body):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert body in orgs


@pytest.mark.parametrize("sentence", [
    "制定政府规章18项，办理市人大代表议案5项、建议877件，办理市政协提案1309件。",
    "立改废政府规章44件，办理市人大代表建议1256件、市政协提案967件。",
], ids=["beijing", "shanghai"])
def test_conference_named_before_its_proposals(tmp_path, sentence):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert "市政协" in orgs


@pytest.mark.parametrize("sentence, works, company", [
    ("推动中国盐湖金属镁一体化技术改造、青海时代动力电池极片、泰丰先行磷酸铁锂扩产等项目建设。",
     "青海时代动力电池极片", "青海时代"),
    ("齐鲁石化鲁油鲁炼、玖德化学新材料等重大项目有序实施，山东时代新能源电池基地、先导激光雷达等项目建成投产。",
     "山东时代新能源电池基地", "山东时代"),
    ("加快推进奇瑞乘用车技改、比亚迪新能源商用车、中州时代电池三期、中创新航动力电池及储能等项目。",
     "中州时代电池三期", "中州时代"),
], ids=["qinghai", "shandong", "henan"])
def test_battery_plant_opening_its_works(tmp_path, sentence, works, company):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert works in projects
    assert (company, works) in links
    assert company[:2] not in orgs  # the place alone is no company
