"""Organization rules (issue 9, session 19, qr19: wrong organizations read on unseen reports) on
sentences written in the genre's phrasing; each sentence is put in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_month_before_a_university_is_no_part_of_its_name(tmp_path):
    # "9/月西/华大学": jieba joins the month to the name's first character
    names = found(tmp_path, "Organization", "成都市郫都区人民政府工作报告",
                  "今年9月西华大学大健康学院将正式开学,10月电子科技大学研究院投入使用。")
    assert not any(n.startswith("月") for n in names)
    assert "西华大学大健康学院" in names


def test_bank_named_after_a_region_is_one_bank(tmp_path):
    names = found(tmp_path, "Organization", "重庆市万州区人民政府工作报告", "推动三峡银行、重庆银行在区内增设网点。")
    assert {"三峡银行", "重庆银行"} <= names
    # the region spoken of on its own names no body
    assert "三峡" not in found(tmp_path, "Organization", "重庆市万州区人民政府工作报告", "做好三峡后续工作。")


def test_site_between_a_county_and_its_power_works_is_no_company(tmp_path):
    names = found(tmp_path, "Organization", "甘孜藏族自治州人民政府工作报告",
                  "加快孟底沟水电站、理塘索绒光伏发电、盐源抽水蓄能电站等电源项目建设。")
    assert not {"索绒", "理塘索绒"} & names
    # a company's trade name before its industry after a place is still read
    assert "证道" in found(tmp_path, "Organization", "运城市人民政府工作报告", "推进芮城证道锂电池负极材料项目建设。")


def test_industry_short_form_before_a_zone_head_is_no_company(tmp_path):
    # 家纺 (家用纺织品, a GB/T 4754 heading's short form) is tagged as an abbreviation by jieba
    names = found(tmp_path, "Organization", "宿迁市人民政府工作报告", "恒力集团投资建设家纺产业园项目。")
    assert "家纺" not in names
    assert "恒力集团" in names
