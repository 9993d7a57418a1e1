"""Sites listed by their short names before 等, a count by 处 and their kind ("哈克、团结、谢尔塔拉等三处文化
遗址被国务院列入全国重点文物保护单位", the Hailar corpus 2016) are places as those counted by 个 are
(kg/lexicons/place_site_list_closers.txt, kg.extract.places.extract_closed_area_lists); a common word
among them ("团结") stays none."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_sites_counted_by_chu(tmp_path):
    sentence = "公共文化发展取得进步，哈克、团结、谢尔塔拉等三处文化遗址被国务院列入全国重点文物保护单位。"
    assert_found(review_names(tmp_path, "Place", sentence, "海拉尔区政府工作报告"), {"谢尔塔拉"}, {"团结", "文化遗址"})
