"""Place pieces that are no place of their own: a landform's common noun after a division's full name,
a village's short name that names a street or a company, the cargo a wharf is built for. General
examples made up for the genre, put in a small report of a sample's area."""
from __future__ import annotations

from tests.conftest import report_names
from tests.test_places import QIANJIANG, YIXIAN, places


def test_a_landform_noun_after_a_division_s_full_name_is_no_name(tmp_path):
    # "某县沙漠旅游度假区", "某镇高原现代农业示范园": the division is the place, the landform word a common noun
    found = places(tmp_path, QIANJIANG, "加快黔江区山区旅游公路建设。", "建设金溪镇高原现代农业示范园二期。")
    assert {"黔江区", "金溪镇"} <= found
    assert not {"黔江区山区", "金溪镇高原"} & found


def test_a_works_after_a_town_keeps_the_town_before_a_landform_noun(tmp_path):
    # jieba tags 高原 ns; it opens no proper name, so the works' name begins with the town
    found = report_names(tmp_path, "Project", QIANJIANG, "各位代表：", "一、2018年工作回顾",
                         "推进金溪镇高原现代农业示范园二期建设。")
    assert "金溪镇高原现代农业示范园二期" in found


def test_a_village_short_name_naming_a_street_or_a_company_is_not_the_village(tmp_path):
    # yixian-2019's village 荆轲山村: its short name opening a school's name is the village (rule 8);
    # opening a street's or a company's name it is that street's or company's word
    assert "荆轲山" in places(tmp_path, YIXIAN, "荆轲山小学主体完工。")
    assert "荆轲山" not in places(tmp_path, YIXIAN, "建成荆轲山大道、荆轲山路东延段。")
    assert "荆轲山" not in places(tmp_path, YIXIAN, "荆轲山集团年产10万吨项目投产。")


def test_the_cargo_of_a_wharf_is_no_site(tmp_path):
    # "某港区通用码头", "某港区矿石码头": a kind of berth (JTS 165), no place
    found = places(tmp_path, QIANJIANG, "推进黔江港区通用码头、黔江港区矿石码头二期工程建设。")
    assert not {"通用", "矿石"} & found


def test_a_word_before_a_company_trade_opening_a_park_is_the_company_s(tmp_path):
    # "某某地产光谷物流园": the company's base; a place word before a park's own trade still names the
    # park's place ("五峰农业产业园", the rule's own example)
    found = places(tmp_path, QIANJIANG, "亚美地产滨江物流园建成。", "五峰农业产业园加快建设。")
    assert "亚美" not in found
    assert "五峰" in found


def test_a_scope_word_before_a_community_s_head_is_no_name(tmp_path):
    # "全区社区服务用房", "垃圾分类小区覆盖率": all the communities of a level, a policy's kind of
    # compound; compounds named with common words stay ("阳光小区", "东风社区", the rule's own examples)
    found = places(tmp_path, QIANJIANG, "全区社区服务用房面积达到每百户30平方米。", "垃圾分类小区覆盖率达到100%。",
                   "阳光小区、东风社区完成改造。")
    assert not {"全区社区", "垃圾分类小区"} & found
    assert {"阳光小区", "东风社区"} <= found


def test_a_well_off_village_is_a_category(tmp_path):
    # "某镇小康村建设": a category of villages of poverty-alleviation policy, like 贫困村
    found = places(tmp_path, QIANJIANG, "推进金溪镇、黎水镇小康村建设。")
    assert {"金溪镇", "黎水镇"} <= found
    assert "小康村" not in found


def test_the_ecosystem_slogan_names_no_lake(tmp_path):
    # 山水林田湖草沙 (a slogan every report quotes; jieba cuts 山水/林田湖/草沙): kinds of land, no lake
    assert "林田湖" not in places(tmp_path, QIANJIANG, "坚持山水林田湖草沙系统治理。")
