"""Places and zone committees on report text never seen (issue 9, found by probing). A zone committee after
a level ("市高新区管委会") or written in full ("经济开发区管理委员会") is one body: the department pattern took
its span ("市高新区管委", "区管理委员会") and found no department, so the committee's head is read where it
starts; 临空经济区 and 空港经济区 are kinds a local report names its own zone by. The state of what a renewal
works treats ("老旧", "雨污") is no company opening the works' name. A regional plan's area named after a region
or a city ("呼包鄂榆城市群", "南京都市圈") is one place, but not where a list's items share the head
("广州、深圳都市圈") nor inside a plan's title ("…城市群发展规划"). 太湖 and 巢湖, two of the five great
lakes, are the lakes far from the divisions of those short forms; a world region before 地区 in jieba's one word
("东南亚地区") or before 市场 ("拉美市场") stands as a place; a martyrs' cemetery (陵园) names a place.
Sentences written in the genre's phrasing."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source

UNNAMED = "某市2024年政府工作报告\n二、2024年工作安排\n"


def mentions(tmp_path, *sentences: str) -> set[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(UNNAMED + "\n".join(sentences) + "\n", encoding="utf-8")
    return {(m.type, m.text) for m in extract_mentions(parse_document(read_source(path)))}


def test_a_zone_committee_after_a_level_or_written_in_full(tmp_path):
    got = mentions(tmp_path, "市高新区管委会成功获批省级创新型园区。", "理顺县经济开发区管理委员会管理体制。",
                   "组建临空经济区管委会,推进人事薪酬制度改革。", "市发改委会同市财政局制定实施方案。")
    assert {("Organization", "市高新区管委会"), ("Organization", "县经济开发区管理委员会"),
            ("Organization", "临空经济区管委会")} <= got
    assert {("Organization", "市发改委"), ("Organization", "市财政局")} <= got  # 委 before 会同 stays a department


def test_the_state_of_what_is_renewed_is_no_company(tmp_path):
    got = mentions(tmp_path, "沙河口区老旧小区改造惠及居民1.2万户。", "启动金桂苑小区雨污分流改造。")
    assert ("Organization", "老旧") not in got and ("Organization", "雨污") not in got
    assert {("Place", "沙河口区"), ("Place", "金桂苑小区")} <= got


def test_a_regional_plans_area_named_after_a_region_or_city(tmp_path):
    got = mentions(tmp_path, "加快建设呼包鄂榆城市群。", "主动融入南京都市圈。", "优化提升武汉、长沙都市圈。",
                   "研究制定北部湾城市群发展规划。")
    assert {("Place", "呼包鄂榆城市群"), ("Place", "南京都市圈"), ("Place", "长沙")} <= got
    assert ("Place", "长沙都市圈") not in got  # the head is shared by the list's items
    assert ("Place", "北部湾城市群") not in got  # inside a plan's title


def test_great_lakes_named_like_divisions(tmp_path):
    got = mentions(tmp_path, "巢湖综合治理取得阶段性成效。", "太湖、洪泽湖水质持续改善。")
    assert {("Place", "巢湖"), ("Place", "太湖"), ("Place", "洪泽湖")} <= got


def test_world_regions_before_region_and_market_words(tmp_path):
    got = mentions(tmp_path, "深化与中亚、东南亚地区的经贸合作。", "拓展中东欧、拉美市场。", "积极开拓中国市场。")
    assert {("Place", "东南亚"), ("Place", "拉美")} <= got
    assert ("Place", "中国") not in got  # the country before 市场 is asked as before


def test_a_martyrs_cemetery_names_a_place(tmp_path):
    got = mentions(tmp_path, "依托井冈山革命烈士陵园开展红色教育培训3200场次。")
    assert ("Place", "井冈山革命烈士陵园") in got
