"""A body jieba's dictionary holds as one word of an organization (nt) that opens with a group's short name
is that body, the group named inside it (session 58, org2: organizations._dictionary_body_end): "中核汇能"/nt is the
subsidiary whose works "中核汇能通榆" the Jilin 2026 plan part lists (tests/real/jilin-2026.txt); a group's
family of companies ("中核系", Sichuan 2026) takes no one-character word. The whole pipeline runs on each."""
from __future__ import annotations

from tests.conftest import review_graph


def test_the_subsidiary_the_dictionary_names_builds_the_works(tmp_path):
    _, orgs, links = review_graph(
        tmp_path, "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设。", "2026年吉林省人民政府工作报告")
    assert {"中核汇能", "中核"} <= orgs
    assert ("中核汇能", "中核汇能通榆") in links


def test_a_family_of_companies_is_no_subsidiary(tmp_path):
    _, orgs, _ = review_graph(
        tmp_path, "服务保障好中物院、中科系、中核系、中电系、中航系和高水平研究型大学等“国家队”。", "2026年四川省人民政府工作报告")
    assert "中核系" not in orgs
