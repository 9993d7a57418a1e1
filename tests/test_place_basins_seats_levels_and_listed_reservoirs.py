"""Places: a water's basin is the water, a county's seat and a level word name no place, a verb opens
no listed river, and each reservoir listed before a drinking-water source is a place (issue 9)."""
from __future__ import annotations

from kg.pipeline import build, predictions
from tests.conftest import report_names

NATIONAL = "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上"
COUNTY = "2019年某省甲县政府工作报告"


def _places(tmp_path, head: str, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "各位代表：", "一、2018年工作回顾", *sentences)


def _place_entities(tmp_path, head: str, *sentences: str) -> dict[str, list[str]]:
    path = tmp_path / "basin.txt"
    path.write_text("\n".join((head, "各位代表：", "一、2018年工作回顾") + sentences) + "\n", encoding="utf-8")
    return {p["name"]: p["aliases"] for p in predictions(build(path).rdf) if p.get("type") == "Place"}


def test_a_basin_is_its_water_with_the_basin_an_alias(tmp_path):
    # national-2017: the samples' gold writes 长江 with the alias 长江流域, one place
    found = _place_entities(tmp_path, NATIONAL, "去年部分地区特别是长江流域发生严重洪涝等灾害，长江经济带发展成效明显。")
    assert "长江流域" in found["长江"] and "长江流域" not in found
    # a river the report names only by its basin is still the river (made-up grammar example)
    found = _place_entities(tmp_path, COUNTY, "开工建设淮河流域防洪治理工程。")
    assert "淮河流域" in found["淮河"] and "淮河流域" not in found


def test_a_basin_of_a_kind_stays_no_water(tmp_path):
    # qianjiang-2019: "重点流域" is a kind of basin, not a river's
    found = _place_entities(tmp_path, COUNTY, "加强重点流域综合治理，保持黔江河水质稳定。")
    assert not any(name in ("重点", "重点流域") for name in found)


def test_the_county_seat_as_a_common_noun_is_no_place(tmp_path):
    # made-up grammar examples: 县城 before a plant's head and as a route's end
    found = _places(tmp_path, COUNTY, "县城污水处理厂扩建完工。", "新修县城至东坪乡公路。")
    assert "县城" not in found and "东坪乡" in found


def test_a_level_word_after_a_division_head_is_no_village(tmp_path):
    # made-up grammar example: 村级 is a level (village-level); a guard (the miss it fixes, "新建村"
    # before 村级, shows only where a report's towns are known)
    assert not any(p.endswith("村") for p in _places(tmp_path, COUNTY, "新建村级卫生室20个。"))


def test_a_verb_opens_no_listed_river(tmp_path):
    # made-up grammar example: the sibling of a river found is the river, not the verb before it
    found = _places(tmp_path, COUNTY, "完成沙河、大清河河道治理。")
    assert not any(p.startswith("完成") for p in found)


def test_each_reservoir_listed_before_a_water_source_is_a_place(tmp_path):
    # made-up grammar example: the source's words speak of every reservoir of the list
    found = _places(tmp_path, COUNTY, "划定岚峪水库、鲁家峪水库、岱岩水库饮用水水源保护区。")
    assert {"岚峪水库", "鲁家峪水库", "岱岩水库"} <= found


def test_historic_buildings_before_the_works_that_protect_them(tmp_path):
    # qianjiang-2019 (gold: 三台书院, 草圭堂)
    found = _places(tmp_path, COUNTY, "全面完工三台书院、草圭堂维修保护工程。")
    assert {"三台书院", "草圭堂"} <= found
    # made-up grammar examples: each listed building, the verb and a joining word before it cut off
    found = _places(tmp_path, COUNTY, "完成观音阁复建、西城门修复和城墙贯通。", "钟家大院、李家祠堂修缮完成。")
    assert {"观音阁", "西城门", "钟家大院", "李家祠堂"} <= found
    # buildings named by their use are no historic sites
    found = _places(tmp_path, COUNTY, "完成教学楼、办公楼维修改造，推进少年宫修缮。")
    assert not {"教学楼", "办公楼", "少年宫"} & found


def test_kinds_and_counts_of_areas_are_no_names(tmp_path):
    # made-up grammar examples: a bonded or deep-water port area takes the name before its kind; an
    # urban village, a new building and a count of zones name no place (ANNOTATION rule 11)
    found = _places(tmp_path, COUNTY, "洋浦保税港区集装箱吞吐量增长10%。")
    assert "保税港区" not in found
    found = _places(tmp_path, COUNTY, "城中村拆迁完成800户。", "加快县档案馆新馆、县体育中心建设。",
                    "甲开发区、乙工业园两大园区实现营业收入300亿元。")
    assert not {"城中村", "新馆", "三大园区"} & found
    found = _places(tmp_path, COUNTY, "全县江河湖泊全面落实河长制，排除堰塞湖隐患，发展都市农业。")
    assert not {"江河湖泊", "堰塞湖", "都市"} & found


def test_a_foreign_city_jieba_reads_as_a_common_noun_after_its_country(tmp_path):
    # made-up grammar example: a city after its country, and a Thai province (府), are places;
    # "友好城市" is a city in general
    found = _places(tmp_path, COUNTY, "与老挝琅勃拉邦市、泰国清莱府签署合作备忘录，同马来西亚建立友好城市关系。")
    assert {"琅勃拉邦市", "清莱府"} <= found and not any(p.endswith("城市") for p in found)


def test_the_university_town_of_a_district_report_is_a_place(tmp_path):
    # made-up grammar example: a quarter named by its kind, as 新城 is (ANNOTATION Place)
    assert "大学城" in _places(tmp_path, COUNTY, "大学城入驻高校达到8所，新建学生公寓2000套。")
