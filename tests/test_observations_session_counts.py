"""Press pieces on the opening of a session: the delegates who came are no values (ANNOTATION 5),
and a growth goal written as a level ("增长目标是7%") is a change. Sentences written for the test
in the genre's phrasing, not copied from any report read."""
from tests.test_observations_copies_without_title import observations

OPENING = ("2025年政府工作报告\n"
           "县十八届人大二次会议应出席代表210人,出席198人,缺席12人,因事请假8人,实到202名,符合法定人数。"
           "1800名人大代表出席会议,300多名政协委员列席。出席会议的415名市人大代表听取了报告。\n"
           "今年全县办理人大代表建议126件、政协提案188件。扶贫政策落实到3600人。"
           "新选举产生人大代表85名,政协委员走访群众4200人。\n")


def test_the_delegates_at_a_session_are_no_values(tmp_path):
    found = observations(tmp_path, OPENING)
    values = {v for _, v, _, _, _, _ in found}
    assert not values & {"210", "198", "12", "8", "202", "1800", "300", "415"}, found


def test_motions_handled_and_people_reached_stay_values(tmp_path):
    found = observations(tmp_path, OPENING)
    values = {(n, v) for n, v, _, _, _, _ in found}
    assert ("人大代表建议", "126") in values and ("政协提案", "188") in values, found
    assert any(v == "3600" for _, v in values), found
    # a count of delegates elected: no attendance (a review of session 22)
    assert any(v == "85" for _, v in values), found
    # the people members visited (走访群众4200人) is a count of visits, no value (ANNOTATION 5; session 33)
    assert not any(v == "4200" for _, v in values), found


def test_a_verb_ending_in_ding_stays_in_the_name(tmp_path):
    """认定为/核定为 are no level verb 定为 cutting the name ("高新技术企业认" — a review of session 22)."""
    found = observations(tmp_path, "2025年政府工作报告\n今年全县高新技术企业认定为35家,耕地保有量核定为50万亩。\n")
    names = {n for n, _, _, _, _, _ in found}
    assert not names & {"高新技术企业认", "耕地保有量核"}, found


GOALS = ("2025年政府工作报告\n"
         "县长在报告中说,今年全县地区生产总值增长目标是7%左右,规上工业增加值增速目标为8%,"
         "全县GDP目标增速为4%至4.5%。\n")


def test_a_growth_goal_written_as_a_level_is_a_change(tmp_path):
    found = {(n, v, d) for n, v, _, s, p, d in observations(tmp_path, GOALS) if s == "target" and p == 2025}
    assert ("地区生产总值", "7", "increase") in found, found
    assert ("规上工业增加值", "8", "increase") in found, found
    assert ("GDP", "4", "increase") in found and ("GDP", "4.5", "increase") in found, found


def test_a_growth_goal_set_at_a_value_is_a_change(tmp_path):
    text = ("2025年政府工作报告\n"
            "今年全市地区生产总值增长目标设定在6.8%左右,经济增长目标确定为6%左右,"
            "一般公共预算收入(GBR)增长目标为4%。\n")
    found = {(n, v, d) for n, v, _, s, p, d in observations(tmp_path, text) if s == "target" and p == 2025}
    assert ("地区生产总值", "6.8", "increase") in found, found
    assert ("经济", "6", "increase") in found, found
    assert ("一般公共预算收入", "4", "increase") in found, found
