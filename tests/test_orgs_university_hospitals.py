"""Organization rules (issue 9): a university's hospital named after the university ("某某大学某某医院",
"某某医科大学附属第二医院", "某某大学医学院附属第四医院") is one organization holding the university,
which is annotated apart (ANNOTATION rule 8); invented sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import names_of, report_mentions


def mentions(tmp_path, head: str, *lines: str) -> tuple[set[str], set[str]]:
    found = report_mentions(tmp_path, head, *lines)
    return names_of(found, "Organization"), names_of(found, "Project")


def test_a_hospital_named_right_after_its_university(tmp_path):
    orgs, projects = mentions(tmp_path, "兰州市人民政府工作报告", "社会事业加快发展。兰州大学云岭医院新院区投入使用，新增学位3000个。")
    assert {"兰州大学云岭医院", "兰州大学"} <= orgs
    assert "云岭医院" not in orgs
    assert "兰州大学云岭医院新院区" in projects


def test_an_affiliated_hospital_of_a_provinces_medical_university(tmp_path):
    orgs, projects = mentions(tmp_path, "遵义市人民政府工作报告", "民生事业持续改善。湖南医科大学附属第三医院遵义院区建成开诊。")
    assert {"湖南医科大学附属第三医院", "湖南医科大学"} <= orgs
    assert not {"附属第三医院", "医科大学"} & orgs
    assert "湖南医科大学附属第三医院遵义院区" in projects


def test_an_affiliated_hospital_of_a_universitys_medical_college(tmp_path):
    orgs, _ = mentions(tmp_path, "金华市人民政府工作报告", "社会事业协调发展。复旦大学医学院附属第五医院二期开工建设。")
    assert {"复旦大学医学院附属第五医院", "复旦大学"} <= orgs
    assert "附属第五医院" not in orgs


def test_a_county_hospital_after_a_university_in_a_list_keeps_apart(tmp_path):
    # a conjunction between the university and the hospital: two bodies, not the university's hospital
    orgs, _ = mentions(tmp_path, "岳池县人民政府工作报告", "县人民医院与重庆医科大学合作共建远程会诊中心。")
    assert "县人民医院" in orgs
    assert not any(o.startswith("重庆医科大学") and o.endswith("医院") for o in orgs)


def test_an_affiliated_hospital_of_a_university_jieba_cuts_before_its_head(tmp_path):
    # jieba reads 大学 alone after the place ("澄江|大学", "中国|澄江科技|大学"): the hospital's name
    # still opens with the university's, not at 附属
    orgs, projects = mentions(tmp_path, "青禾市人民政府工作报告",
                              "社会事业加快发展。澄江大学附属第二医院南区、中国澄江科技大学附属第一医院东区投入使用。")
    assert {"澄江大学附属第二医院", "中国澄江科技大学附属第一医院"} <= orgs
    assert not {"附属第二医院", "附属第一医院"} & orgs
    assert {"澄江大学附属第二医院南区", "中国澄江科技大学附属第一医院东区"} <= projects


def test_a_hospital_after_a_bare_university_head_and_no_place_keeps_its_walk(tmp_path):
    # no place's name opens the words before 大学 ("老年大学"): no university, the hospital's own name
    orgs, _ = mentions(tmp_path, "青禾市人民政府工作报告", "社会事业加快发展。开办老年大学附属康复医院。")
    assert "老年大学附属康复医院" not in orgs


def test_an_affiliated_hospital_named_in_its_branchs_name_is_not_cut_at_the_ordinal(tmp_path):
    # "某某医科大学附属|第一医院某某院区某某分院": the hospital is the university's, whole; the university
    # is still named apart (ANNOTATION rule 8)
    orgs, projects = mentions(tmp_path, "青禾市人民政府工作报告",
                              "完成棚户区改造4000户，建成澄江医科大学附属第一医院青禾院区东山分院和东山区人民医院新院。")
    assert {"澄江医科大学附属第一医院", "澄江医科大学", "东山区人民医院"} <= orgs
    assert not {"第一医院", "附属第一医院"} & orgs
    assert "澄江医科大学附属第一医院青禾院区东山分院" in projects


def test_an_affiliated_school_of_a_listed_university_jieba_cuts_before_its_head(tmp_path):
    # a listed university (org_universities.txt) whose words before 大学 are no place's name
    # ("中央财经|大学"): the school's name still opens with it
    orgs, projects = mentions(tmp_path, "青禾市人民政府工作报告", "教育事业优质发展。推进中央财经大学附属实验中学东山校区建设。")
    assert {"中央财经大学附属实验中学", "中央财经大学"} <= orgs
    assert "中央财经大学附属实验中学东山校区" in projects


def test_a_partner_hospital_named_by_a_listed_university_and_a_kind_of_hospital(tmp_path):
    # "某某大学附属|儿科医院": jieba reads the kind and 医院 as one word; the university opening the stem
    # names the hospital, which partners the city's works
    orgs, _ = mentions(tmp_path, "青禾市人民政府工作报告", "医疗服务能力提升。与中南财经政法大学附属儿科医院合作共建青禾儿童医院。")
    assert {"中南财经政法大学附属儿科医院", "中南财经政法大学"} <= orgs
