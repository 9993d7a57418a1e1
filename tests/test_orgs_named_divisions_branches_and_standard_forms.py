"""Organization rules (issues 9 and 10): a standard institution written with its division's name is
named with it ("某区政务服务中心", as the samples' gold writes 重庆市黔江区人民政府 and 易县人民政府); a
bank named after a region keeps its branch's place and head ("某地银行某市分行", as 恒丰银行黔江支行);
a standard body by another of its forms carries the form ANNOTATION rule 4 names it by (武警部队 →
武警). Invented sentences."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"


def test_an_institution_with_its_division_is_named_with_it(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "黔江区公共资源交易中心实现全流程电子化，重庆市黔江区疾病预防控制中心建成投用。")
    assert {"黔江区公共资源交易中心", "重庆市黔江区疾病预防控制中心"} <= found
    assert not {"区公共资源交易中心", "区疾病预防控制中心"} & found


def test_an_institution_by_its_level_alone_keeps_its_level(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾", "区政务服务中心实现一窗通办。")
    assert "区政务服务中心" in found


def test_a_bank_named_after_a_region_keeps_its_branch(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "重庆银行黔江分行、三峡银行黔江支行开业运营。")
    assert {"重庆银行黔江分行", "重庆银行", "三峡银行黔江支行", "三峡银行"} <= found


def test_a_branch_of_a_kind_of_bank_is_no_name(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾", "引导商业银行支行下沉服务。")
    assert not {"商业银行支行", "银行支行"} & found


def test_a_standard_body_carries_its_standard_form(tmp_path):
    from kg.model import ORG as ORG_TYPE
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text("黔江区人民政府工作报告\n\n各位代表:\n\n向驻区解放军、武警部队官兵致以崇高的敬意！\n", encoding="utf-8")
    report = build(path).report
    aliases = {e.name: e.aliases for e in report.entities.values() if e.type == ORG_TYPE}
    assert "武警" in aliases.get("武警部队", set())


def test_a_trade_opening_the_works_head_is_no_companys(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "推进瑞丰钼业科技创新中心、正阳健康科技小镇、城南文化科技创意产业基地建设。")
    assert "瑞丰钼业" in found
    assert not {"瑞丰钼业科技", "正阳健康科技", "城南文化科技"} & found


def test_a_joint_venture_whose_longest_known_form_cuts_into_its_partner(tmp_path):
    found = report_names(tmp_path, ORG, "嘉定区人民政府工作报告", "一、工作回顾", "上汽大众汽车新能源工厂建成投产。")
    assert "上汽大众汽车" in found
    assert "上汽" not in found


def test_a_titanium_trade_after_a_division_ends_a_company_opening_its_works(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "开工建设攀枝花钛业硫酸法钛白粉技改工程。")
    assert "攀枝花钛业" in found


def test_a_company_named_with_its_country_or_region_is_also_called_by_its_own_name(tmp_path):
    from kg.model import ORG as ORG_TYPE
    from kg.pipeline import build

    path = tmp_path / "report.txt"
    path.write_text("黔江区人民政府工作报告\n\n一、工作回顾\n\n德国卡尔斯博投资建设精密轴承项目，香港瑞安集团签约建设城南商业综合体。\n",
                    encoding="utf-8")
    report = build(path).report
    aliases = {e.name: e.aliases for e in report.entities.values() if e.type == ORG_TYPE}
    assert "卡尔斯博" in aliases.get("德国卡尔斯博", set())
    assert "瑞安集团" in aliases.get("香港瑞安集团", set())


def test_the_centres_of_government_services_and_social_governance(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "黔江区农村产权交易中心挂牌运行，区社会治安综合治理中心、区城市运行管理服务中心投入使用。")
    assert {"黔江区农村产权交易中心", "区社会治安综合治理中心", "区城市运行管理服务中心"} <= found


def test_a_body_by_its_owner_or_task_or_after_a_lists_deng_is_a_kind(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾",
                         "中心医院、中医院等定点医院全力救治，区属学校与高校合作办学，四川航空、重庆航空等航空公司开通航线。")
    assert {"中心医院", "中医院"} <= found
    assert not {"定点医院", "区属学校", "航空公司"} & found


def test_a_known_company_before_zonggongsi_is_named_with_it(tmp_path):
    found = report_names(tmp_path, ORG, "黔江区人民政府工作报告", "一、工作回顾", "积极对接中国铁路总公司，争取黔江至石柱铁路纳入规划。")
    assert "中国铁路总公司" in found
    assert "中国铁路" not in found
