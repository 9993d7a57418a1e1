"""Organization rules (issue 9): foreign companies in the report's phrasing, named by their country and a
transliterated trade name with no head ("德国某某、瑞典某某分别投资建设…") or by a Japanese company's
legal form (株式会社); the country stays in the name and is a place of its own. Invented names."""
from __future__ import annotations

from tests.conftest import report_pairs

HEAD = "常州市人民政府工作报告"


def test_countries_and_transliterated_trade_names_of_investors(tmp_path):
    found = report_pairs(tmp_path, HEAD, "二、2019年工作安排", "德国卡尔斯博、瑞典维克伦分别投资建设精密轴承和医疗器械项目。")
    assert {("Organization", "德国卡尔斯博"), ("Organization", "瑞典维克伦")} <= found
    assert {("Place", "德国"), ("Place", "瑞典")} <= found


def test_a_japanese_company_by_its_legal_form(tmp_path):
    found = report_pairs(tmp_path, HEAD, "二、2019年工作安排", "日本丸荣精机株式会社投资的汽车零部件项目正式投产。")
    assert ("Organization", "日本丸荣精机株式会社") in found


def test_a_country_and_a_word_without_investment_is_no_company(tmp_path):
    # a visit or a market after the country names no company
    found = report_pairs(tmp_path, HEAD, "二、2019年工作安排", "组团赴德国汉诺威参加工业博览会，拓展俄罗斯市场。")
    assert not {o for kind, o in found if kind == "Organization" and o.startswith(("德国", "俄罗斯"))}
