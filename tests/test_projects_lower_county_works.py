"""In a city's report, a county, district or county-level city under the city opening a works' name
says where the works is, whatever the works' own name (proper or common words): the name begins after
it, and the works is located in it ("某某县青禾湖文化园二期", "某某区米粉产业园"). The county stays in the
name of its own body or title (project_division_owned_words.txt: its hospital, numbered school or plant,
library, a voltage, a national designation), before an organization, a town, a route or a place named by
its direction (as tests/test_relations_area_before_named_works.py keeps them), and where the report is
the county's own (kg.extract.projects `_lower_county_before_works`). Sentences written in the genre's phrasing with
invented works under real divisions (the division table is a lexicon of general facts)."""
from __future__ import annotations

from tests.conftest import assert_found, review_located, review_projects

CITY = "2020年九江市人民政府工作报告"
COUNTY = "2020年修水县人民政府工作报告"


def test_a_county_of_the_city_opening_listed_works_is_no_part_of_their_names(tmp_path):
    sentence = "建设修水县青禾湖文化园二期、武宁县澄江峡景区游客服务中心和都昌县白鹭山旅游公路。"
    assert_found(review_projects(tmp_path, sentence, CITY),
                 {"青禾湖文化园二期", "澄江峡景区游客服务中心", "白鹭山旅游公路"},
                 {"修水县青禾湖文化园二期", "武宁县澄江峡景区游客服务中心", "都昌县白鹭山旅游公路"})


def test_works_of_common_words_lose_the_county_and_a_hill_named_by_its_direction_keeps_it(tmp_path):
    sentence = "武宁县纺织服装产业园、修水县青禾湖文化园二期建成投用，推进都昌县北山生态供水工程。"
    assert_found(review_projects(tmp_path, sentence, CITY),
                 {"纺织服装产业园", "都昌县北山生态供水工程"}, {"武宁县纺织服装产业园", "北山生态供水工程"})


def test_the_works_is_located_in_the_county(tmp_path):
    links = review_located(tmp_path, "修水县青禾湖文化园二期、武宁县纺织服装产业园建成开放。", CITY)
    assert {("青禾湖文化园二期", "修水县"), ("纺织服装产业园", "武宁县")} <= links, links


def test_the_county_s_own_bodies_keep_it(tmp_path):
    sentence = "修水县人民医院迁建、武宁县第二水厂、都昌县图书馆新馆和修水县220千伏输变电工程开工建设。"
    projects = review_projects(tmp_path, sentence, CITY)
    assert not {"人民医院迁建", "第二水厂", "图书馆新馆", "220千伏输变电工程"} & projects, projects


def test_the_county_s_own_report_keeps_its_name(tmp_path):
    projects = review_projects(tmp_path, "修水县纺织服装产业园建成投用。", COUNTY)
    assert "纺织服装产业园" not in projects, projects
