"""A port named by the city, county or country it lies in and its own name ("韩国|某浦港", "某县|某溪港")
is a place (ANNOTATION rule 8: a port is where its works and routes are), as an airport named by its
city and its site is ("某市某某机场"); the site must be a proper name: a common word before 港 names a
kind of port or a mall, no site (place_site_named_hub_heads.txt, "proper_site"). A hub found as works
(an airport, a port, a port area) whose traffic the clause reports right after its name is a hub in
operation, a place (ANNOTATION rules 3 and 8): it receives cruise ships, runs freight trains, opens
routes to other cities (place_hub_traffic_words.txt); a hub that opens with no route named is itself
the works. Invented names in the genre's sentences."""
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


def test_a_port_receiving_cruise_ships_is_a_place(tmp_path):
    found = mentions(tmp_path, "湘潭国际邮轮母港接待邮轮60个航次、游客12万人次。")
    assert ("Place", "湘潭国际邮轮母港") in found


def test_a_port_running_freight_trains_is_a_place(tmp_path):
    found = mentions(tmp_path, "力争湘潭国际铁路港开行中欧、中亚班列300列。")
    assert ("Place", "湘潭国际铁路港") in found


def test_a_hub_opening_a_route_is_a_place(tmp_path):
    found = mentions(tmp_path, "湘潭陆地港新开通湘潭至越南跨境物流专线。", "湘潭澄江国际机场开通至首尔、东京等地直航。")
    assert {("Place", "湘潭陆地港"), ("Place", "湘潭澄江国际机场")} <= found


def test_an_inland_port_counting_its_rail_containers_is_a_place(tmp_path):
    found = mentions(tmp_path, "湘潭国际陆港完成铁路集装箱吞吐量12.8万标箱。")
    assert ("Place", "湘潭国际陆港") in found


def test_a_hub_opened_with_no_route_named_stays_the_works(tmp_path):
    found = mentions(tmp_path, "湘潭新机场开通运营。")
    assert ("Place", "湘潭新机场") not in found


def test_a_port_named_after_a_province_level_place_and_its_own_name_is_a_place(tmp_path):
    # "上海|某屿港", "台湾|某浦港": the province-level place is not glued to the port's head, the port's
    # own name is (kg.extract.places _names_something_else)
    found = mentions(tmp_path, "开通湘潭至上海松屿港集装箱班轮。", "推动湘潭港与台湾鹿浦港深化合作。")
    assert {("Place", "松屿港"), ("Place", "鹿浦港")} <= found
