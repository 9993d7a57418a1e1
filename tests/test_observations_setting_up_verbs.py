"""Verbs that set up the bodies, funds or posts a clause counts (组建, 设立) are no part of what is
counted (ANNOTATION: the measure "without the verb or the number"; measure_words.txt, role act), on
sentences written for the test in the genre's phrasing (invented names and figures, not copied from
any report read)."""
from .test_observations_structure_and_size_classes import found


def test_a_verb_of_setting_up_is_no_part_of_what_is_counted(tmp_path):
    got = found(tmp_path, "全年组建农民专业合作社120家,组建县域医共体4个、城市医疗集团2个。"
                          "全年设立便民服务站46个。\n")
    assert ("农民专业合作社", "120", "家", "actual", 2019) in got
    assert ("县域医共体", "4", "个", "actual", 2019) in got
    assert ("便民服务站", "46", "个", "actual", 2019) in got
    assert not any(r[0].startswith(("组建", "设立")) for r in got), got


def test_new_registrations_and_the_registering_time_keep_their_words(tmp_path):
    got = found(tmp_path, "全年新设立企业1280家,企业设立登记时间压缩至3个工作日。\n")
    assert ("新设立企业", "1280", "家", "actual", 2019) in got
    assert any(r[0] == "企业设立登记时间" for r in got), got
