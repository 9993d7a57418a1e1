"""Bodies named by what their members do together or by their parent university:
- 合作 (cooperation), a field jieba reads as a verb, inside an alliance's or centre's name: the walk to the
  name's start runs through it (org_trades.txt): "澜湄旅游城市合作联盟" (chongqing-2026);
- a dash joining two partners stops the walk; the name opens with the country before it
  (`_past_dashed_partner`): "中国—东盟国家人工智能应用合作中心", never "东盟国家…" (guangxi-2026-review);
- a laboratory or institute named after its university opens with the university, which is a body of
  its own too (`lab_of_university` in `_org_by_head`): "青海大学三江源生态大数据应用实验室" (qinghai-2026-review).
kg/extract/organizations.py. Sentences from tests/real."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, review_orgs_and_links


def test_an_alliance_named_by_its_cooperation_and_its_headquarters(tmp_path):
    projects, orgs, links = review_graph(
        tmp_path, "开展“你好！重庆”“向世界讲述重庆”等品牌推介，落地澜湄旅游城市合作联盟总部。", "2026年重庆市政府工作报告")
    assert "澜湄旅游城市合作联盟" in orgs
    assert ("澜湄旅游城市合作联盟", "澜湄旅游城市合作联盟总部") in links


def test_a_joint_centre_opens_with_the_country_before_the_dash(tmp_path):
    orgs, _ = review_orgs_and_links(
        tmp_path, "中国—东盟国家人工智能应用合作中心、中国—东盟人工智能创新合作中心获国家发展改革委、科技部等部委批准建设。",
        "2026年广西壮族自治区人民政府工作报告")
    assert "东盟国家人工智能应用合作中心" not in orgs
    assert "国家发展改革委" in orgs


def test_a_cooperative_kind_is_no_body(tmp_path):
    # national-2011: farmers' co-operatives, a kind
    orgs, _ = review_orgs_and_links(tmp_path, "加快发展农民专业合作组织，提高农业组织化程度。", "2011年国务院政府工作报告")
    assert not any(o.endswith("合作组织") for o in orgs)


def test_a_university_laboratory_names_the_university_and_the_laboratory(tmp_path):
    orgs, _ = review_orgs_and_links(
        tmp_path, "科技创新成果不断涌现，青海大学三江源生态大数据应用实验室成为西部地区唯一获批的哲学社会科学实验室，"
        "青海师范大学藏语智能实验室跻身全国重点实验室。", "2026年青海省人民政府工作报告")
    assert {"青海大学", "青海大学三江源生态大数据应用实验室", "青海师范大学", "青海师范大学藏语智能实验室"} <= orgs
    assert "藏语智能实验室" not in orgs


def test_a_university_leading_a_national_laboratory_names_no_laboratory(tmp_path):
    # zhejiang-2026-review: the university leads the building of a kind of laboratory
    orgs, _ = review_orgs_and_links(tmp_path, "西湖大学牵头建设全国重点实验室。", "2026年浙江省人民政府工作报告")
    assert "西湖大学" in orgs
    assert not any(o.endswith("实验室") for o in orgs)


def test_setting_up_a_university_is_no_part_of_its_name(tmp_path):
    # chongqing-2026-review: 设置 (the Ministry's word for founding a university) opens the clause
    orgs, _ = review_orgs_and_links(tmp_path, "成功设置重庆工业职业技术大学，重庆三峡学院更名为重庆三峡科技大学。",
                                    "2026年重庆市政府工作报告")
    assert "重庆工业职业技术大学" in orgs
    assert "设置重庆工业职业技术大学" not in orgs


def test_a_forest_farm_named_by_its_place_is_a_body(tmp_path):
    # hebei-2026-review, gansu-2026-review
    head = "2026年河北省人民政府工作报告"
    orgs, _ = review_orgs_and_links(tmp_path, "基本实现采补平衡，塞罕坝林场荣获联合国“土地生命奖”。", head)
    assert "塞罕坝林场" in orgs
    orgs, _ = review_orgs_and_links(tmp_path, "八步沙林场“六老汉”三代人治沙造林群体荣获“全国防沙治沙英雄群体”称号。", head)
    assert "八步沙林场" in orgs


def test_a_kind_of_forest_farm_is_no_body(tmp_path):
    # hebei-2026-review, tests/real: state forest farms (kinds); the yixian-2019 sample: large-scale plantations
    head = "2026年河北省人民政府工作报告"
    for sentence in ("加快现代化国有林场建设，启动国有林场改革。", "推进白洋淀上游规模化林场建设。", "加快国有农牧林场改革。"):
        orgs, _ = review_orgs_and_links(tmp_path, sentence, head)
        assert not any(o.endswith("林场") for o in orgs)


def test_a_hospital_in_another_place_is_named_with_its_parent(tmp_path):
    # henan-2026: a national regional medical centre, the parent hospital's and the province's names
    orgs, _ = review_orgs_and_links(
        tmp_path, "加快建设国家医学中心（中医类），建成中国医学科学院肿瘤医院河南医院、省疾控中心国家区域公共卫生中心。",
        "2026年河南省人民政府工作报告")
    assert "中国医学科学院肿瘤医院" in orgs
    assert "河南医院" not in orgs


@pytest.mark.parametrize("sentence, body", [
    # anhui-2026-review: 经贸合作, one word to jieba (an idiom)
    ("做优做强“海客圆桌会”等品牌，发挥徽派企业国际经贸合作联盟作用，服务优势产业和上下游企业“走出去”。", "徽派企业国际经贸合作联盟"),
    # yunnan-2026: 出海, a verb to jieba
    ("大力培育产贸融合型企业，提升“云企出海联盟”效能。", "云企出海联盟"),
])
def test_an_alliance_named_by_its_members_trade_abroad(tmp_path, sentence, body):
    orgs, _ = review_orgs_and_links(tmp_path, sentence, "2026年安徽省人民政府工作报告")
    assert body in orgs


def test_going_abroad_without_a_head_names_no_body(tmp_path):
    orgs, _ = review_orgs_and_links(tmp_path, "支持企业出海，拓展境外经贸合作区多元平台功能。", "2026年安徽省人民政府工作报告")
    assert orgs == {"安徽省人民政府"}
