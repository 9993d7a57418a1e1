"""A trigger verb that qualifies the verb of a works' name is a word of the name (issue 9/10):
"粤东水资源优化配置工程" (guangdong-2026 sample) keeps 优化 before 配置
(kg.extract.projects._qualifies_verb_of_name, project_name_qualifying_verbs.txt); another trigger
before a verb still opens a clause ("新增投资项目…"). Sentences from the sample
under ../shared or written in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import assert_found, review_located, review_projects, shared_file

TITLE = "2026年某省人民政府工作报告"


def test_the_sample_s_water_allocation_works_keep_the_qualifying_verb(tmp_path):
    text = shared_file("seeds", "guangdong-2026.txt").read_text(encoding="utf-8")
    sentence = next(s for s in text.replace("\n", "。").split("。") if "水资源优化配置工程" in s) + "。"
    found = review_projects(tmp_path, sentence, "广东省2026年政府工作报告")
    assert_found(found, {"粤东水资源优化配置工程"}, {"配置工程", "优化配置工程"})
    links = review_located(tmp_path, sentence, "广东省2026年政府工作报告")
    assert any(w == "粤东水资源优化配置工程" and p.startswith("粤东") for w, p in links), links


def test_a_written_works_and_other_triggers_before_a_verb(tmp_path):
    found = review_projects(tmp_path, "开工建设晋南水资源优化配置工程,推进沁河流域综合治理。", TITLE)
    assert_found(found, {"晋南水资源优化配置工程"}, {"配置工程"})
    found = review_projects(tmp_path, "争取中央新增投资项目城关镇卫生院改扩建开工建设。", TITLE)
    assert not any(p.startswith(("中央", "新增")) for p in found), found
