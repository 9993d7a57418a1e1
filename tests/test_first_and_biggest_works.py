"""The first or the biggest works of its kind (session 60, helper pjw): a superlative before a works is no
part of its name (project_openers.txt: "建成全球最大己二酸生产基地" → 己二酸生产基地, chongqing-2026-review),
and a works named only by its kind after an ordinal of firsts or a superlative is one works where its
clause builds it (kg/extract/first_works.py: fujian-2026-review, zhejiang-2026-review,
sichuan-2026-review); the biggest made so by a build word before it is what a place has become."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_a_superlative_stays_out_of_the_name(tmp_path):
    got = review_projects(tmp_path, "建成全球最大己二酸生产基地，重庆信息与智慧医学研究院挂牌运行。", "2026年重庆市人民政府工作报告")
    assert_found(got, {"己二酸生产基地"}, {"全球最大己二酸生产基地"})


def test_the_first_or_biggest_of_a_kind_built(tmp_path):
    got = review_projects(tmp_path, "全球最大烷烃一体化生产基地投产，全国最大容量LNG储罐开工建设。", "2026年福建省人民政府工作报告")
    assert_found(got, {"烷烃一体化生产基地", "LNG储罐"}, set())
    got = review_projects(tmp_path, "全国首个大宗商品资源配置枢纽落地浙江。", "2026年浙江省人民政府工作报告")
    assert_found(got, {"大宗商品资源配置枢纽"}, set())
    got = review_projects(tmp_path, "国道318川藏线建成全球首条高原绿色超充换电走廊。建成全国最大天然气生产基地。",
                          "2026年四川省人民政府工作报告")
    assert_found(got, {"高原绿色超充换电走廊"}, {"天然气生产基地", "全国最大天然气生产基地"})
