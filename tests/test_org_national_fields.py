"""Organizations (session 59): a national research institution whose field stands between 国家 and its
designation's kind ("国家生猪技术创新中心"), not one sought (争建), counted or named by a level (国家级…)."""
from __future__ import annotations

from tests.test_organizations import PROVINCE, orgs


def test_field_between_nation_and_designation(tmp_path):
    # chongqing-2026, heilongjiang-2026, neimenggu-2026, sichuan-2026-review, gansu-2026
    found = orgs(tmp_path, PROVINCE,
                 "深化山地农机装备等领域科技攻关，提升国家生猪技术创新中心等平台能级，加快畜牧科技城建设。",
                 "建好用好国家级创新平台，创建国家大豆技术创新中心，建设省现代农业实验室。",
                 "加大中重稀土开发利用力度，建强白云鄂博稀土全国重点实验室和国家稀土功能材料制造业创新中心。",
                 "电磁驱动聚变大科学装置获批建设，国家雅下水电技术创新中心在川落地。",
                 "创建国家重离子装备制造及应用制造业创新中心。培育壮大低空经济。")
    assert {"国家生猪技术创新中心", "国家大豆技术创新中心", "国家稀土功能材料制造业创新中心",
            "国家雅下水电技术创新中心", "国家重离子装备制造及应用制造业创新中心"} <= found


def test_sought_listed_or_levelled_designations_name_none(tmp_path):
    # tianjin-2026 (sought), zhejiang-2026-review (a level: a kind), national-2017 (listed kinds)
    found = orgs(tmp_path, PROVINCE,
                 "注重扬长避短，争建国家脑机接口技术创新中心、国家血液病医学中心。",
                 "国家实验室、国家大科学装置、国际大科学计划、国家级制造业创新中心均实现“零”的突破。",
                 "建设国家重大科技基础设施和技术创新中心，打造科技资源开放共享平台。")
    assert not any("创新中心" in f for f in found)


def test_network_centre_named_with_its_bracketed_seat(tmp_path):
    # chongqing-2026, fujian-2026: one centre of the national network, its seat bracketed after it
    found = orgs(tmp_path, PROVINCE, "建好用好“一带一路”国际技术转移中心、全国高校区域技术转移转化中心（成渝地区），新培育10家。",
                 "建立省级科技成果转化项目库与需求库，建好高校区域技术转移转化中心（福建），新增概念验证中心。")
    assert {"全国高校区域技术转移转化中心(成渝地区)", "高校区域技术转移转化中心(福建)"} <= found
    assert "高校区域技术转移转化中心" not in found and "全国高校区域技术转移转化中心" not in found
