"""Organization rules (issue 9): a hospital's new site or branch named by the hospital, the area it
stands in and 医院 or 分院 ("某某人民医院新区医院", "某某附属医院白云分院") holds the hospital, a body of
its own (ANNOTATION rule 8); where the sentence builds or opens a site named 医院 it is a works only
(rule 2), while a branch (分院) stays a body. A known company's centre ("某某汽车研发中心") is its works,
not a body. Sentences of real reports (2020 Luoyang, 2022 Yongchuan, 2017 Guizhou, 2016 Shaanxi,
2019 Yantai)."""
from __future__ import annotations

from tests.conftest import names_of, report_mentions


def mentions(tmp_path, head: str, *lines: str) -> tuple[set[str], set[str]]:
    found = report_mentions(tmp_path, head, *lines)
    return names_of(found, "Organization"), names_of(found, "Project")


def test_a_hospitals_site_in_a_new_district_is_a_works_holding_the_hospital(tmp_path):
    orgs, projects = mentions(tmp_path, "洛阳市人民政府工作报告",
                              "推动洛阳职业技术学院新校区、洛阳市第一人民医院新区医院投入使用。",
                              "推进重庆医科大学附属永川医院新区医院、永川区中医院新院区、永川区妇幼保健院迁建工程。")
    assert {"洛阳市第一人民医院", "重庆医科大学附属永川医院", "重庆医科大学"} <= orgs
    assert not {"洛阳市第一人民医院新区医院", "重庆医科大学附属永川医院新区医院"} & orgs
    assert {"洛阳市第一人民医院新区医院", "重庆医科大学附属永川医院新区医院"} <= projects


def test_a_university_hospitals_branch_keeps_the_hospital_and_the_university(tmp_path):
    orgs, projects = mentions(tmp_path, "贵州省人民政府工作报告",
                              "加快贵州医科大学附属医院白云分院、贵州省人民医院门诊综合楼和遵义医学院附属医院新蒲医院建设。")
    # a branch (分院) is a body of its own (org_branch_heads.txt), and a works where built
    assert {"贵州医科大学附属医院白云分院", "贵州医科大学附属医院", "贵州医科大学", "遵义医学院附属医院", "遵义医学院"} <= orgs
    assert "贵州医科大学附属医院白云分院" in projects


def test_a_branch_brought_in_is_a_body_beside_its_parent(tmp_path):
    # no works of the branch's span: the branch is an organization, its parent one too (rule 8)
    orgs, _ = mentions(tmp_path, "某市人民政府工作报告", "与省人民医院签订协议，省人民医院白云分院正式挂牌。")
    assert {"省人民医院白云分院", "省人民医院"} <= orgs


def test_a_companys_research_centre_is_its_works_not_a_body(tmp_path):
    # (2016 Shaanxi and 2019 Yantai reports) the company opening the centre is the body (ANNOTATION rule 7)
    orgs, projects = mentions(tmp_path, "烟台市人民政府工作报告",
                              "加快现代汽车研发中心、韩国斗山工程机械烟台工厂技改项目建设，推动富士康烟台科技工业园智能制造项目、宝马烟台研发中心落地。",
                              "推进中兴通讯西安研发中心建设。")
    assert {"现代汽车", "宝马", "中兴通讯"} <= orgs
    assert not {"现代汽车研发中心", "宝马烟台研发中心", "中兴通讯西安研发中心"} & orgs
    assert {"现代汽车研发中心", "宝马烟台研发中心", "中兴通讯西安研发中心"} <= projects


def test_a_centre_run_by_a_body_named_in_it_stays_a_body(tmp_path):
    orgs, _ = mentions(tmp_path, "某市人民政府工作报告", "建成12338妇联维权服务中心。")
    assert "12338妇联维权服务中心" in orgs
