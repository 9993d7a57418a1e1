"""Organizations (session 59): kinds of bodies named by ownership, level, boarding, round, risk or the
state capital's reform ("非国有博物馆", "国有资本投资公司") name no one body; nor does a body inside the
name of an event (亚太经合组织高官会)."""
from __future__ import annotations

from tests.test_organizations import NATIONAL, PROVINCE, orgs


def test_kinds_of_bodies_by_their_modifiers(tmp_path):
    # hainan-2026, qinghai-2026, shandong-2026, jiangsu-2026, jiangxi-2026-review
    found = orgs(tmp_path, PROVINCE, "支持非国有博物馆发展，建成省华侨博物馆。",
                 "推动市州级医院提质扩能。", "改善寄宿制学校办学条件。",
                 "建设新一轮高水平医院。", "稳妥化解高风险银行风险。")
    assert not {"非国有博物馆", "市州级医院", "寄宿制学校", "新一轮高水平医院", "高风险银行"} & found


def test_state_capital_investment_companies_are_a_kind(tmp_path):
    # national-2014, national-2015
    found = orgs(tmp_path, NATIONAL, "准确界定不同国有企业功能，推进国有资本投资运营公司试点。",
                 "加快国有资本投资公司、运营公司试点，打造市场化运作的专业平台。")
    assert not {"国有资本投资运营公司", "国有资本投资公司"} & found


def test_body_opening_a_senior_officials_meeting(tmp_path):
    # liaoning-2026
    found = orgs(tmp_path, PROVINCE, "高水平承办夏季达沃斯论坛、亚太经合组织高官会，办好第七届中国辽洽会。")
    assert "亚太经合组织" not in found


def test_promotion_centre_and_general_purpose_institute(tmp_path):
    # sichuan-2026, sichuan-2026-review (发展促进中心), chongqing-2026 (通用, read as a verb)
    found = orgs(tmp_path, PROVINCE, "深入开展优化环境“五个专项治理”，成立省民营经济发展促进中心，民间投资增长2.1%。",
                 "增强重庆信息与智慧医学研究院、重庆通用人工智能研究院、北航重庆科创中心能级。")
    assert {"省民营经济发展促进中心", "重庆通用人工智能研究院"} <= found


def test_province_technology_market(tmp_path):
    # anhui-2026, shandong-2026: the province's technology market is a body; an international one sought
    # in hainan-2026 is named by a modifier only
    found = orgs(tmp_path, PROVINCE, "培育技术经理人1000人以上。建强安徽科技大市场，办好中国（安徽）科技创新成果转化交易会。",
                 "健全完善揭榜挂帅等机制，提升山东科技大市场供需对接功能。", "推动国际科技大市场建设。")
    assert {"安徽科技大市场", "山东科技大市场"} <= found and "国际科技大市场" not in found
