"""A national research institution named by its field or region before its designation
(org_national_designations.txt: 国家重点实验室, 国家工程研究中心, 国家技术创新中心…) is an
organization ("大湾区国家技术创新中心" in the Guangdong sample's gold); the designation alone, after a
count or a conjunction, is a kind; a walk that stops inside the field's words leaves it
(kg.extract.organizations _national_institutions). Lines written in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import assert_found, report_names


def _orgs(tmp_path, *lines: str) -> set[str]:
    """The organizations of a small provincial report of these lines."""
    return report_names(tmp_path, "Organization", "某省人民政府工作报告", *lines)


def test_a_field_or_region_before_a_national_designation_names_an_institution(tmp_path):
    orgs = _orgs(tmp_path, "首个区块链国家工程实验室落户我市,新能源汽车国家工程研究中心在高新区挂牌。",
                 "用好大湾区国家技术创新中心、全国高校区域技术转移转化中心。", "成立黄河流域国家技术创新中心。")
    assert_found(orgs, {"区块链国家工程实验室", "新能源汽车国家工程研究中心", "大湾区国家技术创新中心",
                        "黄河流域国家技术创新中心"},
                 {"首个区块链国家工程实验室", "用好大湾区国家技术创新中心"})


def test_a_designation_alone_is_a_kind(tmp_path):
    orgs = _orgs(tmp_path, "布局一批国家技术创新中心,支持国家重点实验室、国家工程实验室发展。",
                 "认知智能国家重点实验室建成投用。")
    assert_found(orgs, set(), {"国家技术创新中心", "一批国家技术创新中心", "国家重点实验室", "国家工程实验室",
                              "智能国家重点实验室"})


def test_a_branch_named_after_the_designation_keeps_its_whole_name(tmp_path):
    """"…国家技术创新中心雄安中心": the name goes on past the designation into a place and 中心, so the
    branch is named whole by the centres' rule, not cut at the designation nor started inside it."""
    orgs = _orgs(tmp_path, "京津冀国家技术创新中心雄安中心挂牌运营。")
    assert_found(orgs, {"京津冀国家技术创新中心雄安中心"},
                 {"京津冀国家技术创新中心", "中心雄安中心", "国家技术创新中心雄安中心"})


def test_branches_of_national_centres_in_several_regions_and_cities(tmp_path):
    """A region's national centre and its branch in a city (中心 or 分中心), as the subject of an event,
    of a clause, or after a verb: one branch named whole, nothing that starts inside the designation
    (kg.extract.organizations _branch_start). (The parent is not named apart: the resolver would
    make it an alias of its branch.)"""
    orgs = _orgs(tmp_path, "长三角国家技术创新中心合肥中心挂牌运营。", "黄河流域国家技术创新中心郑州中心建设取得进展。",
                 "成渝国家技术创新中心绵阳中心揭牌运行。", "推动长江经济带国家技术创新中心武汉分中心落地。",
                 "支持粤港澳大湾区国家技术创新中心广州分中心建设。")
    branches = {"长三角国家技术创新中心合肥中心", "黄河流域国家技术创新中心郑州中心", "成渝国家技术创新中心绵阳中心",
                "长江经济带国家技术创新中心武汉分中心", "粤港澳大湾区国家技术创新中心广州分中心"}
    assert_found(orgs, branches,
                 {"中心合肥中心", "国家技术创新中心合肥中心", "中心绵阳中心", "国家技术创新中心绵阳中心",
                  "国家技术创新中心郑州中心", "中心武汉分中心", "推动长江经济带国家技术创新中心武汉分中心"})


def test_an_area_word_a_kind_or_a_division_before_a_designation_is_no_field(tmp_path):
    """"全省国家重点实验室达到12家", "支持高校国家工程研究中心建设", "北京市国家工程实验室达到20家": an
    area word, a kind of institution or a bare division before the designation, or a count after it,
    makes a count of designations in that area, not one institution."""
    orgs = _orgs(tmp_path, "全省国家重点实验室达到12家。", "全市国家工程技术研究中心达到5家。",
                 "支持高校国家工程研究中心建设,企业国家技术创新中心加快布局。", "北京市国家工程实验室达到20家。",
                 "智能制造国家工程实验室达到3家。", "江苏省高校国家重点实验室建设取得突破,我市国家技术创新中心加快布局。")
    assert_found(orgs, set(), {"全省国家重点实验室", "全市国家工程技术研究中心", "高校国家工程研究中心",
                              "企业国家技术创新中心", "北京市国家工程实验室", "智能制造国家工程实验室",
                              "江苏省高校国家重点实验室", "高校国家重点实验室", "我市国家技术创新中心"})
