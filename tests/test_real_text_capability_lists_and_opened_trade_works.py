"""Projects on real text (session 57, pj), sentences of the Shanxi, Jilin and Gansu 2026 reports and Hailar 2019:

- A list labelled by its kind whose level of capability a clause raises ("提升综合保税区、航空口岸、国际陆港等平台
  能级", "提升口岸、通道、物流货场等基础设施能级") lists kinds of platform, no works
  (project_enum_label_not_after.txt, with the words the list label's lookahead held inline before).
- A company's works opened for trade (project_sentence_build_words.txt: 营业, 运营, 开业) is a works though its
  name opens with the company: "红星美凯龙商贸综合体项目已部分试营业" (ANNOTATION rule 8: the company too).
"""
from __future__ import annotations

from tests.conftest import review_graph, review_projects


def test_kinds_whose_capability_is_raised_are_no_works(tmp_path):
    for sentence, title in (("提升综合保税区、航空口岸、国际陆港等平台能级，打造临空经济区。", "2026年山西省政府工作报告"),
                            ("推进国际运输走廊建设，提升口岸、通道、物流货场等基础设施能级和集货能力。", "2026年吉林省政府工作报告"),
                            ("提升综合保税区、陆港空港、跨境电商综合试验区等开放平台能级。", "2026年甘肃省政府工作报告")):
        found = review_projects(tmp_path, sentence, title)
        assert not found & {"航空口岸", "国际陆港", "物流货场", "陆港空港"}, (sentence, found)


def test_listed_works_labelled_as_platforms_stay(tmp_path):
    found = review_projects(tmp_path, "建成南湖文化中心、北湖体育中心等公共服务设施。", "2019年某县政府工作报告")
    assert {"南湖文化中心", "北湖体育中心"} <= found, found


def test_company_works_opened_for_trade(tmp_path):
    projects, orgs, links = review_graph(tmp_path, "海悦城项目一期、红星美凯龙商贸综合体项目已部分试营业，居然之家海拉尔店投入运营。",
                                         "2019年海拉尔区政府工作报告")
    assert "红星美凯龙商贸综合体项目" in projects, projects
    assert ("红星美凯龙", "红星美凯龙商贸综合体项目") in links, links
