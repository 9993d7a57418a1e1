"""A port named by the city, county or country it lies in and its own name ("韩国|某浦港", "某县|某溪港")
is a place (ANNOTATION rule 8: a port is where its works and routes are), as an airport named by its
city and its site is ("赣州黄金机场"); the site must be a proper name: a common word before 港 names a
kind of port or a mall, no site (place_site_named_hub_heads.txt, "proper_site"). Invented names in
the genre's sentences."""
from __future__ import annotations

from tests.conftest import report_pairs

HEAD = "政府工作报告\n——2020年1月在湘潭市第十六届人民代表大会第五次会议上"


def mentions(tmp_path, *sentences: str) -> set[tuple[str, str]]:
    return report_pairs(tmp_path, HEAD, "各位代表：", "一、工作回顾", *sentences)


def test_a_port_named_after_its_country_and_its_own_name_is_a_place(tmp_path):
    found = mentions(tmp_path, "推动湘潭港与韩国松浦港开通新航线。")
    assert ("Place", "松浦港") in found
    assert ("Place", "韩国") in found


def test_a_port_named_after_its_city_or_county_is_a_place(tmp_path):
    found = mentions(tmp_path, "湘潭石埠港化工企业全部关停。", "推进湘阴县柳溪港大桥建设。")
    assert {("Place", "石埠港"), ("Place", "柳溪港")} <= found


def test_a_common_word_before_the_port_head_names_no_port(tmp_path):
    found = mentions(tmp_path, "青州陆地港二期建成。", "扬州物流港二期开业运营。")
    assert not {("Place", "陆地港"), ("Place", "物流港")} & found
