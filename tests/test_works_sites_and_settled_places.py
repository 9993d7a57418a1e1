"""Works named by their site, so their place can be linked (issues 9 and 10, session 20): a site
before the capacity of a power works is a place, not a company; "P位于该县X镇和Y乡境内" locates the
works in each place listed after the settle word and the deictic. Sentences written in the genre's
phrasing; each test fails without its rule."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import entity_names


def _graph(tmp_path: Path, sentence: str, head: str):
    from kg.model import ORG, PLACE
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"{head}\n\n一、2023年工作回顾\n\n{sentence}\n", encoding="utf-8")
    report = build(path).report
    links = {(r.kind, report.entities[r.subject].name, report.entities[r.object].name) for r in report.relations}
    return entity_names(report, PLACE), entity_names(report, ORG), links


def test_site_before_the_capacity_of_a_power_works_is_its_place(tmp_path):
    places, orgs, links = _graph(tmp_path, "大力发展新能源，黄门10万千瓦风储一体化电站、石门沟5万千瓦光伏电站建成并网。",
                                 "某县人民政府工作报告")
    assert {"黄门", "石门沟"} <= places
    assert not {"黄门", "石门沟"} & orgs
    assert {("locatedIn", "黄门10万千瓦风储一体化电站", "黄门"), ("locatedIn", "石门沟5万千瓦光伏电站", "石门沟")} <= links
    assert not any(k == "participatesIn" and o in ("黄门", "石门沟") for k, o, _ in links)


def test_trade_name_before_a_capacity_is_still_a_company(tmp_path):
    # a trade name ends otherwise than a site, and a works that stands on no site names no place
    places, orgs, links = _graph(tmp_path, "东电2×35万千瓦热电联产项目开工建设，华盛2万千瓦风电成功并网。",
                                 "某县人民政府工作报告")
    assert {"东电"} <= orgs
    assert not {"东电", "华盛"} & places


def test_works_located_in_each_place_listed_after_settle_and_deictic(tmp_path):
    _, _, links = _graph(tmp_path, "协鑫智慧风力发电项目位于该县勍香镇和佃坪乡境内，总装机容量40兆瓦。",
                         "汾西县人民政府工作报告")
    assert {("locatedIn", "协鑫智慧风力发电项目", "勍香镇"), ("locatedIn", "协鑫智慧风力发电项目", "佃坪乡")} <= links


def test_a_place_list_after_a_bare_at_is_no_settling(tmp_path):
    # "在X、Y" after a works with no stage after it does not locate the works (only settle words do)
    _, _, links = _graph(tmp_path, "风力发电项目建成后，在勍香镇、佃坪乡开展植树。", "汾西县人民政府工作报告")
    assert not any(k == "locatedIn" and o == "佃坪乡" for k, _, o in links)


def test_a_company_works_with_its_place_in_brackets_is_one_works_there(tmp_path):
    places, orgs, links = _graph(tmp_path, "中国电信(贵州贵阳)云计算中心开工建设。", "某市人民政府工作报告")
    assert "中国电信" in orgs
    works = "中国电信(贵州贵阳)云计算中心"
    assert {("locatedIn", works, "贵阳市"), ("participatesIn", "中国电信", works)} <= links


def test_a_power_works_named_by_its_site_alone_is_there(tmp_path):
    # jieba cuts the site's last character into the works' head (大风|口风|电|项目)
    places, orgs, links = _graph(tmp_path, "大风口风电项目开工建设，张北县大风口风电场并网发电。", "某县人民政府工作报告")
    assert "大风口" in places and "大风口" not in orgs
    assert {("locatedIn", "大风口风电项目", "大风口"), ("locatedIn", "张北县大风口风电场", "大风口")} <= links
    # a common word before the works names no site
    places, _, _ = _graph(tmp_path, "加快出口光伏项目建设。", "某县人民政府工作报告")
    assert "出口" not in places
