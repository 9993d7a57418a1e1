"""An existing institution named inside its works (ANNOTATION rules 2 and 8): a public-service centre
before its second phase, a school's branch and a hospital's site built by the parent, a school whose
registered name ends in 中学校. Invented names in the genre's phrasing (session 46, issue 10)."""
from __future__ import annotations

from tests.conftest import review_graph

CITY = "岳阳市2023年政府工作报告"


def test_a_centre_before_its_phase_is_the_institution(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "建设岳阳市社会福利中心二期、云溪区体育中心二期。", CITY)
    assert {"岳阳市社会福利中心二期", "云溪区体育中心二期"} <= projects
    assert {"岳阳市社会福利中心", "云溪区体育中心"} <= orgs
    assert ("岳阳市社会福利中心", "岳阳市社会福利中心二期") in links
    assert ("云溪区体育中心", "云溪区体育中心二期") in links


def test_a_centre_built_anew_is_no_body(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "开工建设云溪区体育中心。", CITY)
    assert "云溪区体育中心" not in orgs  # built anew: works (rule 2), no phase to say it exists


def test_a_schools_branch_and_a_hospitals_site_are_their_works(tmp_path):
    projects, _, links = review_graph(tmp_path, "推进岳阳市第九中学湖滨分校建设，岳阳市妇幼保健院南湖分部签约落户。", CITY)
    assert {"岳阳市第九中学湖滨分校", "岳阳市妇幼保健院南湖分部"} <= projects
    assert ("岳阳市第九中学", "岳阳市第九中学湖滨分校") in links
    assert ("岳阳市妇幼保健院", "岳阳市妇幼保健院南湖分部") in links


def test_a_school_registered_as_zhongxuexiao(tmp_path):
    _, orgs, links = review_graph(tmp_path, "完成岳阳市云溪中学校改扩建工程。", CITY)
    assert "岳阳市云溪中学校" in orgs
    assert ("岳阳市云溪中学校", "岳阳市云溪中学校改扩建工程") in links


def test_a_hospitals_site_by_its_direction_and_by_its_area(tmp_path):
    # 东院 is a site's name; 西院 inside 京西院区 is not, the qualifier is read on to the word's end
    projects, _, links = review_graph(tmp_path, "岳阳市人民医院东院建成投用，岳阳市中医医院湖西院区、岳阳市妇幼保健院南院区投入使用。", CITY)
    assert {"岳阳市人民医院东院", "岳阳市中医医院湖西院区", "岳阳市妇幼保健院南院区"} <= projects
    assert ("岳阳市人民医院", "岳阳市人民医院东院") in links


def test_a_continent_after_a_word_is_no_companys_site(tmp_path):
    # "X亚洲论坛…": 亚洲 names the forum, not a city a plant of company X stands in
    _, orgs, links = review_graph(tmp_path, "青松岛零碳酒店、南湖亚洲论坛国际会议中心改造工程投入使用。", CITY)
    assert "南湖" not in orgs
    assert not any(o == "南湖" for o, _ in links)
