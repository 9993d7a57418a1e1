"""A centre named by the function it serves right before 中心 (org_institution_centre_functions.txt:
交易, 交易服务, 转化, 转移, 促进) is an institution, an organization whatever the verb ("生态环境权益交易中心",
"先进技术成果西部转化中心"), and so is a national transfer centre named by its region
("国家技术转移中部中心"); the verb before it opens no name, and a bare 服务中心 (a kind of facility
built by the dozen) is left to the project rules. Lines from the Hubei, Sichuan, Jiangsu and Fujian
reports of tests/real and the Gansu and Jilin design texts."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_trading_and_transfer_centres_are_institutions(tmp_path):
    orgs = _orgs(tmp_path, "推动国家技术转移中部中心、中国水权交易所武汉交易服务中心、生态环境权益交易中心的高效运行。",
                 "发挥先进技术成果西部转化中心、绵阳全国军民两用技术交易中心等平台作用,加快光子科创城建设。",
                 "促进全国高校区域技术转移转化中心成果对接,强化高新区创新策源功能。")
    assert_found(orgs, {"国家技术转移中部中心", "中国水权交易所武汉交易服务中心", "生态环境权益交易中心",
                        "先进技术成果西部转化中心", "绵阳全国军民两用技术交易中心", "全国高校区域技术转移转化中心"},
                 {"发挥先进技术成果西部转化中心", "西部转化中心", "交易中心"})


def test_the_verb_building_a_centre_opens_no_name(tmp_path):
    orgs = _orgs(tmp_path, "建立省级科技成果转化项目库与需求库,建好高校区域技术转移转化中心(福建),新增概念验证中心。")
    # (the seat bracketed after the network's centre is part of its name since session 59)
    assert_found(orgs, {"高校区域技术转移转化中心(福建)"}, {"建好高校区域技术转移转化中心(福建)", "好高校区域技术转移转化中心(福建)",
                                                   "建好高校区域技术转移转化中心"})


def test_service_centres_of_a_kind_are_no_institution(tmp_path):
    orgs = _orgs(tmp_path, "新建60个乡镇区域养老服务中心、10个县级综合养老服务中心。",
                 "建设现代农事综合服务中心,完善社区卫生服务中心布局。")
    assert_found(orgs, set(), {"60个乡镇区域养老服务中心", "乡镇区域养老服务中心", "现代农事综合服务中心",
                              "社区卫生服务中心"})
