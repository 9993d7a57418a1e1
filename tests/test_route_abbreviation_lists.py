"""Routes listed before a railway or road named by its ends' first characters and its kind (session 58,
helper pjw: kg.extract.project_lists.extract_route_abbreviation_lists): "今年建成雄商、济滨高铁" names two
railways, 雄商 (as the text names it, without the kind) and 济滨高铁; so do the items of "积极推动莱临、
德商、日照至五莲、聊邯长铁路纳规" (a route by its two ends among them) and of the seed's "争取渝万、渝昆高铁与
渝湘高铁规划互联互通" (qianjiang-2019's gold: 渝万). A list of places sharing a head stays as it was.
Sentences of tests/real/next/shandong-2026.txt and /work/shared/seeds/qianjiang-2019.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects

TITLE = "2026年山东省人民政府工作报告"


def test_abbreviated_routes_before_a_railway(tmp_path):
    found = review_projects(tmp_path, "抓好6条续建高铁建设，今年建成雄商、济滨高铁，高铁里程突破3400公里。", TITLE)
    assert_found(found, {"雄商", "济滨高铁"}, {"雄商、济滨高铁", "今年建成雄商"})


def test_a_list_of_routes_by_initials_and_by_ends(tmp_path):
    found = review_projects(tmp_path, "铁路方面，积极推动莱临、德商、日照至五莲、聊邯长铁路纳规，具备条件后加快推进前期工作。", TITLE)
    assert_found(found, {"莱临", "德商", "日照至五莲", "聊邯长铁路"}, {"积极推动莱临", "推动莱临"})


def test_a_list_of_years_before_the_routes_is_no_item(tmp_path):
    found = review_projects(tmp_path, "2027年、2028年分别建成津潍、潍宿高铁。", TITLE)
    assert_found(found, {"津潍", "潍宿高铁"}, {"2028年分别建成津潍", "分别建成津潍"})


def test_the_seed_routes(tmp_path):
    found = review_projects(tmp_path, "加快黔恩铁路、黔毕昭铁路等项目前期工作，争取渝万、渝昆高铁与渝湘高铁规划互联互通。",
                            "2019年黔江区人民政府工作报告")
    assert_found(found, {"渝万", "渝昆高铁", "渝湘高铁"}, set())


def test_places_sharing_a_head_are_no_routes(tmp_path):
    found = review_projects(tmp_path, "加快南阳、信阳、周口机场建设。", TITLE)
    assert_found(found, set(), {"南阳", "信阳"})
