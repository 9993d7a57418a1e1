"""Research facilities and data stores a plan builds are works (session 58, helper pjw:
kg.extract.institution_works.extract_research_facilities_built, project_research_facility_heads.txt):
a name of a few words before 实验室, 研究院, 研究设施, 试验设施, 试验场, 语料库, 信息库, 数据库 or 资源库, in a
clause that builds it, named from the list mark, joint or verb before it. Not a kind ("省重点实验室",
"多层次实验室"), a counted set ("吉光3个省实验室"), a body found there that exists ("支持之江实验室…").
Sentences of the design texts: guangxi, jiangsu, zhejiang, heilongjiang, henan, shandong 2026."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_projects

TITLE = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, found", [
    ("加快建设广西海洋实验室、甘蔗生物育种实验室、陆海通道工程全寿命安全实验室。",
     {"甘蔗生物育种实验室", "陆海通道工程全寿命安全实验室"}),
    ("建设关键金属研究院、关键金属实验室、南丹关键金属高质量发展综合试验区。", {"关键金属研究院", "关键金属实验室"}),
    ("推进材料综合研究设施、原子级制造试验设施建设。", {"材料综合研究设施", "原子级制造试验设施"}),
    ("支持中新济南未来产业城、中新绿色科技研究院建设。", {"中新绿色科技研究院"}),
    ("推进杭州语料库建设。", {"杭州语料库"}),
    ("加快建设医学生物信息库。", {"医学生物信息库"}),
    ("加快国家海洋综合试验场建设。", {"国家海洋综合试验场"}),
    ("建设全省文化遗产资源数据库。", {"文化遗产资源数据库"}),
    ("推进种业振兴，加快国家黑龙江大豆种子基地和寒温带种质资源库建设。", {"寒温带种质资源库"}),
])
def test_research_facilities_built_are_works(tmp_path, sentence, found):
    assert_found(review_projects(tmp_path, sentence, TITLE), found, set())


def test_the_name_opens_after_the_scope_word(tmp_path):
    assert_found(review_projects(tmp_path, "建设全省文化遗产资源数据库。", TITLE), {"文化遗产资源数据库"}, {"全省文化遗产资源数据库"})


def test_a_works_inside_the_name_gives_way(tmp_path):
    projects, orgs, _ = review_graph(tmp_path, "加快建设广西海洋实验室、甘蔗生物育种实验室、陆海通道工程全寿命安全实验室。", TITLE)
    assert_found(projects, {"陆海通道工程全寿命安全实验室"}, {"陆海通道工程"})
    assert "甘蔗生物" not in orgs  # the listed 广西海洋实验室 is the body built, no company opening a works


@pytest.mark.parametrize("sentence, not_found", [
    ("筹建一批省实验室，新建省重点实验室。", {"省实验室", "省重点实验室"}),
    ("“省市共建、一室一策”支持长白山、三江、吉光3个省实验室高效运营。", {"吉光3个省实验室", "3个省实验室"}),
    ("体系化布局建设多层次实验室，广州实验室成功研发上市全球首个抗甲流PB2新药。", {"多层次实验室", "广州实验室"}),
    ("支持之江实验室科学基础模型建设。", {"之江实验室"}),
    ("建好用好高水平开放创新研究院，加快推进智慧口岸建设。", {"创新研究院", "高水平开放创新研究院"}),
])
def test_kinds_counted_sets_and_bodies_are_no_works(tmp_path, sentence, not_found):
    assert_found(review_projects(tmp_path, sentence, TITLE), set(), not_found)
