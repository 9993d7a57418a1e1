"""Places the rules had not seen (session 43, issue 9, pl43c): a mountain or lake of common
characters listed among toponyms before "等景区", and the site of a city's ranked plant
("某某第二污水处理厂"), the site a bonded zone is named after ("某某保税区"), and a river's numbered bridge listed before a works ("某江五桥"). Sentences made up in the genre's phrasing, not copied from any gold."""
from __future__ import annotations

from tests.conftest import report_names, review_names


def _places(tmp_path, *sentences: str) -> set[str]:
    return report_names(tmp_path, "Place", "某市2023年政府工作报告", "二、2023年工作回顾", *sentences)


def test_a_mountain_of_common_characters_listed_among_sites(tmp_path):
    found = _places(tmp_path, "白马湖、七分山、青竹寨等景区接待游客120万人次。")
    assert {"白马湖", "七分山", "青竹寨"} <= found
    assert "平安山" in _places(tmp_path, "白马湖、平安山、青竹寨等景点全年接待游客80万人次。")


def test_the_same_name_outside_a_list_of_sites_stays_unread(tmp_path):
    found = _places(tmp_path, "七分山水三分田,风光秀美。")
    assert "七分山" not in found


def test_a_list_closed_by_no_site_word_reads_no_common_stem(tmp_path):
    found = _places(tmp_path, "白马湖、七分山等品牌影响扩大。")
    assert "七分山" not in found


def test_a_ranked_plant_is_at_the_site_before_its_rank(tmp_path):
    found = _places(tmp_path, "建成柳湾第二污水处理厂扩建工程。")
    assert "柳湾" in found and "柳湾第二" not in found


def test_a_ranked_plant_named_by_a_direction_has_no_site(tmp_path):
    found = _places(tmp_path, "建成城南第三污水处理厂。")
    assert not {"城南", "城南第三"} & found


def test_a_bonded_zone_holds_the_site_it_is_named_after(tmp_path):
    found = review_names(tmp_path, "Place", "推进金塘保税区二期建设。", "某市政府工作报告")
    assert "金塘" in found


def test_a_bonded_zone_named_by_a_common_word_holds_no_site(tmp_path):
    found = review_names(tmp_path, "Place", "综合保税区进出口额增长12%。", "某市政府工作报告")
    assert "综合" not in found


def test_a_rivers_numbered_bridge_listed_before_a_works_is_no_place(tmp_path):
    found = review_names(tmp_path, "Place", "推进渠江七桥、白鹭湖湿地公园二期建设。", "某市政府工作报告")
    assert "渠江七桥" not in found and "白鹭湖" in found
