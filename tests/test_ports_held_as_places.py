"""A port named alone as a works while the report also holds it as a place ("建好青岛港、日照港国家大宗
商品资源配置枢纽", shandong-2026; "更好发挥天津港牵引作用", tianjin-2026; "上海港集装箱吞吐量…",
shanghai-2026-review) is where things are, not works in a place: no locatedIn from its name
(rel_hub_own_works.txt `held`, kg.resolve.relations._port_held_as_a_place; links between places come from
division codes, ANNOTATION). The port's own works, with longer names, keep their places. Sentences from the
design texts, in the frame of a provincial report."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TITLE = "2026年某省人民政府工作报告"


def _links(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return review_located(tmp_path, text, TITLE)


def test_a_port_the_report_holds_as_a_place_is_in_no_place(tmp_path):
    links = _links(tmp_path, "支持供应链头部企业做大做强，建好青岛港、日照港国家大宗商品资源配置枢纽，"
                             "更好稳定原油等大宗商品进口。推进青岛港董家口港区集装箱码头、日照港转型升级工程，"
                             "发展湾区经济。")
    assert not {link for link in links if link[0] in ("青岛港", "日照港")}
    # the ports' own works stay where their names say
    assert ("青岛港董家口港区集装箱码头", "董家口港区") in links or ("青岛港董家口港区集装箱码头", "青岛市") in links
    assert ("日照港转型升级工程", "日照市") in links


def test_an_airport_built_keeps_its_place(tmp_path):
    # only ports: the genre builds airports ("建成鹤岗机场"), so an airport keeps where it is named after
    links = _links(tmp_path, "建成鹤岗机场、绥化机场，开工建设伊春机场改扩建工程。")
    assert ("鹤岗机场", "鹤岗市") in links


def test_a_port_of_entry_held_as_a_place_is_in_no_place(tmp_path):
    # hailar-2018: the port of entry whose role the report asks to bring into play, a place
    links = review_located(tmp_path, "切实发挥好海拉尔航空口岸功能作用，推进海拉尔综合保税区申建工作。",
                           "2018年海拉尔区人民政府工作报告")
    assert not {link for link in links if link[0] == "海拉尔航空口岸"}
