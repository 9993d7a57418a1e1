"""Session 61 (org): a body opening an item of a list of events, its words running to an event's head
(event_heads.txt) at the item's end, a clause's mark or 等, is inside the event's name and not
annotated (ANNOTATION rule 8), as after a hosting verb; a body that hosts (举办) or an item with no
event's head stays. Sentences of chongqing-2026-review, xinjiang-2026-review and yunnan-2026-review;
the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def test_bodies_inside_listed_events(tmp_path):
    orgs = review_graph(tmp_path, "成功举办央视春晚重庆分会场、上合组织国家电影节、中阿广电合作论坛。"
                                  "成功举办第十二届中国—中亚合作论坛、上合组织国家媒体合作论坛、首届中亚经济合作天山论坛。"
                                  "圆满完成中柬泰三方抚仙会晤、第十届上海合作组织成员国农业部长会议等重大外事外交活动。", HEAD)[1]
    assert "上合组织" not in orgs and "上海合作组织" not in orgs


def test_listed_bodies_stay(tmp_path):
    orgs = review_graph(tmp_path, "工会、共青团、妇联、上海合作组织秘书处举办研讨会。", HEAD)[1]
    assert {"工会", "共青团", "妇联"} <= orgs
