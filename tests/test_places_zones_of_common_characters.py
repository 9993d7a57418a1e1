"""A zone whose proper name is made of common characters (jieba tags it an adverb or a noun, so a
name's walk stops at the zone's head) is still a place where something other than its own words
bounds it: the 、 of a list beside a zone found a place (kg/extract/features.py, `_item_start`), or
the 在 and the verb of a site works are built at (kg/extract/built_sites.py). A kind, a rank, a count
or a verb before the head names no zone (ANNOTATION rule 11). Invented names."""
from __future__ import annotations

from tests.conftest import assert_found, names_by_type, report_mentions

HEAD = "2019年湛江市政府工作报告"


def places(tmp_path, sentence: str) -> set[str]:
    return names_by_type(report_mentions(tmp_path, HEAD, "各位代表：", "一、2018年工作回顾", sentence)).get("Place", set())


def test_a_listed_zone_of_common_characters_beside_a_zone_found(tmp_path):
    assert_found(places(tmp_path, "奋勇高新区、翀屿经济开发区新入驻企业36家。"), {"奋勇高新区", "翀屿经济开发区"}, ())


def test_a_zone_of_common_characters_where_works_are_built(tmp_path):
    assert_found(places(tmp_path, "澄禾集团在奋勇高新区投资建设的年产10万吨多晶硅项目首条生产线投产。"), {"奋勇高新区"}, ())


def test_a_kind_rank_or_verb_before_the_head_is_no_zone(tmp_path):
    got = places(tmp_path, "重点园区、翀屿经济开发区新入驻企业36家。")
    assert_found(got, {"翀屿经济开发区"}, {"重点园区"})
    got = places(tmp_path, "在现代农业产业园新建冷库，在省级开发区建设标准厂房，支持企业在重点园区建设研发中心。")
    assert_found(got, (), {"现代农业产业园", "省级开发区", "重点园区"})
    got = places(tmp_path, "支持高新区、翀屿经济开发区新入驻企业36家。")
    assert_found(got, {"翀屿经济开发区"}, {"支持高新区"})
