"""Where an indicator's name starts: a word that elsewhere leads a clause (建设, 全面, 计划) stays
when it opens a noun of its own (sentences written for the test, not copied from gold)."""
from tests.conftest import report_mentions


def indicators(tmp_path, *lines):
    return {m.attrs["indicator"] for m in report_mentions(tmp_path, "2021年某某县政府工作报告", *lines)
            if m.type == "Observation"}


def test_a_lead_word_that_opens_a_noun_stays_in_the_name(tmp_path):
    found = indicators(tmp_path, "2020年工作回顾", "全年建设用地供应320公顷,计划生育率达99%,全面小康实现程度达96.1%。")
    assert {"建设用地供应", "计划生育率", "全面小康实现程度"} <= found


def test_the_same_words_as_verbs_still_drop(tmp_path):
    # 建设 and 全面 lead a clause here: the name is what follows them
    found = indicators(tmp_path, "2020年工作回顾", "全面完成造林面积3.2万亩,建设高标准农田5万亩。")
    assert "全面完成造林面积" not in found
    assert "造林面积" in found or "完成造林面积" in found


def test_building_counted_things_keeps_its_verb_as_new_building_does(tmp_path):
    # 建设 before what it builds, counted: the measure is what was built, as with 新建 and 建成;
    # a verb of effort before it (加快) still drops
    found = indicators(tmp_path, "2020年工作回顾", "建设公厕120座,加快建设乡村公路85公里,新建污水管网40公里。")
    assert {"建设公厕", "建设乡村公路", "新建污水管网"} <= found
    assert not any(name.startswith("加快") for name in found)


def test_a_stage_verb_opening_the_clause_of_named_examples_names_the_count_after_them(tmp_path):
    # the phrase before the value opens the clause: its stage verb still goes with the kind after 等
    found = {m.attrs["indicator"] for m in report_mentions(
        tmp_path, "2023年某某省政府工作报告", "2023年工作安排", "新开工北山引水二期骨干工程等80件以上重点水网工程。")
        if m.type == "Observation"}
    assert found == {"新开工重点水网工程"}
