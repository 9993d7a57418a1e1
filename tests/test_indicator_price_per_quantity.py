"""The quantity a price is reckoned per ("每50公斤", "平均每50公斤") is no value and no part of the
name: the minimum purchase prices of the State Council's 2011 and 2012 reports in tests/real
(小麦最低收购价, 稻谷最低收购价, the list sharing its head 收购价)."""
from tests.conftest import report_mentions


def values(tmp_path, line):
    found = report_mentions(tmp_path, "2012年国务院政府工作报告", "2012年主要任务", line)
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"]) for m in found if m.type == "Observation"]


def test_price_per_fifty_kilograms(tmp_path):
    found = values(tmp_path, "今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。")
    assert ("小麦最低收购价", "5", "元") in found and ("水稻最低收购价", "23", "元") in found
    assert not [v for v in found if v[2] == "公斤"]


def test_listed_prices_share_their_head(tmp_path):
    found = values(tmp_path, "今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元，继续实行临时收储政策。")
    assert found == [("小麦最低收购价", "7.4", "元"), ("稻谷最低收购价", "16", "元")]
