"""Session 61 (org2): sports teams and performing troupes the report praises for what they won are
organizations (kg.extract.team_feats, org_team_heads.txt, org_team_feat_verbs.txt): a name ending in a
team's or troupe's head at its clause's start, right before a verb of winning. The head after one
character (女足首夺…) and a team's name before an event (女篮世界杯预选赛) name none. Sentences of
chongqing-2026-review, hainan-2026-review, jilin-2026-review, liaoning-2026-review, qinghai-2026-review
and guangxi-2026-review; the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_clubs_rising_and_winning(tmp_path):
    orgs = _orgs(tmp_path, "“渝超联赛”火爆出圈，铜梁龙足球队冲超成功。琼中女足“冲超”成功，实现三年三级跳。"
                           "长春大众卓越女足勇夺2025中国足协杯（女子）冠军。")
    assert {"铜梁龙足球队", "琼中女足", "长春大众卓越女足"} <= orgs


def test_team_and_troupe_taking_a_title_or_prize(tmp_path):
    orgs = _orgs(tmp_path, "杂技剧《先声》获文华奖，沈阳文旅青年合唱团获群星奖。环青赛、青超联赛等赛事精彩纷呈，"
                           "青海冰壶队夺得中国冰壶联赛男子组冠军。")
    assert {"沈阳文旅青年合唱团", "青海冰壶队"} <= orgs


def test_unnamed_team_and_event_are_none(tmp_path):
    orgs = _orgs(tmp_path, "女足首夺全国女甲联赛冠军，男足首夺乙级联赛冠军。办好女篮世界杯预选赛。")
    assert not any(o.endswith(("女足", "男足", "女篮")) for o in orgs)
