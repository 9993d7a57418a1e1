"""Places that are fragments of a longer word or name (session 47, issue 9: Place precision): a name
cut short of a division's (the river 丹江 in 丹江口), the tail of another division's name whose first
character jieba cut off (宁|南山区), a division's name and a water's head that opens the next name
(某州|江阴), a county closing a development slogan (工业兴县), a policy's kind of area (乡村振兴片区).
Sentences made up in the genre's phrasing with made-up or well-known general names, and one of the
seed reports (/work/shared/seeds), not copied from any design pool."""

from kg.api import build_report
from tests.conftest import SHARED, names_of


def _labels(tmp_path, text, type_="Place"):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return names_of(build_report(f).mentions, type_)


def _province_report(province: str, body: str) -> str:
    return (f"{province}政府工作报告\n2026年1月10日在{province}第十四届人民代表大会第四次会议上\n"
            f"二、2026年工作安排\n{body}\n")


def test_a_river_cut_short_of_the_city_named_after_it(tmp_path):
    places = _labels(tmp_path, _province_report("河南省", "确保丹江口水库水质稳定达标。"))
    assert "丹江口水库" in places and "丹江" not in places, places


def test_a_division_whose_first_character_ends_another_name(tmp_path):
    places = _labels(tmp_path, _province_report("四川省", "加快凉山州宁南山区综合开发,推进深圳市南山区对口帮扶。"))
    assert "凉山州" in places and "深圳市" in places, places
    assert "南山区" in places  # after its own city's name it is the district


def test_the_tail_after_a_one_character_word_is_no_division(tmp_path):
    places = _labels(tmp_path, _province_report("四川省", "加快凉山州宁南山区综合开发。"))
    assert "南山区" not in places, places


def test_a_water_head_opening_the_next_name(tmp_path):
    places = _labels(tmp_path, _province_report("江苏省", "推进苏州江阴物流园建设,完成某某河水环境综合整治。"))
    assert "苏州江" not in places, places


def test_a_county_closing_a_slogan_in_its_own_province(tmp_path):
    text = _province_report("山西省", "坚持文化旅游强县、新型工业兴县、现代农业稳县。与吕梁市兴县开展劳务协作。")
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    slogan = [m for m in build_report(f).mentions if m.type == "Place" and m.text == "兴县"]
    assert len(slogan) == 1 and text[slogan[0].start - 3:slogan[0].start] == "吕梁市", slogan


def test_the_seed_reports_slogan_read_in_the_countys_own_province(tmp_path):
    """yixian-2019's slogan ("生态立县、旅游兴县、工业强县") read in a report of 兴县's own province,
    where the far-county rule of the lexicon does not refuse it."""
    text = (SHARED / "seeds" / "yixian-2019.txt").read_text(encoding="utf-8")
    sentence = next(s for s in text.split("。") if "旅游兴县" in s) + "。"
    assert "兴县" not in _labels(tmp_path, _province_report("山西省", sentence))


def test_a_policys_kind_of_area_is_no_place(tmp_path):
    places = _labels(tmp_path, _province_report("山东省", "建设四大乡村振兴片区,某某县乡村振兴示范片区建设有序推进,"
                                                          "加快推进城南片区建设。"))
    assert not any("振兴" in p for p in places), places
    assert "城南片区" in places, places


def test_a_known_water_at_the_front_of_a_longer_waters_name(tmp_path):
    places = _labels(tmp_path, _province_report("贵州省", "加快湘江河、某某河综合治理。"))
    assert "湘江河" in places and "湘江" not in places, places


def test_a_list_item_whose_first_character_jieba_reads_as_a_verb(tmp_path):
    places = _labels(tmp_path, _province_report("上海市", "完成横沥河、练祁河、盐铁塘等河道综合整治。"))
    assert "练祁河" in places and "祁河" not in places, places
