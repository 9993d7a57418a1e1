"""Places that are fragments of a longer word or name (session 47, issue 9: Place precision): a name
cut short of another division's (黄石 in 黄石港), the tail of another division's name whose first
character jieba cut off (宁|南山区), a division's name and a water's head that opens the next name
(某州|江阴), a county closing a development slogan (工业兴县), a policy's kind of area (乡村振兴片区).
Sentences made up in the genre's phrasing with made-up or well-known general names, and one of the
seed reports (/work/shared/seeds), not copied from any design pool."""

from kg.api import build_report
from kg.extract import _context
from kg.extract.base import PLACE
from kg.extract.place_bounds import _cut_short_of_a_division
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SEEDS, names_of


def _labels(tmp_path, text, type_="Place"):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return names_of(build_report(f).mentions, type_)


def _province_report(province: str, body: str) -> str:
    return (f"{province}政府工作报告\n2026年1月10日在{province}第十四届人民代表大会第四次会议上\n"
            f"二、2026年工作安排\n{body}\n")


def _sentence_context(tmp_path, body: str):
    """The context of the first sentence of the work section of a made-up report holding `body`."""
    f = tmp_path / "r.txt"
    f.write_text(_province_report("湖北省", body), encoding="utf-8")
    doc = parse_document(read_source(f))
    sentence = next(s for s in doc.sentences if body[:4] in s.text)
    return _context(doc, sentence)


def test_a_place_cut_short_of_another_divisions_name(tmp_path):
    """A city's short form read at the front of a district's name written on ("黄石|港": 黄石港区, a
    district of the city, not 黄石市) is cut short; the same name before its own kind is not."""
    ctx = _sentence_context(tmp_path, "加快黄石港码头改造,推进黄石市区绿化。")
    a = ctx.text.index("黄石港")
    assert _cut_short_of_a_division(ctx, ctx.mention(PLACE, a, a + 2, source="test"))
    b = ctx.text.index("黄石市")
    assert not _cut_short_of_a_division(ctx, ctx.mention(PLACE, b, b + 2, source="test"))


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
    text = _province_report("山西省", "坚持生态立县、科技兴县、人才强县。与吕梁市兴县开展劳务协作。")
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    slogan = [m for m in build_report(f).mentions if m.type == "Place" and m.text == "兴县"]
    assert len(slogan) == 1 and text[slogan[0].start - 3:slogan[0].start] == "吕梁市", slogan


def test_the_seed_reports_slogan_read_in_the_countys_own_province(tmp_path):
    """yixian-2019's slogan ("生态立县、旅游兴县、工业强县") read in a report of 兴县's own province,
    where the far-county rule of the lexicon does not refuse it."""
    text = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    sentence = next(s for s in text.split("。") if "旅游兴县" in s) + "。"
    assert "兴县" not in _labels(tmp_path, _province_report("山西省", sentence))


def test_a_policys_kind_of_area_is_no_place(tmp_path):
    places = _labels(tmp_path, _province_report("山东省", "打造三个乡村振兴片区,推进城乡融合示范片区建设,"
                                                          "加快推进城南片区建设。"))
    assert not any("振兴" in p for p in places), places
    assert "城南片区" in places, places


def test_a_known_water_at_the_front_of_a_longer_waters_name(tmp_path):
    places = _labels(tmp_path, _province_report("贵州省", "加快赣江河、某某河综合治理。"))
    assert "赣江河" in places and "赣江" not in places, places


def test_a_list_item_whose_first_character_jieba_reads_as_a_verb(tmp_path):
    places = _labels(tmp_path, _province_report("上海市", "完成东沙河、洗马河、跳石河等河道综合整治。"))
    assert {"洗马河", "跳石河"} <= places and not {"马河", "石河"} & places, places


def test_a_list_item_whose_first_character_jieba_reads_as_a_pronoun(tmp_path):
    places = _labels(tmp_path, _province_report("青海省", "加快黄河、这尔河水利枢纽建设。"))
    assert "这尔河" in places and "尔河" not in places, places


def test_a_quarter_after_a_zone_does_not_open_with_the_zones_head(tmp_path):
    # "青禾新区|白鹭片区": the new area is a place, its quarter another, named by its own words; the
    # zone's head (新区) closes the zone's name, no part of the quarter's
    places = _labels(tmp_path, _province_report("江西省", "由澄江建设集团承建的青禾新区白鹭片区安置房一期交付使用。"))
    assert "白鹭片区" in places and "新区白鹭片区" not in places, places
