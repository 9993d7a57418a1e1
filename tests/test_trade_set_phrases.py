"""A trade word that opens a common building's name with the word after it ends no company's name
(org_trade_set_phrases.txt): "三角地时代广场商业综合体" (海拉尔区's reports, ../shared/corpus/hailar) is a
mall's works, opened by no company 三角地, while the battery maker 青海时代 still opens its plant's works."""
from __future__ import annotations

from kg.pipeline import build


def _organizations(tmp_path, sentence: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text("2014年海拉尔区政府工作报告\n\n" + sentence + "\n", encoding="utf-8")
    return {m.text for m in build(path).mentions if m.type == "Organization"}


def test_a_mall_named_times_square_opens_with_no_company(tmp_path):
    found = _organizations(tmp_path, "万家惠农贸市场、发达广场、三角地时代广场商业综合体等重点项目进展顺利。")
    assert "三角地" not in found and "三角地时代" not in found


def test_the_battery_maker_still_opens_its_plant(tmp_path):
    assert "青海时代" in _organizations(tmp_path, "青海时代动力电池极片项目开工建设。")
