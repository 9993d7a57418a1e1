"""The place a park or museum at an excavated site is named after (place_heritage_park_kinds.txt:
考古遗址公园, 遗址公园, 遗址博物馆; ANNOTATION rule 8): "大汶口国家考古遗址公园挂牌" (shandong-2026-review) and
"陶寺国家考古遗址公园正式挂牌" (shanxi-2026-review) hold the places 大汶口 and 陶寺, and the park is located
there, though it is found as a place too. The site's city or culture between them
(place_heritage_stem_tails.txt) is no part of the place ("哈克文化遗址公园", in a district report's wording:
哈克, the town, not 哈克文化). A museum named after a site the sentence names as a place of its own
("大河村遗址博物馆", henan-2026-review: 大河村遗址) holds no shorter place."""
from __future__ import annotations

import pytest

from tests.conftest import review_located

CASES = [  # (report title, sentence, links found, links not found)
    ("山东省政府工作报告", "大汶口国家考古遗址公园挂牌，大明湖西南遗址考古取得重大突破。",
     {("大汶口国家考古遗址公园", "大汶口")}, set()),
    ("山西省政府工作报告", "陶寺国家考古遗址公园正式挂牌，山西博物院位列国家一级博物馆运行评估第一名。",
     {("陶寺国家考古遗址公园", "陶寺")}, set()),
    ("海拉尔区政府工作报告", "启动哈克文化遗址公园建设。",
     {("哈克文化遗址公园", "哈克镇")}, {("哈克文化遗址公园", "哈克文化")}),
    ("河南省政府工作报告", "殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放。",
     {("大河村遗址博物馆", "大河村遗址")}, {("大河村遗址博物馆", "大河村")}),
]


@pytest.mark.parametrize("head, text, found, not_found", CASES)
def test_a_heritage_park_is_at_its_site(tmp_path, head, text, found, not_found):
    links = review_located(tmp_path, text, head)
    assert found <= links, f"missing {found - links} in {links}"
    assert not not_found & links, f"wrongly found {not_found & links}"
