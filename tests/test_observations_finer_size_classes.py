"""A finer size class counted after 其中 ("新签约亿元以上项目186个,其中50亿元以上项目6个") is part of
the signed, brought-in or started count before it and keeps its verb (ANNOTATION: the measure as the
report names it; obs_size_class_leads.txt), on sentences written for the test in the genre's
phrasing (invented figures, not copied from any report read)."""
from .test_observations_structure_and_size_classes import found


def test_a_finer_size_class_keeps_the_verb_of_the_count_it_is_part_of(tmp_path):
    got = found(tmp_path, "全年新签约亿元以上项目186个,其中50亿元以上项目6个。"
                          "全年引进亿元以上产业项目87个,其中10亿元以上项目21个。"
                          "全年新开工亿元以上项目64个,其中百亿元以上项目2个。\n")
    assert ("新签约亿元以上项目", "186", "个", "actual", 2019) in got
    assert ("新签约50亿元以上项目", "6", "个", "actual", 2019) in got
    assert ("引进10亿元以上项目", "21", "个", "actual", 2019) in got
    assert ("新开工百亿元以上项目", "2", "个", "actual", 2019) in got
    assert not any(r[0] in ("50亿元以上项目", "10亿元以上项目", "百亿元以上项目") for r in got), got


def test_the_sum_the_count_is_classed_by_goes_with_the_verb(tmp_path):
    got = found(tmp_path, "全年新招引总投资10亿元以上项目62个,其中50亿元以上项目9个。\n")
    assert ("新招引总投资50亿元以上项目", "9", "个", "actual", 2019) in got


def test_a_count_with_no_verb_of_its_own_or_no_size_class_leaves_the_class_alone(tmp_path):
    got = found(tmp_path, "全年实施5000万元以上项目1150个,其中亿元以上项目320个。"
                          "新签约招商项目45个,协议引资206亿元,其中亿元以上项目28个。"
                          "全年新签约招商项目42个,其中10亿元以上6个。\n")
    assert ("亿元以上项目", "320", "个", "actual", 2019) in got  # 实施 carries a count on
    assert ("亿元以上项目", "28", "个", "actual", 2019) in got  # the count before has no size class
    assert ("10亿元以上项目", "6", "个", "actual", 2019) in got
