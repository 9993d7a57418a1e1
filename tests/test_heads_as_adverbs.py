"""A works head that is an adverb of the verb after it is no head (session 60, helper pjw;
project_heads_as_adverbs.tsv, projects._adverb_before_verb): "统筹山水林田湖草沙系统治理" (systematically
govern), "深化公共安全系统施治". Sentences of tests/real/shandong-2026-review.txt, hebei-2026-review.txt,
heilongjiang-2026.txt, qinghai-2026.txt and neimenggu-2026-review.txt."""
from __future__ import annotations

from tests.conftest import review_projects


def test_systematic_governance_names_no_system(tmp_path):
    got = review_projects(tmp_path, "山水林田湖草沙系统治理持续深化，深化公共安全系统施治，严厉打击整治突出违法犯罪。",
                          "2026年山东省人民政府工作报告")
    assert not {"山水林田湖草沙系统", "公共安全系统"} & got
    got = review_projects(tmp_path, "加强大兴安岭林区森林草原火灾系统治理。加强重要江河湖库系统治理和生态保护。",
                          "2026年黑龙江省人民政府工作报告")
    assert not {"大兴安岭林区森林草原火灾系统", "重要江河湖库系统"} & got
    got = review_projects(tmp_path, "完成贺兰山至阴山段沿黄岸线180公里流沙系统治理。", "2026年内蒙古自治区人民政府工作报告")
    assert "贺兰山至阴山段沿黄岸线180公里流沙系统" not in got
