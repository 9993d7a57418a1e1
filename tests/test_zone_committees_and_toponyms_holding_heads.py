"""A zone's administrative committee named by the zone's kind alone ("高新区管委会", "经开区管委会") is one
body in a city's or county's report, the committee of its own zone (ANNOTATION rule 11; as
正阳工业园区管委会 and 新城管委会 are in the gold), with the zone a place inside it (rule 8); in a
province's report, or counted ("各开发区管委会"), it is every zone's. 经开区 is one word (jieba cut it
经/开区, giving 开区管委会). A toponym head inside a place's name that jieba keeps whole ("阿拉山口": 山)
ends no place ("阿拉山"): the whole toponym is the place; a far county's short form before 口岸
("二连浩特口岸") is that county. Sentences written in the genre's phrasing."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source

CITY = "政府工作报告\n——2024年1月在绵阳市第八届人民代表大会第五次会议上\n各位代表：\n二、2024年工作安排\n"
UNNAMED = "某市2024年政府工作报告\n二、2024年工作安排\n"
PROVINCE = "政府工作报告\n——2024年1月在四川省第十四届人民代表大会第二次会议上\n各位代表：\n二、2024年工作安排\n"


def mentions(tmp_path, head: str, *sentences: str) -> set[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(head + "\n".join(sentences) + "\n", encoding="utf-8")
    return {(m.type, m.text) for m in extract_mentions(parse_document(read_source(path)))}


def test_the_committee_of_the_reports_own_zone_is_one_body(tmp_path):
    got = mentions(tmp_path, CITY, "高新区管委会牵头组建产业创新联盟。", "经开区管委会与某某集团签订合作协议。")
    assert {("Organization", "高新区管委会"), ("Organization", "经开区管委会")} <= got
    assert {("Place", "高新区"), ("Place", "经开区")} <= got  # the zone inside the committee's name
    assert ("Organization", "开区管委会") not in got  # 经开区 is one word


def test_a_zone_committee_in_a_report_of_unknown_area(tmp_path):
    got = mentions(tmp_path, UNNAMED, "开发区管委会组织园区企业参加招商推介会。")
    assert ("Organization", "开发区管委会") in got


def test_zone_committees_counted_or_in_a_provinces_report_are_every_zones(tmp_path):
    assert ("Organization", "开发区管委会") not in mentions(tmp_path, PROVINCE, "赋予开发区管委会更大经济管理权限。")
    assert ("Organization", "开发区管委会") not in mentions(tmp_path, CITY, "赋予各开发区管委会更大经济管理权限。")


def test_a_head_inside_a_toponym_kept_whole_ends_no_place(tmp_path):
    got = mentions(tmp_path, UNNAMED, "阿拉山口综合保税区封关运营，进出口总额增长18%。",
                   "石河子经济技术开发区新签约项目15个。")
    assert ("Place", "阿拉山") not in got and ("Place", "石河") not in got
    assert {("Place", "阿拉山口"), ("Place", "阿拉山口综合保税区")} <= got


def test_a_committees_walk_runs_through_its_zones_kind(tmp_path):
    # jieba reads 重点/开发/开放 as verbs, where the walk from the head stopped: the zone's kind is one name
    got = mentions(tmp_path, UNNAMED, "满洲里重点开发开放试验区管委会挂牌运行。")
    assert ("Organization", "满洲里重点开发开放试验区管委会") in got
    assert ("Organization", "试验区管委会") not in got


def test_a_border_port_named_after_a_far_county(tmp_path):
    # a county's short form far from home is refused as a likely homonym, but not before 口岸: ports are
    # named after their county, which is a place inside the port's name (rule 8)
    got = mentions(tmp_path, UNNAMED, "满洲里口岸、二连浩特口岸过货量分别增长12%和9%。")
    assert {("Place", "满洲里"), ("Place", "二连浩特"), ("Place", "二连浩特口岸")} <= got


def test_counted_zones_and_their_committees_name_none(tmp_path):
    got = mentions(tmp_path, CITY, "某某集团与两个产业园区管委会签订合作协议。", "各园区管委会要压实安全生产责任。")
    assert ("Place", "两个产业园区") not in got  # a count of zones, no zone's name
    assert ("Organization", "园区管委会") not in got and ("Organization", "产业园区管委会") not in got
