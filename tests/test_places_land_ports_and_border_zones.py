"""Land border ports named after no division (place_land_ports.txt): the port by its name + 口岸 is one
place, and the town or pass it is named after a place of its own inside it (ANNOTATION rule 8: "水口口岸"
holds 水口; "阿拉山口口岸" holds 阿拉山口, not a cut 阿拉山); a port's name of three characters or more
stands alone as a place ("经友谊关出境"); a county's name before a port ("龙州水口口岸") is the county's,
not part of the port's name. And a State Council border zone named after its place ("凭祥重点开发开放
试验区", "东兴国家重点开发开放试验区") is a place the report speaks of (rule 11) unless the sentence builds
it. Sentences written in the genre's phrasing (figures and companies changed)."""
from __future__ import annotations

from kg.extract import extract_mentions
from kg.pipeline import build, predictions
from kg.text.document import parse_document
from kg.text.reading import read_source

HEAD = "政府工作报告\n——在某某市第五届人民代表大会第三次会议上\n各位代表：\n一、2021年工作回顾\n"


def place_names(tmp_path, *sentences: str, head: str = HEAD) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text(head + "\n".join(sentences) + "\n", encoding="utf-8")
    return {p["name"] for p in predictions(build(path).rdf) if p.get("type") == "Place"}


def mentions(tmp_path, *sentences: str) -> set[tuple[str, str]]:
    path = tmp_path / "m.txt"
    path.write_text(HEAD + "\n".join(sentences) + "\n", encoding="utf-8")
    return {(m.type, m.text) for m in extract_mentions(parse_document(read_source(path)))}


def test_a_port_named_after_a_town_is_a_place_holding_the_town(tmp_path):
    got = place_names(tmp_path, "依托爱店口岸优势，引进坚果加工企业12家。",
                      "龙州水口口岸进出口贸易总额增长15%。")
    assert {"爱店口岸", "爱店", "水口口岸", "水口"} <= got
    assert "龙州水口口岸" not in got  # the county's short form opens the clause, not the port's name


def test_a_port_ending_in_kou_keeps_its_whole_name(tmp_path):
    got = place_names(tmp_path, "全力提升阿拉山口口岸通关能力，中欧班列过货量增长20%。")
    assert "阿拉山口口岸" in got and {"阿拉山口", "阿拉山口市"} & got  # the city, by its short form out of Xinjiang
    assert "阿拉山" not in got


def test_a_long_port_name_stands_alone(tmp_path):
    got = place_names(tmp_path, "开通南宁经友谊关至河内的跨境货运班车。",
                      "吐尔尕特和伊尔克什坦两个口岸过货量稳步增长。")
    assert {"友谊关", "吐尔尕特", "伊尔克什坦"} <= got
    assert "友谊关至河内" not in got


def test_short_port_names_only_with_kouan(tmp_path):
    # 水口 and 天保 are common words or programmes alone ("排水口", "天保工程"): no place without 口岸
    got = mentions(tmp_path, "完成城区排水口改造30处，实施天保工程二期。")
    assert ("Place", "水口") not in got and ("Place", "天保") not in got


def test_a_border_zone_named_after_its_place(tmp_path):
    # a Guangxi city's report: 凭祥 and 东兴 are its province's county-level cities
    got = place_names(tmp_path, "积极推进崇左片区与凭祥重点开发开放试验区协同发展。",
                      "东兴国家重点开发开放试验区新增入驻企业45家。", head=HEAD.replace("某某市", "崇左市"))
    assert {"凭祥重点开发开放试验区", "东兴国家重点开发开放试验区", "凭祥市", "东兴市"} <= got


def test_a_border_zone_being_built_is_no_place(tmp_path):
    # built or applied for, the zone is works or a designation (rule 3), not a place the report speaks of
    got = place_names(tmp_path, "加快建设凭祥重点开发开放试验区。", head=HEAD.replace("某某市", "崇左市"))
    assert "凭祥重点开发开放试验区" not in got
