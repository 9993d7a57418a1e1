"""Organizations in an industrial city's investment paragraphs and a province's list of bodies: two
companies joined by 和, a foreign company after its country, a company named by its trade name and
industry before a works' phase, a road named after a group, a national body's provincial unit, the
standard bodies of a county. Invented names in the genre's phrasing (session 34, issue 9)."""
from __future__ import annotations

from tests.conftest import report_names

CITY = "各位代表：\n现在，我代表岳阳市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"
COUNTY = "各位代表：\n现在，我代表桂东县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"
PROVINCE = "各位代表：\n现在，我代表湖南省人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾"


def found(tmp_path, head: str, *sentences: str, kind: str = "Organization") -> set[str]:
    return report_names(tmp_path, kind, head, *sentences)


def test_a_brand_and_its_trade_joined_to_a_company(tmp_path):
    # jieba glues 和 to the next name (和顺, a county): the conjunction still splits the two
    orgs = found(tmp_path, CITY, "华宇物流和顺安冷链公司联合建设的洞庭冷链物流园投入运营。")
    assert {"华宇物流", "顺安冷链公司"} <= orgs
    assert not any("和" in o for o in orgs)


def test_a_foreign_company_after_its_country(tmp_path):
    # named with its country, as test_orgs_before_a_city has it ("新加坡海源集团"); 大成 is a common word
    orgs = found(tmp_path, CITY, "法国蓝岭精工和韩国大成化学公司分别在经开区投资建设精密轴承和特种纤维项目。")
    assert {"法国蓝岭精工", "韩国大成化学公司"} <= orgs
    assert "化学公司" not in orgs  # a trade and a legal form name no company


def test_a_trade_name_and_industry_before_a_phase(tmp_path):
    orgs = found(tmp_path, CITY, "加快瑞泰精密二期、鼎华新材料高纯石英砂项目建设。")
    assert "瑞泰精密" in orgs and "瑞泰" not in orgs
    assert "鼎华新" not in orgs  # jieba's 鼎华新|材料: the industry 新材料 took the 新


def test_a_numbered_road_named_after_a_group_is_no_works(tmp_path):
    orgs = found(tmp_path, CITY, "帮助远大三路、金桂二路沿线企业解决用地、用工问题35个。", "加快远大二路建设。")
    assert "远大" not in orgs
    assert not {"远大三路", "金桂二路"} & found(tmp_path, CITY, "帮助远大三路、金桂二路沿线企业解决用地、用工问题35个。",
                                                 kind="Project")


def test_a_national_bodys_unit_in_a_province(tmp_path):
    orgs = found(tmp_path, PROVINCE, "配合审计署长沙特派办完成专项审计。", "国家税务总局湖南省税务局持续优化办税服务。")
    assert {"审计署长沙特派办", "审计署", "国家税务总局湖南省税务局", "国家税务总局"} <= orgs
    assert not {"长沙特派办", "湖南省税务局"} & orgs


def test_a_known_banks_branch_though_its_name_is_a_countys(tmp_path):
    # 兴业 is a county of Guangxi too: the bank's name before the branch's place is no place
    assert "兴业银行岳阳分行" in found(tmp_path, CITY, "农业银行岳阳分行、兴业银行岳阳分行新增制造业贷款30亿元。")


def test_inspection_teams_and_observatories(tmp_path):
    orgs = found(tmp_path, PROVINCE, "配合国务院第五督查组开展实地督查。", "省气象局与长沙中心气象台联合开展人工增雨作业。")
    assert {"国务院第五督查组", "省气象局", "长沙中心气象台"} <= orgs
    assert not any("与" in o for o in orgs)


def test_a_countys_standard_bodies(tmp_path):
    orgs = found(tmp_path, COUNTY, "县退役军人服务中心、县未成年人救助保护中心实现“一站式”服务。")
    assert {"县退役军人服务中心", "县未成年人救助保护中心"} <= orgs


def test_a_policy_field_in_a_list_is_no_company_and_no_works(tmp_path):
    lines = ("支持城市更新、产业升级等领域项目建设。", "推动数字经济、城市更新等企业加快发展。")
    assert not {"城市更新", "数字经济"} & found(tmp_path, CITY, *lines)
    assert "城市更新" not in found(tmp_path, CITY, *lines, kind="Project")
    # a named area's renewal is works still
    assert "城东片区城市更新" in found(tmp_path, CITY, "加快城东片区城市更新。", kind="Project")


def test_a_known_groups_subsidiary_by_its_trade_and_seat(tmp_path):
    # 汽车部件 (GB/T 4754 367 汽车零部件及配件制造) before the seat in brackets: one registered name
    orgs = found(tmp_path, CITY, "博世汽车部件（长沙）有限公司二期扩能项目开工建设。")
    assert "博世汽车部件(长沙)有限公司" in orgs
