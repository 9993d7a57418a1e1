"""Project rules (issue 9): a company's plant or plant site named by its owner or its site ("某某汽车
某县整车工厂", "某某乳业某市工厂") is a works the company builds (ANNOTATION rule 8); 工厂 after a
factory title's words only ("全球灯塔工厂", "国家领航级智能工厂", guangdong-2026) is a title, no works
(rule 13). The seeds' sentences are read from /work/shared/seeds."""
from __future__ import annotations

from tests.conftest import report_names as found, shared_file


def _seed_sentences(name: str, *holding: str) -> list[str]:
    """The sentences of a seed report that hold one of `holding`."""
    text = shared_file("seeds", name).read_text(encoding="utf-8")
    return [s + "。" for s in text.replace("\n", "。").split("。") if any(h in s for h in holding)]


def test_a_companys_plant_named_by_its_owner_or_site_is_a_works(tmp_path):
    projects = found(tmp_path, "Project", "海拉尔区2016年政府工作报告",
                     "加快宏达汽车海拉尔整车工厂建设。",
                     "推进蓝星化工第二工厂、北方乳业呼伦贝尔工厂建成投产。")
    assert {"宏达汽车海拉尔整车工厂", "蓝星化工第二工厂", "北方乳业呼伦贝尔工厂"} <= projects


def test_the_company_of_a_numbered_plant_keeps_its_trade(tmp_path):
    orgs = found(tmp_path, "Organization", "海拉尔区2016年政府工作报告",
                 "加快北方重工海拉尔基地、宏龙汽车第三工厂建设。")
    assert "宏龙汽车" in orgs and "宏龙" not in orgs


def test_a_factory_title_or_kind_is_no_works(tmp_path):
    sentences = _seed_sentences("guangdong-2026.txt", "灯塔工厂", "领航级智能工厂")
    assert sentences
    projects = found(tmp_path, "Project", "广东省2026年政府工作报告", *sentences,
                     "新建设一批智能工厂和数字化车间。")
    assert not any(p.endswith("工厂") for p in projects)


def test_a_chains_branch_store_is_named_by_its_site_and_dian(tmp_path):
    # "某某广场某区店": the branch being built, named after the complex, its site and 店
    projects = found(tmp_path, "Project", "海拉尔区2016年政府工作报告",
                     "加快宏达广场河东店、北方购物中心胜利广场店建设。",
                     "新建市民广场,广场店铺全部开业。")
    assert {"宏达广场河东店", "北方购物中心胜利广场店"} <= projects
    assert not any("店铺" in p for p in projects)
