"""Words of the genre that hold a sea's or river's head yet name no water: a 海 that opens a common
word jieba keeps whole (place_word_opening_heads.txt: 海运, 海洋), and words jieba tags as places that
name none (not_names.txt: 陆海, 深海, 入河, 入海). Sentences of the 2026 plans of 福建, 山东 and 广西 and
of the State Council's 2015 report (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import report_names


@pytest.mark.parametrize("head, sentence, fragment", [
    ("2026年福建省政府工作报告", "推动自贸试验区扩区提质,加快推进“丝路海运”港航贸一体化发展。", "丝路海"),
    ("2026年山东省政府工作报告", "争取自贸试验区海洋经济政策集成改革方案获批。", "试验区海"),
    ("2026年山东省政府工作报告", "聚焦深海空天、生物制造、脑机接口、量子科技等领域。", "深海"),
    ("2026年广西壮族自治区政府工作报告", "加快建设广西海洋实验室、陆海通道工程全寿命安全实验室。", "陆海"),
    ("2015年国务院政府工作报告", "加强新亚欧大陆桥、陆海口岸支点建设。", "陆海"),
    ("2026年广西壮族自治区政府工作报告", "开展森林生态效益补偿,支持入河排污口整治和农村环境综合整治。", "入河"),
])
def test_a_word_holding_a_waters_head_names_no_water(tmp_path, head, sentence, fragment):
    assert fragment not in report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_a_sea_named_by_its_head_stays(tmp_path):
    found = report_names(tmp_path, "Place", "2026年云南省政府工作报告", "", "二、2026年工作安排", "",
                         "持续推进洱海、滇池保护治理。")
    assert "洱海" in found
