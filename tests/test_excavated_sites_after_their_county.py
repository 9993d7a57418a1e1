"""An excavated site named after its county (place_excavated_site_heads.txt: 遗址, 墓群): the county found
before it and the site named on its own are two places ("仙居下汤遗址", zhejiang-2026-review; "礼县四角坪
遗址", gansu-2026-review), as the 全国十大考古新发现 lists write them; a site named after an office or a
person stays one name with its city ("延安红色革命旧址", shaanxi-2026)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CASES = [  # (province, sentence of its review part, places found, places not found)
    ("浙江", "余姚井头山、温州朔门古港、仙居下汤遗址先后入选全国年度十大考古新发现。", {"仙居", "下汤遗址"}, {"仙居下汤遗址"}),
    ("甘肃", "天祝吐谷浑王族墓葬群、礼县四角坪遗址入选全国十大考古新发现。", {"礼县", "四角坪遗址"}, {"礼县四角坪遗址"}),
    ("陕西", "加强秦雍城、茂陵遗址和延安红色革命旧址等保护。", {"延安红色革命旧址"}, {"红色革命旧址"}),
]


@pytest.mark.parametrize("province, sentence, found, not_found", CASES)
def test_a_site_and_the_county_before_it(tmp_path, province, sentence, found, not_found):
    got = report_names(tmp_path, "Place", f"{province}省政府工作报告", "", "一、2025年工作回顾", "", sentence)
    assert_found(got, found, not_found)
