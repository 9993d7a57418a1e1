"""Participation rules of session 24 (qm24, issue 10), on sentences written in the genre's phrasing
(names, places and fields made up): an institute that bodies co-build ("与A大学、B医院共建X研究院",
"与A、B联合打造的X实验室、Y平台") is a works being built, a project (ANNOTATION rule 2), and each body
of the list before the co-building verb takes part in it; a university by its short form where the
report names it in full ("携手川大…" with 四川大学); two universities' full names are two bodies, never
one the short form of the other (江城大学, 江城师范大学). Each test fails without its rule."""
from __future__ import annotations

from tests.conftest import review_graph

REPORT = "某区2024年政府工作报告"


def test_bodies_listed_before_a_co_building_verb_take_part_in_the_institute(tmp_path):
    sentence = "与东华药科大学、江城师范大学共建“生物制药+合成化学”研究中心,携手江城大学、江城市第一医院共建类脑智能研究院。"
    projects, orgs, links = review_graph(tmp_path, sentence, REPORT)
    assert {"生物制药+合成化学研究中心", "类脑智能研究院"} <= projects
    assert {("东华药科大学", "生物制药+合成化学研究中心"), ("江城师范大学", "生物制药+合成化学研究中心"),
            ("江城大学", "类脑智能研究院"), ("江城市第一医院", "类脑智能研究院")} <= links
    # the hospital co-builds the institute, not the other one
    assert ("江城市第一医院", "生物制药+合成化学研究中心") not in links


def test_a_list_co_built_goes_on_past_an_item_named_by_its_kind(tmp_path):
    sentence = "高新区与西川大学、江城理工大学联合打造的交叉科学中心、新一代通信技术实验室等项目落户科技城。"
    projects, _, links = review_graph(tmp_path, sentence, REPORT)
    assert "新一代通信技术实验室" in projects
    assert {("西川大学", "新一代通信技术实验室"), ("江城理工大学", "新一代通信技术实验室")} <= links
    assert "交叉科学中心" not in projects  # a kind, no named institute


def test_signing_to_co_build_an_institute_links_both_parties(tmp_path):
    _, _, links = review_graph(tmp_path, "市政府与北江大学签署共建江城光谷研究院战略合作框架协议。", REPORT)
    assert {("市政府", "江城光谷研究院"), ("北江大学", "江城光谷研究院")} <= links


def test_a_kind_of_institute_or_a_count_of_them_is_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "与驻区高校共建技术研究院,组建一批研究院,组建三大产业技术研究中心,"
                                            "已组建市级工程技术研究中心12家。", REPORT)
    assert not any(p.endswith(("研究院", "研究中心")) for p in projects), projects


def test_a_university_by_its_short_form_where_the_report_names_it_in_full(tmp_path):
    sentence = "高新区与西川大学签署合作协议,携手西大加快建设西大科技园。"
    projects, orgs, links = review_graph(tmp_path, sentence, REPORT)
    assert "西大" not in orgs  # an alias of the full name
    assert ("西川大学", "西大科技园") in links


def test_a_short_form_needs_the_full_name_and_is_no_common_word(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "加大科技投入,推动重大项目落地,北大科技园加快建设。", REPORT)
    assert not {"加大", "重大", "北大"} & orgs, orgs


def test_two_universities_full_names_are_two_bodies(tmp_path):
    _, orgs, _ = review_graph(tmp_path, "江城大学、江城师范大学在区内设立研究机构,与江城理工学院、江城学院开展合作。", REPORT)
    assert {"江城大学", "江城师范大学", "江城理工学院", "江城学院"} <= orgs, orgs
