"""A page that wrote pronunciation notes into its characters ("奉節(jié)縣", "報(bào)告": some reposting sites do,
in traditional and in simplified copies) is read without them (kg/text/reading.py `_drop_noise`); each
name found in such a span is also given, as an alias, as the copy writes it (kg/resolve/entities.py
`_names_as_copied`): ANNOTATION names an entity "as written", and a user who searches the graph with a
name copied from the page finds it. Sentences written here in the genre."""
from __future__ import annotations

from kg.pipeline import build, predictions

NOTED = ("2010年奉節(jié)縣政府工作報(bào)告\n各位代表：\n"
         "奉節(jié)縣人民政府投資建設長(zhǎng)江大橋，市政協(xié)委員視察，地區生產總值增長10%。三峽庫區(qū)生態保護成效明顯。\n")
CLEAN = ("2010年奉節縣政府工作報告\n各位代表：\n"
         "奉節縣人民政府投資建設長江大橋，市政協委員視察，地區生產總值增長10%。三峽庫區生態保護成效明顯。\n")


def _names(path):
    return {(p["type"], n) for p in predictions(build(path).rdf) if "name" in p
            for n in [p["name"], *p.get("aliases", [])]}


def test_a_name_with_a_pronunciation_note_is_found_as_the_copy_writes_it(tmp_path):
    noted, clean = tmp_path / "2010-noted.txt", tmp_path / "2010-clean.txt"
    noted.write_text(NOTED, encoding="utf-8")
    clean.write_text(CLEAN, encoding="utf-8")
    got, plain = _names(noted), _names(clean)
    assert ("Place", "奉節(jié)縣") in got and ("Organization", "奉節(jié)縣人民政府") in got
    assert ("Project", "長(zhǎng)江大橋") in got
    # a note on the name's last character ends its copy: 市政協(xié), not 市政協
    assert ("Organization", "市政協(xié)") in got
    # the clean names stay (label and aliases of the clean copy are all there): the note adds, never replaces
    assert plain <= got
    # a note outside a name's span adds nothing to it: 地區生產總值 holds none, and no name takes 報(bào)告's note
    assert not any("(" in n for t, n in got if t == "Indicator")
    assert not any("bào" in n for _, n in got)


def test_a_note_in_full_width_brackets_is_copied_too(tmp_path):
    # the reading drops "（jié）" as it drops "(jié)" (NFKC first); the copy keeps the page's own brackets
    noted = tmp_path / "2010-noted.txt"
    noted.write_text(NOTED.replace("(", "（").replace(")", "）"), encoding="utf-8")
    got = _names(noted)
    assert ("Place", "奉節(jié)縣") in got  # NFKC, as score.py compares names
    assert ("Organization", "市政協(xié)") in got


def test_a_copy_without_notes_gets_no_copied_alias(tmp_path):
    clean = tmp_path / "2010-clean.txt"
    clean.write_text(CLEAN.replace("10%。", "10%(预计)。"), encoding="utf-8")  # a bracket that is no note
    assert not any("(" in n and t != "Indicator" for t, n in _names(clean))


def _found(tmp_path, sentence):
    path = tmp_path / "2012-some.txt"
    path.write_text("2012年某县政府工作报告\n各位代表：\n" + sentence + "\n", encoding="utf-8")
    return {(m.type, m.text) for m in build(path).mentions}


def test_sectors_counted_before_a_shared_head_are_no_areas(tmp_path):
    # (kg/extract/places.py listed_areas, place_counted_sector_kinds.txt) sentences written in the genre
    got = _found(tmp_path, "硅工业、食品工业、新型建材、机械汽配四大产业板块集群发展。")
    assert not any(t == "Place" for t, _ in got)
    got = _found(tmp_path, "行政中心、机场路两大片区建设加快。")  # near miss: a count of areas still names them
    assert {("Place", "行政中心"), ("Place", "机场路")} <= got


def test_groups_of_provinces_by_region_and_count(tmp_path):
    got = _found(tmp_path, "与中部六省开展产业合作，推动长三角三省一市协同，加强西北五省区交流。")
    assert {("Place", "中部六省"), ("Place", "长三角三省一市"), ("Place", "西北五省区")} <= got
    assert ("Place", "西北五省") not in got  # the longest form written wins


def test_a_figurative_sea_ending_a_trade_name_is_no_sea(tmp_path):
    got = _found(tmp_path, "全力推进甲奇蓝海速冻食品等50个5000万元以上项目开工建设。")
    assert ("Project", "甲奇蓝海速冻食品") in got and ("Place", "甲奇蓝海") not in got


def test_a_listed_description_is_no_works(tmp_path):
    # hailar-2012: 无公害 (pollution-free) qualifies the vegetable bases, it names no works of its own
    # (kg/extract/projects.py _one_descriptive_word); a three-character coined name still is one
    got = _found(tmp_path, "重点实施无公害、反季节蔬菜基地等项目建设。甲易行、乙斯托特克等56个重点项目竣工投产。")
    assert ("Project", "无公害") not in got and ("Organization", "无公害") not in got
    assert ("Project", "反季节蔬菜基地") in got and ("Project", "甲易行") in got


def test_a_corridor_named_by_city_pairs_has_no_company(tmp_path):
    # liaoning-2026: 沈大 (沈阳–大连) before 哈长 (a region): the corridor of two city pairs, no company's
    # site (kg/extract/organizations.py _company_before_site), once 东北三省一区 is a place of its own
    got = _found(tmp_path, "推动东北三省一区共建沈大哈长产业科技创新带，建设沈大经济走廊。")
    assert ("Place", "东北三省一区") in got
    assert ("Organization", "沈大") not in got


def test_a_landform_before_an_area_head_stays_a_place(tmp_path):
    # qianjiang-2019: "武陵山片区" keeps 武陵山, the mountains it is named after (rule 8); a bare stem
    # before 片区 that is no known place is dropped (s67 plc: "某家仙河片区")
    got = _found(tmp_path, "探索建立渝东南地区、武陵山片区联动融合发展体制机制。")
    assert ("Place", "武陵山") in got and ("Place", "武陵山片区") in got
