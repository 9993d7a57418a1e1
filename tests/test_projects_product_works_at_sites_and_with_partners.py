"""Project rules (issue 9, session 55): a works named by what it makes ("某某项目") after its builder's verb,
where the site between builder and verb is written as several places, a zone found as works, or the
builder is not found at all; and after a partner's verb with 的 ("X与Y合作的P项目"). Invented sentences
in the genre's phrasing (made-up companies and places)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_projects

HEAD = "青禾市人民政府工作报告"


def test_works_built_at_a_town_and_its_village(tmp_path):
    # the site is two places one after another: the longest place at 在, then the next
    got = review_projects(tmp_path, "澄江集团在青禾镇白石村投资建设的智能重卡项目竣工投产。", HEAD)
    assert_found(got, {"智能重卡项目"}, set())


def test_works_built_at_a_zone_found_as_works(tmp_path):
    got = review_projects(tmp_path, "澄江电子有限公司在青禾集成电路产业园区建设的功率芯片项目投产。", HEAD)
    assert_found(got, {"功率芯片项目"}, set())


def test_works_built_with_a_city_as_partner(tmp_path):
    projects, _, links = review_graph(tmp_path, "澄江集团与青禾镇合作建设的特种合金材料项目签约落地。", HEAD)
    assert "特种合金材料项目" in projects
    assert ("澄江集团", "特种合金材料项目") in links


def test_works_of_two_partners_before_of(tmp_path):
    got = review_projects(tmp_path, "澄江汽车集团与禾丰科技公司合作的智能网联客车项目在青禾经济技术开发区投产。", HEAD)
    assert_found(got, {"智能网联客车项目"}, set())


def test_a_partners_verb_without_of_builds_nothing(tmp_path):
    got = review_projects(tmp_path, "澄江集团与禾丰科技公司合作开展技术攻关项目，推动产业转型。", HEAD)
    assert not {"开展技术攻关项目", "技术攻关项目"} & got


def test_works_built_at_a_site_whose_builder_is_not_found(tmp_path):
    # whoever builds, the clause builds a works closed by its label at a found site (or sites listed)
    got = review_projects(tmp_path, "禾港食品在青禾镇建设的肉鸡加工一体化项目投产。", HEAD)
    assert_found(got, {"肉鸡加工一体化项目"}, set())
    got = review_projects(tmp_path, "禾港食品在青禾镇、白石乡建设的禽蛋深加工项目投产。", HEAD)
    assert_found(got, {"禽蛋深加工项目"}, set())


def test_a_kind_of_works_at_a_site_is_still_none(tmp_path):
    got = review_projects(tmp_path, "在白石乡建设重点项目，在青禾镇建设扶贫项目。", HEAD)
    assert not {"重点项目", "扶贫项目"} & got
