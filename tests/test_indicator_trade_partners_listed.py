"""Trade partners listed after 对 share it and the measure of trade after the last one (sentences
from hubei-, fujian- and shanghai-2026-review in tests/real)."""
from tests.test_indicator_designations_obtained import names


def test_partners_listed_after_dui_share_it_and_the_measure(tmp_path):
    found = names(tmp_path, "外贸新动能加快发展，对东盟、欧盟进出口分别增长16.7%、40.2%。")
    assert {"对东盟进出口", "对欧盟进出口"} <= found, found
    found = names(tmp_path, "稳定传统市场，对非洲、拉美市场出口分别增长20%、7.6%。")
    assert {"对非洲市场出口", "对拉美市场出口"} <= found, found
    found = names(tmp_path, "对东盟、共建“一带一路”国家进出口总额分别增长10.4%、12.1%。")
    assert {"对东盟进出口总额", "对共建一带一路国家进出口总额"} <= found, found


def test_other_lists_are_left_to_their_own_rules(tmp_path):
    found = names(tmp_path, "城乡居民人均可支配收入分别增长5%和6%。")
    assert {"城镇居民人均可支配收入", "农村居民人均可支配收入"} <= found, found
