"""A division's own zone that the sentence develops, in the genre's other wordings, is works in the
division it is named after (`zone_built`: kg.extract.projects._zone_built, place_zone_building_words.txt;
ANNOTATION rule 3): a partner after 与 and words of building it together, 产业集聚 after the list, words
of building before the list, a long zone inside the list, 升级为 (upgraded). Sentences of the 2018 report
of 芜湖市, the 2015 report of 大连市, the 2020 report of 顺德区, the 2018 report of 寿光市 and the 2012
report of 醴陵市."""
from __future__ import annotations

import pytest

from tests.conftest import review_located

DEVELOPED = [
    # built with a partner after 与
    ("推进三山经济开发区、芜湖高新区与上海张江高科技园区合作共建,引进中科大先进技术研究院芜湖分院。",
     "2018年芜湖市政府工作报告", ("芜湖高新区", "芜湖市")),
    # industries gathering in the listed zones
    ("推进旅顺经济开发区、花园口经济区、大连高新区产业集聚。", "2015年大连市政府工作报告", ("大连高新区", "大连市")),
    # a building verb before the list
    ("加快建设顺德高新区、顺德中德工业服务区、北滘新城等重点平台。", "2020年佛山市顺德区政府工作报告", ("顺德高新区", "顺德区")),
    # a later zone of the list longer than a short item
    ("推进寿光经济开发区、寿光市羊口先进制造业产业园、侯镇海洋化工产业园、东城工业园扩容提质。",
     "2018年寿光市政府工作报告", ("寿光经济开发区", "寿光市")),
    # upgraded to a higher level
    ("醴陵经济开发区成功升级为省级经济开发区,新入园企业30家。", "2012年醴陵市政府工作报告", ("醴陵经济开发区", "醴陵市")),
]


@pytest.mark.parametrize("text, head, link", DEVELOPED)
def test_a_zone_developed_is_in_its_division(tmp_path, text, head, link):
    assert link in review_located(tmp_path, text, head)


def test_a_zone_building_something_else_with_a_partner_stays_unlinked(tmp_path):
    # the zone builds an institute with the partner: the institute is the works, not the zone
    links = review_located(tmp_path, "推进芜湖高新区与上海交通大学合作共建研究院。", "2018年芜湖市政府工作报告")
    assert ("芜湖高新区", "芜湖市") not in links


def test_a_zone_where_other_works_are_built_stays_unlinked(tmp_path):
    # the dalian-2015 and shaanxi-2016 passages of pool u44: after 在 the zone is where the works are
    links = review_located(tmp_path, "大连冰山集团在金州新区建设冷链装备产业园。", "2015年大连市政府工作报告")
    assert ("金州新区", "金州区") not in links and ("金州新区", "金州") not in links
    links = review_located(tmp_path, "三星公司在西安高新区建设存储芯片二期项目。", "2016年陕西省政府工作报告")
    assert ("西安高新区", "西安") not in links and ("西安高新区", "西安市") not in links


def test_a_zone_designated_stays_unlinked(tmp_path):
    # the anju-2022 passage of pool u38: a zone that obtains a title is a place (no link)
    links = review_located(tmp_path, "安居经开区成功创建省级循环化改造试点示范园区。", "2022年遂宁市安居区政府工作报告")
    assert ("安居经开区", "安居") not in links and ("安居经开区", "安居区") not in links
