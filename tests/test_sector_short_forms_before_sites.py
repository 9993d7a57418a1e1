"""Session 60 (org): a sector's short form opening a works' or zone's name before a place is its field,
no company's trade name before its site (org_sector_short_forms.txt, organizations._company_before_site):
"科创广西先行试验区" names no company 科创, "数智北京创新中心" none 数智. Sentences of
guangxi-2026-review and beijing-2026-review; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_orgs_and_links

HEAD = "2026年某省人民政府工作报告"


@pytest.mark.parametrize("sentence, word", [
    ("强化企业创新主体地位，打造科创广西先行试验区等高能级创新平台。", "科创"),
    ("组建北京数据集团，数智北京创新中心投入运行，数字经济增加值增长8.7%。", "数智"),
], ids=["science_innovation", "digital_intelligence"])
def test_sector_before_place_is_no_company(tmp_path, sentence, word):
    orgs, links = review_orgs_and_links(tmp_path, sentence, HEAD)
    assert word not in orgs
    assert not any(o == word for o, _ in links)
