"""Organizations (session 59): the mass bodies' short forms the reports list, the sector's people
listed among bodies, the State Council's title, and where a name opens after the verb before it
(a verb's complement 好, verbs jieba tags nouns) or runs back over a laboratory's field (育种)."""
from __future__ import annotations

from tests.test_organizations import NATIONAL, PROVINCE, orgs


def test_social_science_federation_and_friendship_association(tmp_path):
    # sichuan-2026-review
    found = orgs(tmp_path, PROVINCE, "工会、青年、妇女儿童、文艺、社科联、科协、友协、工商联、残联、贸促、慈善等事业持续进步。")
    assert {"社科联", "友协", "科协", "工商联", "残联"} <= found


def test_public_security_and_fire_forces_thanked_are_no_bodies(tmp_path):
    # zhejiang-2026-review, jiangxi-2026-review: the thanks to the forces stationed in the province
    found = orgs(tmp_path, PROVINCE, "向驻浙人民解放军、武警部队、公安干警、消防救援队伍，向关心支持浙江发展的同志们表示衷心感谢！",
                 "向驻赣人民解放军指战员、武警部队官兵、公安干警、消防救援队伍指战员表示感谢！")
    assert "公安" not in found and "消防救援队伍" not in found
    assert "武警部队" in found


def test_state_council_title_names_no_body(tmp_path):
    # national-2013, national-2016: the excerpt's title line; the body is named where it speaks
    path = tmp_path / "report.txt"
    path.write_text("2016年国务院政府工作报告\n各位代表：\n一、2016年工作回顾\n国务院提请全国人大常委会审议法律议案。\n",
                    encoding="utf-8")
    from kg.extract import extract_mentions
    from kg.text.document import parse_document
    from kg.text.reading import read_source
    from tests.conftest import names_of
    mentions = extract_mentions(parse_document(read_source(path)))
    assert [m.text for m in mentions if m.type == "Organization"].count("国务院") == 1


def test_verb_and_its_complement_open_no_name(tmp_path):
    # chongqing-2026, qinghai-2026, hailar-2018
    found = orgs(tmp_path, PROVINCE, "建好教育部重庆高等研究院、北航重庆科创中心。",
                 "建好青海高等研究院，推进干细胞与再生医学实验室建设。",
                 "落实“土十条”政策，整改好中央环保督察组反馈问题。")
    assert {"教育部重庆高等研究院", "青海高等研究院"} <= found
    assert not any(f.startswith(("建好", "好")) for f in found)


def test_verbs_tagged_nouns_open_no_name(tmp_path):
    # liaoning-2026, jiangsu-2026
    found = orgs(tmp_path, PROVINCE, "重塑国家级大学科技园和高校区域技术转移转化中心。",
                 "统筹安排中小学、幼儿园布局。")
    assert not any(f.startswith(("重塑", "统筹安排")) for f in found)


def test_breeding_laboratory_holds_its_field(tmp_path):
    # anhui-2026, jiangsu-2026
    found = orgs(tmp_path, PROVINCE, "推动生物育种安徽省实验室建设。",
                 "高水平建设国家农创中心和生物育种钟山实验室。")
    assert {"生物育种安徽省实验室", "生物育种钟山实验室"} <= found
    assert "钟山实验室" not in found and "安徽省实验室" not in found
