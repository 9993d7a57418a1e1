"""Organization rule (issue 9): a public cultural or science institution of a kind that clauses more often
build as works (文化中心, 展览馆, 博物院: org_renovated_institution_heads.txt) is a body where the clause
renovates it, for it exists (ANNOTATION rule 2). Sentences of the 2019 Changchun, 2020 Yuhang and 2018
Shouguang reports and of the Qianjiang sample."""
from __future__ import annotations

from tests.conftest import names_of, report_mentions, review_graph, shared_file


def orgs(tmp_path, head: str, *lines: str) -> set[str]:
    return names_of(report_mentions(tmp_path, head, *lines), "Organization")


def test_halls_in_a_list_the_clause_renovates(tmp_path):
    found = orgs(tmp_path, "长春市人民政府工作报告", "推进长春市文化中心、长春市规划展览馆改造，建成南溪湿地公园、北湖国家湿地公园三期。")
    assert {"长春市文化中心", "长春市规划展览馆"} <= found


def test_a_museum_renovated_and_upgraded(tmp_path):
    found = orgs(tmp_path, "杭州市余杭区人民政府工作报告", "良渚古城遗址成功列入世界遗产名录，良渚博物院改造提升完成。")
    assert "良渚博物院" in found


def test_a_centre_the_clause_builds_is_no_body(tmp_path):
    found = orgs(tmp_path, "寿光市人民政府工作报告", "加快寿光市文化中心、寿光市全民健身中心建设，年内主体完工。")
    assert "寿光市文化中心" not in found


def test_an_old_academy_repaired_is_not_taken_for_a_body(tmp_path):
    # 书院 is left out of the kinds: "三台书院" is a heritage site, a place (the Qianjiang sample's sentence)
    sentence = next(line for line in shared_file("seeds", "qianjiang-2019.txt").read_text(encoding="utf-8").splitlines()
                    if "三台书院" in line)
    assert "三台书院" not in orgs(tmp_path, "重庆市黔江区人民政府工作报告", sentence)


def test_an_institution_its_works_renew_or_enlarge_is_a_body_that_takes_part(tmp_path):
    # (session 48, pa48) the works words of an existing body (org_plant_works_after.txt: 改扩建, 迁建), after an
    # optional phase, say the institution exists as surely as 改造 does; invented names in the genre's phrasing
    head = "2024年青溪县人民政府工作报告"
    for sentence, body, works in [("青溪县博物院二期改扩建工程开工。", "青溪县博物院", "青溪县博物院二期改扩建工程"),
                                  ("推进青溪县文化中心迁建。", "青溪县文化中心", "青溪县文化中心迁建")]:
        projects, found, links = review_graph(tmp_path, sentence, head)
        assert body in found and works in projects and (body, works) in links, (found, projects, links)


def test_a_secondary_vocational_school_is_a_body(tmp_path):
    # (session 48, pa48) 中专 closes a school's name ("某县职业中专"), not where it is a level of schooling
    projects, found, links = review_graph(tmp_path, "青溪县职业中专迁建工程开工。", "2024年青溪县人民政府工作报告")
    assert ("青溪县职业中专", "青溪县职业中专迁建工程") in links, (found, links)
    assert not orgs(tmp_path, "2024年青溪县人民政府工作报告", "全县中专学历人员增加。", "新建中专1所。")
