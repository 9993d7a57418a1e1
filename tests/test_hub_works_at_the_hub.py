"""A works on a transport hub itself, written right after the hub's name ("南京机场三期", "济南机场二期",
"南宁吴圩机场T3航站区", "梁山港二期"), is at the hub where the report holds the hub as a place, not
as works of its own (ANNOTATION rule 8: a place inside a project's name is linked; rule 3: the hub a
Place with alt_types Project), as well as where the hub is named after. The 17 real texts' annotators
write it so for airports and ports alike: 长沙机场改扩建工程 → 长沙机场 (hunan), 延吉机场迁建 → 延吉机场
(jilin), 义乌机场改扩建 → 义乌机场 (zhejiang), 天府国际机场二期 (sichuan), 福州长乐国际机场二期 (fujian),
南京机场三期 (jiangsu), 济南机场二期 and 梁山港二期 (shandong), 南宁吴圩机场T3航站区… (guangxi).
rel_hub_own_works.txt `place`; kg.resolve.relations._hub_is_a_place. Sentences of the real texts
(tests/real, tests/real/next)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

PROVINCE = "2026年江苏省人民政府工作报告"


def test_an_airport_s_phase_is_at_the_airport(tmp_path: Path):
    # jiangsu-2026
    links = review_located(tmp_path, "加快南京机场三期、南通新机场工程前期工作。", PROVINCE)
    assert {("南京机场三期", "南京机场"), ("南京机场三期", "南京市")} <= links


def test_an_airport_s_phase_after_the_hub_words_is_at_the_airport(tmp_path: Path):
    # shandong-2026
    links = review_located(tmp_path, "机场方面,推动济南、青岛协同打造区域航空双枢纽,加快建设济南机场二期,投用枣庄机场。",
                           "2026年山东省人民政府工作报告")
    assert {("济南机场二期", "济南机场"), ("济南机场二期", "济南市")} <= links


def test_a_terminal_area_is_at_the_airport(tmp_path: Path):
    # guangxi-2026
    links = review_located(tmp_path, "推进南宁吴圩机场T3航站区及配套设施工程。", "2026年广西壮族自治区人民政府工作报告")
    assert ("南宁吴圩机场T3航站区及配套设施工程", "南宁吴圩机场") in links


def test_a_port_s_phase_named_after_a_county_is_at_the_port(tmp_path: Path):
    # shandong-2026: 梁山港 is named after 梁山县, and a place of its own
    links = review_located(tmp_path, "航运方面,开工建设京杭运河与小清河航道连通工程、梁山港二期,打造济宁北方内河航运中心。",
                           "2026年山东省人民政府工作报告")
    assert {("梁山港二期", "梁山港"), ("梁山港二期", "梁山县")} <= links
