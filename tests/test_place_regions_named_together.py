"""Regions the reports name by their members' short forms together (regions.txt): 港澳台 (Hong Kong, Macao
and Taiwan as one field of work and partner), 东中部 (the eastern and central regions whose industry moves
west), 川渝 (Sichuan and Chongqing as one region). Inside the terms for their people (港澳台同胞, 港澳台侨,
not_names.txt) the region is no place. Sentences of the design texts (tests/real) and the Guangdong sample."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line,found", [
    ("深入开展与港澳台交流合作，做好外事、侨务工作。", {"港澳台"}),  # shanghai-2026
    ("落实党的民族、宗教和侨务政策，做好港澳台工作。", {"港澳台"}),  # tianjin-2026
    ("扎实做好民族宗教、审计、统计、外事、港澳台、侨务、档案工作。", {"港澳台"}),  # sichuan-2026-review
    ("深化东西部协作，提升链接东中部的市场化要素配置能力。", {"东中部"}),  # anhui-2026
    ("承接好东中部产业转移，更好融入国内大循环。", {"东中部"}),  # xinjiang-2026
    ("深化与川渝毗邻地区的合作。", {"川渝"}),  # guizhou-2026
    ("提速建设川渝千亿立方米天然气生产基地、川渝特高压交流加强工程。", {"川渝"}),  # chongqing-2026
])
def test_region_named_by_its_members(tmp_path, line, found):
    assert_found(plan_entities(tmp_path, "Place", line), found, set())


@pytest.mark.parametrize("line", [
    "向驻粤人民解放军和武警官兵，以及港澳台同胞、海外侨胞、国际友人，表示衷心的感谢！",  # guangdong-2026
    "统筹做好决策咨询、港澳台侨、搬迁安置、科普、档案等工作。",  # yunnan-2026
])
def test_region_in_the_term_for_its_people_is_no_place(tmp_path, line):
    assert_found(plan_entities(tmp_path, "Place", line), set(), {"港澳台", "港澳"})
