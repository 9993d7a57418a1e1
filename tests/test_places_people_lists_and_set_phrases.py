"""Place rules (issue 9, session 22 qr22): people's names and set phrases taken for places on
unseen press pieces of sessions (bylines, lists of leaders, signature lines, "地委和县委", "齐聚一堂"),
on sentences written in the genre's phrasing; each sentence is put in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_name_after_a_role_inside_the_stem_is_no_place(tmp_path):
    # 链长 (the chain-leader system) before a name ending in a sea's head: a person, not 链长周振海
    names = found(tmp_path, "Place", "湖北省宜昌市人民政府工作报告",
                  "产业链链长周振海带队赴企业调研,协调解决用地问题。")
    assert not {n for n in names if "振海" in n}


def test_names_of_a_spaced_byline_are_no_place(tmp_path):
    # a byline's names written apart ("记者 甲 乙 丙"): normalized they run together ("赵明钱海洋")
    names = found(tmp_path, "Place", "山东省人民政府工作报告",
                  "(记者 陈立新 赵明 钱海洋 盛坤)今天上午,省十四届人大一次会议在济南开幕。")
    assert not {n for n in names if "海" in n}
    assert "济南" in names


def test_names_of_a_byline_after_a_colon_are_no_place(tmp_path):
    # "记者:甲 乙 丙": the first name right after the title's colon, the others after spaces
    names = found(tmp_path, "Place", "湖北省人民政府工作报告", "监制:某某记者:钱明 杨立珲 罗海洋 吴芳芳编辑:某某")
    assert not {n for n in names if "海洋" in n}


def test_a_space_inside_a_place_keeps_the_place(tmp_path):
    # text from a PDF often has a space inside a name: the place stays a place
    names = found(tmp_path, "Place", "吉林省白城市人民政府工作报告", "加快白鹭 湾湿地公园建设。", "推进查 干 湖保护。")
    assert {"白鹭湾", "查干湖"} <= names


def test_name_signed_under_a_title_line_is_no_place(tmp_path):
    names = found(tmp_path, "Place", "吉林省人民政府工作报告", "省长", "林德海", "各位代表:",
                  "加快查干湖旅游度假区建设。")
    assert "林德海" not in names
    assert "查干湖" in names


def test_river_named_in_a_list_of_people_is_a_person(tmp_path):
    names = found(tmp_path, "Place", "甘肃省兰州市人民政府工作报告",
                  "县领导王建国、刘晓燕、黄河、陈立新、张志刚等出席会议。")
    assert "黄河" not in names
    # a list of rivers keeps every river
    names = found(tmp_path, "Place", "甘肃省兰州市人民政府工作报告", "加强黄河、洮河、湟水河流域综合治理。")
    assert {"黄河", "洮河"} <= names


def test_conjunction_before_a_county_body_is_no_county(tmp_path):
    # "地委和县委": 和 joins two bodies; no county 和县 (Anhui) in a report of elsewhere
    names = found(tmp_path, "Place", "甘肃省定西市通渭县人民政府工作报告",
                  "在省委、市委和县委的坚强领导下,在县人大及其常委会和县政协的监督支持下,全县经济稳步增长。")
    assert "和县" not in names
    # the county's own report keeps its name
    assert "和县" in found(tmp_path, "Place", "安徽省马鞍山市和县人民政府工作报告",
                          "和县人民政府坚持稳中求进工作总基调。")


def test_four_character_phrase_counting_with_one_is_no_place(tmp_path):
    # "齐聚一堂": 一 counts the head (堂); no place of that name
    names = found(tmp_path, "Place", "四川省眉山市人民政府工作报告",
                  "三百余名代表齐聚一堂,共谋全县发展。")
    assert "齐聚一堂" not in names
