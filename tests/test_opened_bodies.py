"""Session 61 (org): a body the report says was unveiled, set up or placed in its area
(kg.extract.opened_bodies: a name ending in org_opened_heads.txt, 中心/研究院/实验室/联盟…, right
before a verb of org_opening_verbs.txt, 揭牌/挂牌/成立/落户/落地/投入运行) is an organization, and so is
each item of the list the verb closes; a body brought in by a verb, a count of bodies and a centre
named as a facility are not. Sentences of zhejiang-2026-review, shandong-2026-review,
xinjiang-2026-review, chongqing-2026-review, beijing-2026-review (found) and hainan-2026,
sichuan-2026-review (not found); the whole pipeline runs on them."""
from __future__ import annotations

from tests.conftest import review_graph

HEAD = "2026年某省人民政府工作报告"


def _orgs(tmp_path, sentence: str) -> set[str]:
    return review_graph(tmp_path, sentence, HEAD)[1]


def test_unveiled_centre(tmp_path):
    orgs = _orgs(tmp_path, "杭州综保区成功扩区，金砖国家特殊经济区中国合作中心正式揭牌，联合国全球地理信息知识与创新中心落户浙江。")
    assert {"金砖国家特殊经济区中国合作中心", "联合国全球地理信息知识与创新中心", "联合国"} <= orgs


def test_centres_listed_before_the_verb(tmp_path):
    orgs = _orgs(tmp_path, "落实中国—中亚峰会成果清单，中国—中亚减贫合作中心、教育交流合作中心落地新疆。")
    assert {"中国—中亚减贫合作中心", "教育交流合作中心"} <= orgs


def test_centre_hung_with_a_plaque(tmp_path):
    orgs = _orgs(tmp_path, "崂山实验室加快建设，省重点实验室完成重组，上合科技创新合作中心挂牌运行。")
    assert "上合科技创新合作中心" in orgs


def test_centre_in_operation(tmp_path):
    assert "数智北京创新中心" in _orgs(tmp_path, "组建北京数据集团，数智北京创新中心投入运行，数字经济增加值增长8%。")


def test_facility_centre_is_none(tmp_path):
    orgs = _orgs(tmp_path, "城市大数据中心投入运行，区域分拣中心落地。")
    assert not any(o.endswith("中心") for o in orgs)


def test_bodies_set_up_by_the_report(tmp_path):
    orgs = _orgs(tmp_path, "推动出台金融支持加快西部陆海新通道建设的意见，设立陆海新通道金融服务中心。"
                           "实施促进民营经济发展壮大36条政策措施，成立省民营经济和区域经济发展中心。"
                           "实现台胞在闽“全网通办”服务，设立全国首个台胞职业资格一体化服务中心。")
    assert {"陆海新通道金融服务中心", "省民营经济和区域经济发展中心", "台胞职业资格一体化服务中心"} <= orgs


def test_bodies_a_subject_sets_up_are_none(tmp_path):
    orgs = _orgs(tmp_path, "支持有条件的高校设立科技商学院。大力吸引企业设立全球供应链管理中心。"
                           "在主要消费地区设立牛羊肉前置屠宰加工中心。")
    assert not any(o.endswith(("学院", "中心")) for o in orgs)
