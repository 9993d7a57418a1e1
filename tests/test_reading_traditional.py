"""A report reposted in traditional characters (政府工作報告) is read in simplified characters, a
character for a character, so it gives what the simplified report gives and its offsets still point
into the file as written (kg/text/reading.py, kg/lexicons/traditional_chars.tsv from OpenCC)."""
from __future__ import annotations

from kg.pipeline import build, predictions
from kg.text.reading import read_source

SIMPLIFIED = """2019年黔江区政府工作报告
各位代表：
一、2018年工作回顾
全区实现地区生产总值250亿元，增长7.5%。黔江至石柱高速公路开工建设，重庆旅游投资集团投资建设濯水景区游客中心。
二、2019年工作安排
地区生产总值增长7%左右，一般公共预算收入增长5%。
"""
# the same report as a Hong Kong or Taiwan site reposts it (written here by hand)
TRADITIONAL = """2019年黔江區政府工作報告
各位代表：
一、2018年工作回顧
全區實現地區生產總值250億元，增長7.5%。黔江至石柱高速公路開工建設，重慶旅遊投資集團投資建設濯水景區遊客中心。
二、2019年工作安排
地區生產總值增長7%左右，一般公共預算收入增長5%。
"""


def facts(path):
    return sorted((p["type"], p.get("name", ""), str(p.get("value", "")), str(p.get("period", "")))
                  for p in predictions(build(path).rdf))


def test_a_traditional_copy_gives_what_the_simplified_report_gives(tmp_path):
    # the same facts, each name written as the copy writes it (ANNOTATION: "as written"; session 65:
    # a city's excerpt in traditional characters is annotated so)
    from kg.text.reading import _traditional_table
    simplified, traditional = tmp_path / "s.txt", tmp_path / "t.txt"
    simplified.write_text(SIMPLIFIED, encoding="utf-8")
    traditional.write_text(TRADITIONAL, encoding="big5")  # as such sites serve it
    got = facts(traditional)
    table = str.maketrans(_traditional_table())
    assert sorted(tuple(x.translate(table) for x in fact) for fact in got) == facts(simplified)
    names = {name for _, name, _, _ in got}
    assert {"地區生產總值", "重慶旅遊投資集團"} <= names and len(got) > 8
    assert "重庆旅游投资集团" not in names


def test_a_traditional_copy_keeps_its_offsets(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    source = read_source(path)
    at = source.text.index("重庆旅游投资集团")
    start, end = source.original_span(at, at + len("重庆旅游投资集团"))
    assert source.original[start:end] == "重慶旅遊投資集團"


def test_a_simplified_report_with_a_few_traditional_characters_is_left_as_written(tmp_path):
    # a name or a quotation in traditional characters inside a simplified report stays as it is
    path = tmp_path / "s.txt"
    path.write_text(SIMPLIFIED.replace("濯水景区游客中心", "濯水景区游客中心（題字：濯水古鎮）"), encoding="utf-8")
    text = read_source(path).text
    assert "題字" in text and "濯水古鎮" in text


def names(path):
    """Each entity's (type, label) with its other names, as the graph says them."""
    return {(p["type"], p["name"]): set(p["aliases"]) for p in predictions(build(path).rdf)
            if p["type"] in ("Place", "Organization", "Project")}


def test_a_traditional_copy_keeps_the_simplified_names_as_aliases(tmp_path):
    # named as written (重慶旅遊投資集團), found by a search in simplified characters too; a name the copy
    # writes as the simplified report does gains nothing, and a simplified report gains no traditional name
    simplified, traditional = tmp_path / "s.txt", tmp_path / "t.txt"
    simplified.write_text(SIMPLIFIED, encoding="utf-8")
    traditional.write_text(TRADITIONAL, encoding="big5")
    got, plain = names(traditional), names(simplified)
    assert "重庆旅游投资集团" in got[("Organization", "重慶旅遊投資集團")]
    assert "濯水景区游客中心" in got[("Project", "濯水景區遊客中心")]
    assert got[("Project", "黔江至石柱高速公路")] == plain[("Project", "黔江至石柱高速公路")]
    assert not any(a in TRADITIONAL and a not in SIMPLIFIED for k in plain for a in plain[k] | {k[1]})
