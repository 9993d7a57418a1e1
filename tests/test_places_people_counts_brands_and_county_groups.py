"""Place rules (issue 9, session 19: wrong places and short forms on unseen reports of Hebei, Beijing,
Tianjin, Shanxi and Fujian) on sentences written in the genre's phrasing; each sentence is put in a
small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_person_after_a_title_is_no_place(tmp_path):
    # 峰 is a peak's head; a name after a title or before 同志 is a person's
    names = found(tmp_path, "Place", "北京市西城区人民政府工作报告",
                  "北京市西城区人民政府区长 张晓峰", "区委书记李云峰到固安县调研,王立峰同志主持会议。")
    assert not {"张晓峰", "李云峰", "王立峰"} & names
    assert "固安县" in names
    # a peak named without a title before it is still a place
    assert "玉皇峰" in found(tmp_path, "Place", "泰安市人民政府工作报告", "加快玉皇峰景区提档升级。")


def test_person_before_an_office_is_no_place(tmp_path):
    # session 21 (qr21): a leader thanked or quoted by name and office ("X峰书记", "X峰区长")
    names = found(tmp_path, "Place", "河北省沧州市东光县人民政府工作报告",
                  "张云峰书记、刘海山县长多次来我县调研。李晓峰区长在会上讲话,强调抓好漳卫新河治理。")
    assert not {"张云峰", "刘海山", "李晓峰"} & names
    assert "漳卫新河" in names
    # a village's secretary: the village before the office is still a place
    assert "东河村" in found(tmp_path, "Place", "河北省沧州市东光县人民政府工作报告",
                             "东河村书记带头领办合作社,村集体经济收入突破50万元。")


def test_numeral_glued_before_a_division_is_a_slogan(tmp_path):
    # "六宜": a count of qualities the city is to have, cut across 宜城市 by the segmenter
    assert "宜城市" not in found(tmp_path, "Place", "襄阳市人民政府工作报告", "全力打造六宜城市,提升城市品质。")
    # the division named on its own is still found
    assert "宜城市" in found(tmp_path, "Place", "襄阳市人民政府工作报告", "支持宜城市建设省级经济开发区。")


def test_city_inside_a_coined_brand_is_no_place(tmp_path):
    names = found(tmp_path, "Place", "福建省福州市人民政府工作报告",
                  "宁德时代新能源项目开工建设。青岛啤酒福州工厂建成投产。")
    assert "宁德" not in names
    # a trade after the city keeps it: the company's plant of that city
    assert "青岛" in names


def test_news_agency_opens_no_division(tmp_path):
    # 新华 is a short form of 新华区 (石家庄, 沧州); 新华社 is one word, the agency
    assert "新华" not in found(tmp_path, "Place", "河北省人民政府工作报告", "新华社记者 邢广利 摄。")


def test_whole_basin_is_the_water_itself(tmp_path):
    names = found(tmp_path, "Place", "河北省人民政府工作报告", "加强白洋淀全流域生态环境治理和修复保护。")
    assert "白洋淀" in names and "白洋淀全流域" not in names


def test_counted_group_of_counties(tmp_path):
    names = found(tmp_path, "Place", "河北省廊坊市人民政府工作报告",
                  "推动通州区与廊坊“北三县”协同发展,北三县与北京城市副中心交通加快对接。")
    assert {"北三县", "廊坊", "通州区"} <= names
    # a region's one word of its own is no such group
    assert "北三" not in found(tmp_path, "Place", "辽宁省人民政府工作报告", "推动东北三省协同发展。")
