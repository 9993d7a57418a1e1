"""Heritage and scenic sites listed right before what a report says of them as sites (the archaeology
done there, the World Heritage bid, the national designations they obtain: kg.extract.heritage_listings,
place_heritage_listings.tsv) are places, as the gold of the design texts names them; and 台湾, named beside
香港 and 澳门, is a place (regions.txt), which a town built in its style is not in (location.txt, themed).
Sentences of the design texts (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names, review_located


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "一、工作回顾", "", sentence)


def test_sites_listed_before_archaeology_and_heritage_bids(tmp_path):
    # shaanxi-2026, chongqing-2026, anhui-2026
    got = _places(tmp_path, "陕西省政府工作报告",
                  "深度参与中华文明探源工程、“考古中国”等重大项目,深化石峁、太平遗址等考古研究,实施中亚联合考古。"
                  "推进白鹤梁题刻、蜀道(重庆段)等申遗。推进武王墩等遗址博物馆建设。")
    assert_found(got, {"石峁", "太平遗址", "白鹤梁题刻", "蜀道(重庆段)", "武王墩"}, {"深化石峁", "中亚联合"})


def test_sites_listed_before_a_national_designation(tmp_path):
    # zhejiang-2026-review, shanxi-2026, xinjiang-2026, hainan-2026
    got = _places(tmp_path, "浙江省政府工作报告",
                  "余姚井头山、温州朔门古港、仙居下汤遗址先后入选全国年度十大考古新发现,"
                  "台州府城、云和梯田、金华双龙成功创建国家5A级旅游景区。"
                  "推动关公故里、北岳恒山景区等创建国家5A级旅游景区。推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区。"
                  "创建落笔洞国家考古遗址公园。")
    # a division opening an item with a proper name after it is the place the site is named after
    # (温州|朔门古港); with a common noun after it, the two are the site's name (台州府城), the county
    # inside it a place of its own (云和)
    assert_found(got, {"朔门古港", "温州", "台州府城", "云和梯田", "云和", "金华双龙", "关公故里", "罗布人村寨", "落笔洞"},
                 {"温州朔门古港", "府城", "梯田"})


def test_an_item_of_places_or_of_common_words_names_no_new_site(tmp_path):
    # gansu-2026: 阳关 and 玉门关 side by side are two places, no site 阳关玉门关; the common nouns after
    # 临夏 name the site with it; yunnan-2026, fujian-2026: a verb or an adverb before the title is none
    got = _places(tmp_path, "甘肃省政府工作报告",
                  "推动酒泉阳关玉门关、临夏古生物化石、张掖马蹄石窟群创建5A级景区。"
                  "高质量规划建设国家考古遗址公园。大力培育5A级旅游景区,推动创建更多5A级旅游景区。")
    assert_found(got, {"临夏古生物化石", "马蹄石窟群", "张掖"},
                 {"阳关玉门关", "古生物化石", "高质量规划建设", "培育", "更多"})


def test_a_list_closed_by_projects_before_a_bid(tmp_path):
    # guangdong-2026 (shared sample): 等项目 closes the list; 项目 is no site
    got = _places(tmp_path, "广东省政府工作报告",
                  "推动海上丝绸之路、潮州古城、肇庆古城墙等项目申报世界文化遗产。")
    assert not {p for p in got if "项目" in p}


def test_taiwan_beside_hong_kong_and_macao(tmp_path):
    # jiangsu-2026-review, zhejiang-2026-review
    got = _places(tmp_path, "江苏省政府工作报告",
                  "向关心和支持江苏现代化建设的香港同胞、澳门同胞、台湾同胞、海外侨胞和各国朋友表示衷心感谢!")
    assert {"香港", "澳门", "台湾"} <= got


def test_a_town_in_the_style_of_a_place_elsewhere_is_not_in_it(tmp_path):
    # fujian-2026: 平潭台湾小镇 is in 平潭
    links = review_located(tmp_path, "推动涉台园区高质量发展,推进平潭台湾小镇创新发展。", "福建省政府工作报告")
    assert not {(p, q) for p, q in links if q == "台湾"}
