"""A generating unit (机组: lexicon project_numbered_unit_heads.txt, read by projects._names_a_kind and
projects._extend_over_heads) is one works only where its number names it ("宁德核电6号机组"); without a
number the words before it name a kind or an amount of units (a capacity class, a technology, an amount
retrofitted), and after a plant's name the plant is the works ("三峡左岸电站机组全部建成发电"). Sentences
of tests/real: guizhou-2026-outline, national-2007-review, neimenggu-2026-review, fujian-2026-review,
hainan-2026."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_units_of_a_kind_or_amount_are_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "深入实施节能降碳改造，推动30万千瓦级煤电机组“上大压小”，加快钢铁、水泥等重点行业"
                                  "超低排放改造。", "贵州省政府工作报告")
    assert_found(projects, set(), {"30万千瓦级煤电机组"})
    projects, _, _ = review_graph(tmp_path, "开展百万千瓦级核电机组、超超临界火电机组、新型船舶等设备自主化工作，启动高档数控机床"
                                  "和重要基础制造装备等重大专项。", "国务院政府工作报告")
    assert_found(projects, set(), {"超超临界火电机组", "百万千瓦级核电机组"})
    projects, _, _ = review_graph(tmp_path, "完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造，优良天数比例"
                                  "保持在90%以上。", "内蒙古自治区政府工作报告")
    assert_found(projects, set(), {"2100万千瓦火电机组"})


def test_the_plant_not_its_units_is_the_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "青藏铁路全线通车，三峡左岸电站机组全部建成发电，金沙江向家坝水电站开工建设。",
                                  "国务院政府工作报告")
    assert_found(projects, {"三峡左岸电站", "青藏铁路"}, {"三峡左岸电站机组"})


def test_a_unit_named_by_its_number_stays_one_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "宁德核电6号机组、温福高铁、厦漳泉R1线先行段、沈海高速漳诏段扩容工程等开工建设。",
                                  "福建省政府工作报告")
    assert_found(projects, {"宁德核电6号机组", "温福高铁"}, {"宁德核电"})
    projects, _, _ = review_graph(tmp_path, "适度超前推进电力基础设施建设，实现昌江核电二期三号机组并网发电，加快建设海南—广东"
                                  "第三回500千伏交流线路工程。", "海南省政府工作报告")
    assert_found(projects, {"昌江核电二期三号机组"}, set())
