"""A county far from the report's province named by its short form where the sentence says which
county it is: after its province ("四川汶川", "甘肃舟曲"), listed after another county of that province
("云南鲁甸、景谷等地", national-2015-review), or before the disaster that struck it
(place_disaster_words.txt: "汶川灾后恢复重建", "舟曲特大山洪泥石流": national-2010…2013-review); and the
country in the State Council's closing thanks ("关心和支持中国现代化建设": place_alone_after.txt,
national-2004…2012-review)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

HEAD = ("国务院政府工作报告", "", "一、过去一年工作回顾", "")


def test_a_county_named_before_its_disaster(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD,
                       "汶川灾后恢复重建三年任务两年基本完成,玉树强烈地震和舟曲特大山洪泥石流灾后恢复重建有序推进。")
    assert_found(got, {"汶川", "舟曲", "玉树"}, set())


def test_a_county_after_its_province_and_listed_after_it(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD,
                       "去年云南鲁甸、景谷等地发生较强地震,我们及时高效展开抗震救灾,灾后恢复重建顺利推进。")
    assert_found(got, {"云南", "鲁甸", "景谷"}, set())


def test_a_county_short_form_alone_far_from_home_stays_out(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "重建后的景谷面貌一新。")
    assert_found(got, set(), {"景谷"})


def test_the_country_whose_modernization_friends_support(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "向关心和支持中国现代化建设的各国政府、国际组织和各国朋友表示诚挚的感谢!")
    assert_found(got, {"中国"}, set())


def test_the_slogan_of_chinese_modernization_is_no_place(tmp_path):
    got = report_names(tmp_path, "Place", *HEAD, "奋力谱写中国式现代化新篇章。")
    assert_found(got, set(), {"中国"})
