"""The area of a regional plan named after a region before its head (kg.extract.places
region_cluster_places, place_region_cluster_heads.txt): a province's own 城镇群 beside the national
城市群, a quoted abbreviation of several cities before the head, a river's old name, an area that is
the second item of a list of other things; and the region before the head is no place of its own
where the sentence names only the area (stems_of_region_clusters). Sentences of the 2026 plans of
云南, 湖北, 江苏 and 湖南 (tests/real) and of 甘肃 (design text)."""
from __future__ import annotations

from tests.conftest import report_names

YUNNAN = "2026年云南省政府工作报告"
HUBEI = "2026年湖北省政府工作报告"
JIANGSU = "2026年江苏省政府工作报告"
HUNAN = "2026年湖南省政府工作报告"
GANSU = "2026年甘肃省政府工作报告"


def _places(tmp_path, head: str, sentence: str) -> set[str]:
    return report_names(tmp_path, "Place", head, "", "二、2026年工作安排", "", sentence)


def test_a_provinces_own_town_clusters_are_places_and_their_regions_pieces_of_them(tmp_path):
    found = _places(tmp_path, YUNNAN, "提升滇西城镇群、滇东北城镇群发展能级。")
    assert {"滇西城镇群", "滇东北城镇群"} <= found
    assert not {"滇西", "滇东北"} & found


def test_a_quoted_abbreviation_of_cities_before_a_cluster_head(tmp_path):
    found = _places(tmp_path, HUBEI, "支持襄阳打造中西部发展的区域性中心城市、带动“襄十随神”城市群协同发展,"
                                     "支持宜昌打造区域性中心城市、带动“宜荆荆恩”城市群一体化发展。")
    assert {"襄十随神城市群", "宜荆荆恩城市群"} <= found
    assert not {"襄十随神", "宜荆荆恩"} & found


def test_a_cluster_named_after_the_rivers_old_name(tmp_path):
    found = _places(tmp_path, JIANGSU, "加快扬子江城市群建设,推动苏锡常、宁镇扬等融合发展。")
    assert "扬子江城市群" in found and "扬子江" not in found


def test_a_cluster_after_a_list_mark_that_follows_no_place(tmp_path):
    found = _places(tmp_path, HUNAN, "落实新时代推动中部地区崛起、长江经济带发展、长江中游城市群建设等重点任务。")
    assert "长江中游城市群" in found


def test_cities_listed_before_a_shared_head_stay_apart(tmp_path):
    found = _places(tmp_path, GANSU, "推动兰州、西宁都市圈协同发展。")
    assert "西宁都市圈" not in found


def test_a_division_before_the_head_stays_a_place(tmp_path):
    found = _places(tmp_path, YUNNAN, "做强以昆明都市圈为龙头的滇中城市群。")
    assert {"昆明都市圈", "昆明", "滇中城市群"} <= found


def test_a_river_opening_the_belt_named_after_it_is_a_piece_of_the_belts_name(tmp_path):
    # guangxi 2026 (and guizhou, fujian 2026, national-2015): 长江经济带 is the place, 长江 no place there
    found = _places(tmp_path, "2026年广西壮族自治区政府工作报告", "主动对接京津冀、长江经济带、海南自贸港发展。")
    assert {"京津冀", "长江经济带"} <= found and "长江" not in found
    found = _places(tmp_path, "2026年湖南省政府工作报告", "持续实施长江“十年禁渔”,推动长江经济带发展。")
    assert {"长江", "长江经济带"} <= found  # named bare too: 长江 stays a place
