"""Participation rules of session 24 (qm24, issue 10), on sentences written in the genre's phrasing
(names, places and fields made up): an institute that bodies co-build ("与A大学、B医院共建X研究院",
"与A、B联合打造的X实验室、Y研究中心") is a works being built, a project (ANNOTATION rule 2), and each body
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


# ---- session 24 (my24): the review of qm24's rules

def _org_aliases(tmp_path, text: str) -> dict[str, set[str]]:
    from kg.model import ORG
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text(f"{REPORT}\n\n一、2023年工作回顾\n\n{text}\n", encoding="utf-8")
    report = build(path).report
    return {e.name: set(e.aliases) for e in report.entities.values() if e.type == ORG}


def test_the_congress_short_form_is_never_a_universitys(tmp_path):
    aliases = _org_aliases(tmp_path, "与中国人民大学、西川农业大学合作共建乡村振兴研究院。自觉接受人大依法监督,"
                                     "认真办理人大代表建议。")
    assert "人大" not in aliases.get("中国人民大学", set()), aliases


def test_a_short_form_opens_the_parts_of_the_full_name():
    from kg.extract.organizations import university_short_form_fits as fits
    for short, full in (("川大", "四川大学"), ("西安交大", "西安交通大学"), ("电子科大", "电子科技大学"),
                        ("川农大", "四川农业大学"), ("中国科大", "中国科学技术大学"), ("北师大", "北京师范大学")):
        assert fits(short, full), (short, full)
    for short, full in (("川大", "四川农业大学"), ("北大", "北京理工大学"), ("南大", "南京师范大学")):
        assert not fits(short, full), (short, full)


def test_a_short_form_of_another_university_is_no_alias(tmp_path):
    aliases = _org_aliases(tmp_path, "与四川农业大学签署协议。与川大开展合作。")
    assert "川大" not in aliases.get("四川农业大学", set()), aliases
    # its own short form is
    aliases = _org_aliases(tmp_path, "与四川农业大学签署协议,携手川农大建设现代农业园区。")
    assert "川农大" in aliases.get("四川农业大学", set()), aliases


def test_a_stem_of_level_and_kind_words_names_no_institute(tmp_path):
    sentence = "与南昌大学共建省级重点实验室,与华东交通大学共建产业技术研究院,与江西农业大学共建新型研发机构研究中心。"
    projects, _, links = review_graph(tmp_path, sentence, REPORT)
    assert not {"省级重点实验室", "产业技术研究院", "新型研发机构研究中心"} & projects, projects
    assert not links


def test_co_building_partners_and_a_founding_verb_open_no_institute(tmp_path):
    projects, _, _ = review_graph(tmp_path, "推动与共建国家高校成立联合研究中心。", REPORT)
    assert not any(p.endswith("研究中心") for p in projects), projects
    # a real co-building after the partners still names its institute
    projects, _, _ = review_graph(tmp_path, "与共建“一带一路”国家高校共建丝路农业研究院。", REPORT)
    assert "丝路农业研究院" in projects, projects
