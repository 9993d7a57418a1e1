"""A works named as the subject of an event over its whole line (全线贯通/通车/通航…, component
whole_line_works, lexicon project_whole_line_events.txt) is one works whatever its head; a subject that
opens with a count, or ends in a verb or a length, names none. Sentences of the 2026 reviews of 重庆,
江苏, 宁夏, 山西, 北京, 河南 and of hailar-2016-review (tests/real)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_works_opened_over_the_whole_line(tmp_path):
    projects, _, _ = review_graph(tmp_path, "长江上游航运中心基本建成，重庆至武汉段4.5米水深航道全线贯通，港口货物吞吐能力突破2.4亿吨。",
                                  "重庆市政府工作报告")
    assert_found(projects, {"重庆至武汉段4.5米水深航道"}, set())
    projects, _, _ = review_graph(tmp_path, "淮河入海水道二期工程启动实施，苏南运河二级航道、宿连三级航道全线通航。", "江苏省政府工作报告")
    assert_found(projects, {"宿连三级航道"}, set())
    projects, _, _ = review_graph(tmp_path, "黄河“几字弯”攻坚战取得重大进展，境内腾格里沙漠防风阻沙带全线贯通、毛乌素沙地流动沙丘全面固定。",
                                  "宁夏回族自治区政府工作报告")
    assert_found(projects, {"腾格里沙漠防风阻沙带"}, {"境内腾格里沙漠防风阻沙带"})
    projects, _, _ = review_graph(tmp_path, "农田水利设施保障水平持续提升，中部引黄工程西干线全线贯通。", "山西省政府工作报告")
    assert_found(projects, {"中部引黄工程西干线"}, {"工程西干线"})


def test_counted_or_measured_subjects_are_no_works(tmp_path):
    projects, _, _ = review_graph(tmp_path, "“北京蓝”成为常态；五大河流全线贯通入海，水环境质量显著提升。", "北京市政府工作报告")
    assert_found(projects, set(), {"五大河流", "河流"})
    projects, _, _ = review_graph(tmp_path, "沿黄生态廊道1194公里全线贯通。", "河南省政府工作报告")
    assert_found(projects, set(), {"沿黄生态廊道1194公里"})
    projects, _, _ = review_graph(tmp_path, "投资4500万元的伊敏河沿河道路工程实现全线贯通。", "海拉尔区政府工作报告")
    assert_found(projects, set(), {"伊敏河沿河道路工程实现"})
