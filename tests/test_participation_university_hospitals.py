"""participatesIn (issue 10, session 36): a university's hospital and its own new building. The
hospital's full name opens with its university, also past a school of it or where the university is
named by its province and kind ("某某大学医学院附属第三医院", "湖南医科大学附属第二医院": one hospital, not
"附属第三医院" and "某某大学医学院"); the hospital takes part in its new campus or phase, the university
whose name its own holds does not (the u34/u35 gold: 中南大学湘雅医院 → its 新医疗区, not 中南大学).
Sentences in the genre's phrasing (real universities jieba knows by name, hospitals and works made up):
the first two tests fail without the rules."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "某某市人民政府工作报告"


def test_a_hospital_named_after_a_school_of_its_university_is_one_name(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "南昌大学医学院附属第三医院二期开工建设。", HEAD)
    assert "南昌大学医学院附属第三医院" in orgs
    # the hospital is one name, never its tail; the school inside it may stand as an organization of its own
    # (a parent named inside its affiliate: the samples' gold has 恒丰银行 beside 恒丰银行黔江支行), but it is no
    # alias of the hospital and takes no part in the hospital's works (the links below)
    assert "附属第三医院" not in orgs, orgs
    assert links == {("南昌大学医学院附属第三医院", "南昌大学医学院附属第三医院二期")}


def test_the_university_in_its_hospitals_name_takes_no_part_in_the_hospitals_works(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "湖南医科大学附属第二医院东院区投入使用。", HEAD)
    assert "湖南医科大学附属第二医院东院区" in projects
    assert ("湖南医科大学附属第二医院", "湖南医科大学附属第二医院东院区") in links
    assert ("湖南医科大学", "湖南医科大学附属第二医院东院区") not in links


def test_a_hospital_by_its_own_name_after_its_university_builds_its_new_quarter(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "山东大学泉城医院新医疗区投入使用。", HEAD)
    assert links == {("山东大学泉城医院", "山东大学泉城医院新医疗区")}


def test_a_university_and_a_hospital_joined_by_a_conjunction_stay_two(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "支持南昌大学与市人民医院共建临床医学中心。", HEAD)
    assert not any(o.startswith("南昌大学") and o.endswith("医院") for o in orgs), orgs
