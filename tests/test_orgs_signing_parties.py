"""Organization rules (issue 10) on sentences written in the genre's phrasing: the second party of a
signing ("由某县人民政府与X集团有限公司签约") and a registered name after the rank that describes it
("与中国500强企业X集团有限公司签约") are one company each, even when their trade is a common word
(长河, 东方, 山水); "与" after a body found joins two parties, it is not inside one name."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_the_second_party_of_a_signing_is_a_company_of_its_own(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2022年政府工作报告",
                 "该项目由清河县人民政府与东方集团有限公司签约,主要建设再生铝生产线。",
                 "该项目由清河县人民政府与山水集团有限公司签约,占地65亩。")
    assert {"清河县人民政府", "东方集团有限公司", "山水集团有限公司"} <= orgs
    assert not any("与" in o for o in orgs)  # never "清河县人民政府与东方集团有限公司"


def test_a_party_pointed_back_to_or_described_is_no_company(tmp_path):
    # a review's sentences: the stem points back to firms or describes them (org_party_determiners.txt)
    orgs = found(tmp_path, "Organization", "某县2022年政府工作报告",
                 "市政府与省内龙头集团有限公司签约。",
                 "该项目由县人民政府与部分企业集团有限公司签约。",
                 "县人民政府同上述集团有限公司签约。",
                 "市人民政府与市属国有企业集团有限公司签约。")
    assert not any(o.startswith(("省内", "部分", "上述", "市属")) for o in orgs), orgs
    assert not any("与" in o or "同上述" in o for o in orgs), orgs


def test_a_registered_name_after_its_rank_is_a_company(tmp_path):
    orgs = found(tmp_path, "Organization", "某县2022年政府工作报告",
                 "该项目由县人民政府与中国500强企业长河集团有限公司签约,总投资9亿元。")
    assert "长河集团有限公司" in orgs
    assert not any(o.startswith(("企业", "中国500强")) for o in orgs)



def test_a_count_of_firms_is_no_name(tmp_path):
    # the genre's "已有A、B 2家子公司": the count and the firms' kind name no company
    orgs = found(tmp_path, "Organization", "某市2022年政府工作报告",
                 "目前该集团在本县已有东岭实业、西岭实业2家建材子公司和配套加工项目。",
                 "该公司下设7家子公司,主营物流和仓储。")
    assert not any("2家" in o or "7家" in o for o in orgs)
