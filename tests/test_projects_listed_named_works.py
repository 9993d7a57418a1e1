"""Zones, scenic areas, venues and institutes a clause lists as built or upgraded are projects
(ANNOTATION rules 2 and 3), besides the place or organization the earlier rules read them as
(kg.extract.listed_works). The sentences are those of real reports (the dunhuang-2015, changchun-2019
and hefei-2018 passages of pool u42)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # scenic areas a clause upgrades, the places glued before the first kept in its name
    ("加快鸣沙山月牙泉景区、阳关景区、玉门关景区、雅丹国家地质公园提档升级，建成敦煌古城影视基地二期和沙州夜市改造工程。",
     {"鸣沙山月牙泉景区", "阳关景区", "玉门关景区"}, {"月牙泉景区"}),
    # a theatre listed with other venues being built
    ("推进丝绸之路（敦煌）国际文化博览会主场馆、敦煌大剧院、敦煌国际会展中心和国际酒店群建设，确保文博会场馆年底前主体完工。",
     {"敦煌大剧院"}, set()),
    # zones a clause builds or develops; a later item no rule found, a zone named by a place in it
    ("推进长春新区、中韩（长春）国际合作示范区、长春国际汽车城、净月高新区建设，支持长春经开区、汽开区、兴隆综合保税区创新发展。",
     {"长春新区", "兴隆综合保税区", "中韩(长春)国际合作示范区"}, set()),
    # ... or by a proper name (the liuyang-2023 passage)
    ("推进大围山国家森林公园、周洛景区、胡耀邦故里旅游区、谭嗣同纪念馆提质升级，全年接待游客达到2500万人次。",
     {"周洛景区", "胡耀邦故里旅游区"}, set()),
    # an item that joins two works names none (hailar-2016)
    ("五年共投资6.2亿元，实施了奋斗镇、建设办“菜篮子”工程和哈克镇生态奶源基地建设，蔬菜种植面积达到1.5万亩。",
     set(), {"建设办菜篮子工程和哈克镇生态奶源基地", "建设办“菜篮子”工程和哈克镇生态奶源基地"}),
    # an institute a university founds; a province's own institute is a body, no works
    ("加快中国科大先进技术研究院、清华大学合肥公共安全研究院、哈工大机器人（合肥）国际创新研究院建设，新建新型研发机构5家以上。",
     {"清华大学合肥公共安全研究院"}, set()),
    ("加快山东产业技术研究院、山东高等技术研究院、中国科学院海洋大科学研究中心和国家超级计算济南中心科技园建设。",
     set(), {"山东产业技术研究院", "山东高等技术研究院"}),
    # a list closed by 等 and the kind of zone its items are: each a scenic area named by its proper name
    # (the luoyang-2020 and guizhou-2017 passages of pool u42; Shanxi's 2020 report, where jieba reads
    # 娘子关 as common words)
    ("推动龙门石窟、白马寺、老君山、白云山、鸡冠洞等景区提档升级，建成洛邑古城二期。",
     {"龙门石窟", "白马寺", "老君山", "白云山", "鸡冠洞"}, {"鸡冠洞等景区"}),
    ("加快黄果树、荔波、赤水、梵净山、百里杜鹃等景区提质升级，推进西江千户苗寨旅游基础设施建设。",
     {"黄果树", "荔波", "赤水", "梵净山", "百里杜鹃"}, set()),
    ("推进壶口瀑布、雁门关、王莽岭、娘子关、百里太行画廊等重点景区提质升级。",
     {"壶口瀑布", "雁门关", "娘子关", "百里太行画廊"}, set()),
    # ... but not divisions, each one's park of a kind (rule 11)
    ("推进九台区、双阳区、榆树市等特色产业园区建设。", set(), {"九台区", "双阳区", "榆树市"}),
    # no list: a zone supported alone stays a place
    ("支持兴隆综合保税区创新发展。", set(), {"兴隆综合保税区"}),
])
def test_listed_named_works(tmp_path, sentence, found, not_found):
    assert_found(review_projects(tmp_path, sentence), found, not_found)


def test_listed_scenic_area_is_located_by_its_name(tmp_path):
    located = review_located(tmp_path, "加快鸣沙山月牙泉景区、阳关景区、玉门关景区、雅丹国家地质公园提档升级。", "敦煌市人民政府工作报告")
    # (阳关 is the town 阳关镇 of the divisions table)
    assert {("阳关景区", "阳关镇"), ("鸣沙山月牙泉景区", "鸣沙山")} <= located
