"""Indicator names where a count stands between a verb of building or upgrading and the noun it
counts (obs_count_first_verbs.txt): the noun is the name, not the verb with it (ANNOTATION: the
measure without the verb or the number). Sentences are the wording of the design texts (Jiangsu,
Shandong, Jilin, Hunan and Zhejiang 2026 plan parts; Hailar 2018)."""
from tests.conftest import observation_rows


def indicators(tmp_path, part, body):
    return [row[0] for row in observation_rows(tmp_path, "某省政府工作报告", f"{part}\n{body}")]


def plan_names(tmp_path, body):
    return indicators(tmp_path, "二、2026年重点工作", body)


def test_new_builds_counted_before_the_noun_name_the_noun(tmp_path):
    found = plan_names(tmp_path, "强化高新区和高等院校“双高协同”,新建10家省级概念验证中心、30家标杆孵化器和10家省级制造业中试平台。"
                                 "新建5个现代化大农业全链条样板县。新创建13个国家临床重点专科。")
    assert {"省级概念验证中心", "标杆孵化器", "省级制造业中试平台", "现代化大农业全链条样板县",
            "国家临床重点专科"} <= set(found)
    assert not [n for n in found if n.startswith(("新建", "新创建"))]


def test_upgrades_counted_before_the_noun_name_the_noun(tmp_path):
    found = plan_names(tmp_path, "扩充优质普通高中公办学位8万个,提质升级1000所中小学校食堂。整合提升1000个民生服务综合体。"
                                 "改造1万户农村危房。")
    assert {"中小学校食堂", "民生服务综合体", "农村危房"} <= set(found)


def test_the_verb_written_right_before_the_noun_stays(tmp_path):
    found = plan_names(tmp_path, "新建高标准农田1000万亩。")
    assert "新建高标准农田" in found


def test_in_a_review_the_noun_names_it_too(tmp_path):
    found = indicators(tmp_path, "一、2017年工作回顾", "落实学前教育三年行动计划,新建2所公立幼儿园,扶持和规范普惠性民办幼儿园。")
    assert "公立幼儿园" in found
