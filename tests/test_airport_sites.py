"""An airport in service named by its site before (国际)机场 (kg.extract.airport_sites,
place_airport_sites.txt) is a place, and the works on it (a phase, a renovation) is in it; an airport the
sentence builds is the works. Sentences of the design texts (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names, review_located


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "一、工作回顾", "", sentence)


def test_an_airport_named_by_a_site_that_is_a_common_word_or_no_division(tmp_path):
    # chongqing-2026 (江北: a common word), anhui-2026 (芜宣: no division)
    assert "江北国际机场" in _places(tmp_path, "重庆市政府工作报告", "支持江北国际机场创建国际卫生机场,深化国际友城交流合作。")
    assert "芜宣机场" in _places(tmp_path, "安徽省政府工作报告", "支持合肥机场、芜宣机场提升货运能力和服务水平。")


def test_the_works_on_an_airport_in_service_is_in_it(tmp_path):
    # shanghai-2026 (a bare phase), ningxia-2026 (a renovation: place_airport_standing_works.txt)
    links = review_located(tmp_path, "加快建设小洋山北作业区、东方枢纽上海东站、浦东国际机场四期等重大项目。", "上海市政府工作报告")
    assert ("浦东国际机场四期", "浦东国际机场") in links
    links = review_located(tmp_path, "加快宝中铁路、包兰铁路、银巴铁路、河东机场改造等重点项目建设。", "宁夏回族自治区政府工作报告")
    assert ("河东机场改造", "河东机场") in links


def test_an_airport_the_sentence_builds_is_no_place(tmp_path):
    # sichuan-2026-review; liaoning-2026: a works of a list of works built
    got = _places(tmp_path, "四川省政府工作报告", "天府国际机场建成投运。")
    got |= _places(tmp_path, "辽宁省政府工作报告", "加快大连金州湾国际机场、秦沈高速等项目建设进度。")
    assert_found(got, set(), {"天府国际机场", "大连金州湾国际机场"})
