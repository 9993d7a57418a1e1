"""A facility named right before a verb of receiving an honour and the 称号 it confers
("胜利社区卫生服务中心被授予国家级示范中心称号", hailar-2014; "靠山、胜利社区卫生服务中心获得国家级“示范社区
卫生服务中心”称号", hailar-2016-review) is a body that exists and runs, no works being built (ANNOTATION
rules 2 and 13): no project there. Works that win a prize (奖, not a title) stay works
("开州崖柏保护利用项目获评全球生态修复与保护范例奖", chongqing-2026-review), and so does a facility of the
same sentence that opens."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph

DISTRICT = "呼伦贝尔市海拉尔区政府工作报告"


def projects(tmp_path, sentence, head=DISTRICT):
    return review_graph(tmp_path, sentence, head)[0]


def test_a_centre_given_a_title_is_no_works(tmp_path):
    got = projects(tmp_path, "哈克卫生院综合门诊部、健康社区卫生服务中心投入使用，胜利社区卫生服务中心被授予国家级示范中心称号。")
    assert_found(got, {"健康社区卫生服务中心"}, {"胜利社区卫生服务中心"})


def test_centres_sharing_a_head_given_a_title_are_no_works(tmp_path):
    got = projects(tmp_path, "靠山、胜利社区卫生服务中心获得国家级“示范社区卫生服务中心”称号，三级医疗服务体系初步建立。")
    assert_found(got, set(), {"胜利社区卫生服务中心", "靠山、胜利社区卫生服务中心"})


def test_works_given_a_prize_stay_works(tmp_path):
    got = projects(tmp_path, "成功创建云阳世界地质公园，开州崖柏保护利用项目获评全球生态修复与保护范例奖。",
                   "重庆市政府工作报告")
    assert_found(got, {"开州崖柏保护利用项目"}, set())
