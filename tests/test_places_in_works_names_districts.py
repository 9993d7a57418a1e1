"""Places inside works' names found, so the works are located in them
(ANNOTATION rule 8: a place inside a project's name) — the area a shopping district is named after
(kg.extract.genre extract_district_areas, place_district_heads.txt) and a hill of two characters
that ecological works follow (kg.extract.places extract_dictionary_toponyms,
place_feature_works_after.txt), and a trade name before a wholesale farm market
(genre_commerce_heads.txt: 农贸批发) or a hotel, its last piece a bound morpheme (百府/悦). Sentences of the qianjiang sample (whose gold has 大十字 and
大十字智慧商圈 → 大十字), of guangdong and of Hailar."""
from __future__ import annotations

from pathlib import Path

from kg.model import PLACE
from kg.pipeline import build

from tests.conftest import assert_found, review_names


def _links(tmp_path: Path, title: str, sentence: str, kind: str = "locatedIn") -> set[tuple[str, str]]:
    """The links of `kind` of a report of one sentence in its review part, as (subject, object) names."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join((title, "", "一、工作回顾", "", sentence)) + "\n", encoding="utf-8")
    report = build(path).report
    E = report.entities
    return {(E[r.subject].name, E[r.object].name) for r in report.relations if r.kind == kind}


def test_the_area_a_district_is_named_after_is_a_place(tmp_path):
    places = review_names(tmp_path, PLACE, "居然之家、红星美凯龙开业运营,大十字智慧商圈提档升级,"
                          "新培育限上商贸企业9家。", "2019年黔江区政府工作报告")
    assert_found(places, {"大十字"}, {"大十字智慧商圈", "智慧商圈"})


def test_a_district_of_common_words_names_no_place(tmp_path):
    # guangdong-2026: "传统商圈", "口岸商圈" are kinds of district
    places = review_names(tmp_path, PLACE, "积极打造口岸商圈,加快传统商圈改造升级。",
                          "2026年广东省政府工作报告")
    assert not {"口岸", "传统", "打造口岸"} & places


def test_the_works_on_a_district_are_in_its_area(tmp_path):
    links = _links(tmp_path, "2014年海拉尔区人民政府工作报告",
                   "全面启动三角地商圈改造,确保时代广场、维多利等商贸综合体开工建设,伊仕丹购物广场投入运营。")
    assert ("三角地商圈改造", "三角地") in links


def test_qianjiang_reads_the_gold_link_of_its_district(qianjiang):
    E = qianjiang.report.entities
    links = {(E[r.subject].name, E[r.object].name) for r in qianjiang.report.relations if r.kind == "locatedIn"}
    assert ("大十字智慧商圈", "大十字") in links


def test_a_hill_that_ecological_works_follow_is_a_place_and_holds_them(tmp_path):
    # hailar-2012
    links = _links(tmp_path, "2012年海拉尔区人民政府工作报告",
                   "北山矿山地质环境治理工程全面完工,生态环境得到进一步改善。")
    assert ("北山矿山地质环境治理工程", "北山") in links


def test_a_hill_in_a_list_of_works_sharing_their_head(tmp_path):
    # hailar-2014: "海拉尔河流域和北山生态环境保护工程"
    links = _links(tmp_path, "2014年海拉尔区人民政府工作报告",
                   "实施海拉尔河流域和北山生态环境保护工程,关闭对环境造成破坏的采石场、砖厂、采砂点。")
    assert ("北山生态环境保护工程", "北山") in links


def test_hills_counted_name_no_place(tmp_path):
    # hailar-2013: "三山绿化" is the greening of the city's three hills
    places = review_names(tmp_path, PLACE, "巩固创森成果,继续加强三山绿化、街道绿化和小区绿化。",
                          "2013年海拉尔区人民政府工作报告")
    assert "三山" not in places


def test_a_trade_name_before_a_wholesale_farm_market_takes_part_in_it(tmp_path):
    # hailar-2014 ("万家惠农贸市场" in later years): the company's market, cut by jieba as 万家/惠/农贸
    links = _links(tmp_path, "2014年海拉尔区人民政府工作报告",
                   "完成龙腾果蔬批发市场项目建设,确保万家惠农贸批发零售市场年内投入运营。", "participatesIn")
    assert ("万家惠", "万家惠农贸批发零售市场") in links


def test_a_cut_hotel_name_ending_in_a_bound_morpheme_is_the_company(tmp_path):
    # hailar-2015: 百府/n 悦/vg 酒店; 中/f 成 stays out (a direction word opens it)
    links = _links(tmp_path, "2015年海拉尔区人民政府工作报告",
                   "确保中成酒店、百府悦酒店投入运营,锦江国际酒店开工建设。", "participatesIn")
    assert ("百府悦", "百府悦酒店") in links
    assert not any(o == "中成酒店" for _, o in links)


def test_a_mountain_or_lake_jieba_tags_as_no_place_that_ecological_works_follow(tmp_path):
    # the liuyang-2023 and baotou-2016 passages of pool u42, the wuhu-2018 one of pool u44: 道吾山/nz,
    # 大青山/nr (past its slope, 南坡), 龙窝湖/nr; a common noun ("人工湖") names none, nor a piece of
    # the slogan of the yixian sample (山水/林田湖/nr)
    places = review_names(tmp_path, PLACE, "完成蕉溪岭生态修复工程和道吾山生态修复工程。推进大青山南坡生态治理和"
                          "包头市区北部山前防洪工程。实施龙窝湖生态保护修复工程。建设人工湖生态公园。"
                          "加快实施山水林田湖生态保护项目。")
    assert_found(places, {"道吾山", "大青山", "龙窝湖"}, {"人工湖", "林田湖"})
