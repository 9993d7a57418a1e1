"""The place a scenic area is named after (kg/extract/nested_names.py: scenic_area_cores), a valley by
its head 谷 (place_suffixes.txt), the parts of the report's own province named by its
one-character form and a direction (kg/extract/scope_regions.py: own_province_parts) and a
province's honour for its people (place_honour_title_heads.txt: 江苏好人, no place), on real
sentences (each report is named). Each sentence is put in a small report of the same area, so the
rule under test is the one that decides."""
from __future__ import annotations

from tests.test_nested_feature_names import mentions

# jishou-2018 (吉首市, Hunan) and jiangxi-2017 (江西省) of the pool u38, hailar-2013 (海拉尔区, Inner
# Mongolia), qianjiang-2019 (a sample)
JISHOU = "2018年吉首市政府工作报告"
JIANGXI = "2017年江西省政府工作报告(全文)"
HAILAR = "政府工作报告\n----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上"
QIANJIANG = "2019年重庆市黔江区政府工作报告"


def test_the_proper_name_opening_a_scenic_area_is_a_place(tmp_path):
    # 德夯 is no word jieba reads as a place and ends in no toponym head: the area is named after it
    found = mentions(tmp_path, JISHOU, "完成《旅游产业发展总体规划》和《德夯风景名胜区总体规划》修编。")
    assert ("Place", "德夯") in found
    assert ("Place", "德夯风景名胜区") in found


def test_a_scenic_area_named_by_a_rare_word_holds_it(tmp_path):
    found = mentions(tmp_path, QIANJIANG, "芭拉胡景区通过市级景区管理服务业标准化试点示范项目验收。")
    assert ("Place", "芭拉胡") in found


def test_a_scenic_area_of_a_kind_holds_no_place(tmp_path):
    # hailar-2013: "两河圣山旅游景区": 旅游 is a word of the kind, the stem is no name of its own
    found = mentions(tmp_path, HAILAR, "加快两河圣山旅游景区建设，重点抓好中华天竺苑、西航大元文化城等项目。")
    assert ("Place", "两河圣山旅游") not in found


def test_a_part_of_the_own_province_beside_another_is_a_place(tmp_path):
    found = mentions(tmp_path, JIANGXI, "赣南等原中央苏区主要经济指标增速高于全省平均水平，赣东北、赣西两翼发展活力增强。")
    assert ("Place", "赣西") in found
    assert ("Place", "赣东北") in found


def test_a_province_part_named_alone_before_works_is_no_place(tmp_path):
    # hailar-2013: 蒙西 is a company's trade name here, not the west of Inner Mongolia
    found = mentions(tmp_path, HAILAR, "全年实施重点工业项目34个，古纳河酒业二期、麦福劳公司综合技改、蒙西商品砼等项目全面完工。")
    assert ("Place", "蒙西") not in found


def test_a_valley_opening_a_facility_is_a_place(tmp_path):
    # 谷 heads a valley's name as 峡谷 does; the centre is named after the valley (ANNOTATION rule 8)
    found = mentions(tmp_path, JISHOU, "红枫谷康养中心获批“第三批全国森林康养示范基地”。")
    assert ("Place", "红枫谷") in found


def test_a_coined_valley_of_one_character_is_no_place(tmp_path):
    # a Hubei press report (极目新闻, 2023-01-15): 光谷 is the Optics Valley zone's coined name
    found = mentions(tmp_path, "2023年湖北省政府工作报告",
                     "光谷核心区“一纵两横一环”七条骨干道路连网成环，光谷集成电路创新联盟组建成立，武汉超算中心建成投用。")
    assert not any(t == "Place" and n.endswith("谷") for t, n in found)


def test_a_province_naming_an_honour_for_its_people_is_no_place(tmp_path):
    # siyang-2019 (泗阳县, Jiangsu) of the pool u37: 江苏好人 is an honour's title, as 中国好人 is
    found = mentions(tmp_path, "政府工作报告\n马伟在泗阳县第十七届人民代表大会第三次会议上的报告",
                     "新上榜中国好人1名、江苏好人4名，被列为省新时代文明实践中心建设试点单位。")
    assert ("Place", "江苏") not in found
