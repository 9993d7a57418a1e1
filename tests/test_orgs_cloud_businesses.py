"""Organization rules (issue 9): a known company's short name and 云 name its cloud business, a company
that holds the group's name ("某某云某地数据中心建成投运", "引进某某云"), but not where 云 opens another
word (云计算, 云南). Invented sentences in the genre's phrasing; the companies are in companies.txt."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"
HEAD = "乌兰察布市人民政府工作报告"


def test_a_cloud_business_before_its_data_centre(tmp_path):
    found = report_names(tmp_path, ORG, HEAD, "二、2019年工作安排", "腾讯云集宁数据中心一期建成投运，引进京东云区域总部。")
    assert {"腾讯云", "腾讯"} <= found


def test_cloud_as_another_word_after_a_company(tmp_path):
    found = report_names(tmp_path, ORG, HEAD, "二、2019年工作安排", "推动腾讯云计算中心落地，中国移动云南公司投资建设数据中心。")
    assert not {"腾讯云", "中国移动云"} & found
