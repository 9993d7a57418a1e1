"""A verb of policy action that opens a count's name (obs_policy_verbs.txt: 启动, 推动, 打通, 用好,
筹措…) is no part of the indicator's name; before a verb of works ("启动建设…") the name stays, as
建设 does. Sentences from the plan and review parts of the 2026 reports of Fujian, Beijing, Chongqing
and Guangxi and the State Council's 2016 report in tests/real."""
from tests.conftest import report_mentions


def names(tmp_path, line, title="2026年福建省政府工作报告", heading="2025年工作回顾"):
    found = report_mentions(tmp_path, title, heading, line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_started_renewal_is_named_without_the_verb(tmp_path):
    found = names(tmp_path, "大力实施城市更新，启动城中村改造2.6万户、老旧小区改造8.36万户，开工筹集保障性住房1.6万套。")
    assert {"城中村改造", "老旧小区改造"} <= found
    assert "启动城中村改造" not in found


def test_roads_opened_and_projects_pushed(tmp_path):
    assert "断头路" in names(tmp_path, "实施杜家坎等30项市级疏堵工程，打通53条断头路，东四环大修顺利完工。")
    plan = names(tmp_path, "扩大制造业投资，加快推动600个以上亿元级工业项目建设，新实施1500个以上技改项目。",
                 "2026年重庆市政府工作报告", "2026年主要工作")
    assert {"亿元级工业项目", "技改项目"} <= plan


def test_funds_raised_and_used(tmp_path):
    assert "就业惠民工程" in names(tmp_path, "筹措7亿元实施就业惠民工程，开展稳岗扩容提质行动。",
                                 "2026年广西壮族自治区政府工作报告", "2026年主要工作")
    assert "引导基金" in names(tmp_path, "完善政府和社会资本合作模式，用好1800亿元引导基金，依法严格履行合同。",
                            "2016年国务院政府工作报告", "2016年重点工作")


def test_started_works_keep_the_verb(tmp_path):
    found = names(tmp_path, "启动建设30个产业创新综合体，12家单位入选全国首批重点培育中试平台。")
    assert "启动建设产业创新综合体" in found


def test_going_on_and_adding_open_no_name(tmp_path):
    # the State Council's reports of 2011 and 2016
    assert "代地方发债" in names(tmp_path, "继续代地方发债2000亿元并纳入地方预算，赤字率下降到2%左右。",
                              "2011年国务院政府工作报告", "2011年主要任务")
    assert "深松土地" in names(tmp_path, "增加深松土地1.5亿亩，新增高效节水灌溉面积2000万亩。",
                            "2016年国务院政府工作报告", "2016年重点工作")
