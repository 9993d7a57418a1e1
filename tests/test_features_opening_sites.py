"""Natural features named before a site or works named after them (kg/extract/features.py,
`extract_features_opening_sites`), and a river's basin (流域) read as the river
(kg/extract/places.py, `extract_suffix_places`). Sentences of real reports: the Hailar corpus, the
Yixian sample, and the Mianyang (2017) and Shunde (2020) reports."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SEEDS, SHARED, names_of, review_names

HAILAR = SHARED / "corpus" / "hailar"


def _places_of_sentence(path, sentence_part: str) -> set[str]:
    """The places found in the sentences of the report at `path` that hold `sentence_part`."""
    doc = parse_document(read_source(path))
    mentions = [m for m in extract_mentions(doc) if sentence_part in doc.sentences[m.sentence].text]
    return names_of(mentions, "Place")


def test_a_river_s_basin_is_the_river():
    # hailar-2015: "重点抓好海拉尔河流域生态环境、西山湿地和黑羊站水源地保护": the gold of the genre
    # writes the river ("实施临江河流域综合治理" → 临江河), no area named 海拉尔河流域
    if not HAILAR.exists():
        pytest.skip("needs ../shared")
    places = _places_of_sentence(HAILAR / "hailar-2015.txt", "海拉尔河流域生态环境")
    assert "海拉尔河" in places
    assert "海拉尔河流域" not in places


def test_a_great_river_s_basin_of_two_characters_stays_a_region(tmp_path):
    # "与广东省签署了东江流域上下游横向生态补偿协议" (Jiangxi 2017): 东江 alone is a homonym the
    # resolution does not keep, the basin is the region named
    assert "东江流域" in review_names(tmp_path, "Place", "与广东省签署了东江流域上下游横向生态补偿协议。")


@pytest.mark.parametrize("sentence, feature, piece", [
    # jieba cuts the name across its stem (顺/峰山, 富/乐山): the park names the mountain
    ("加快顺峰山公园二期、德胜河滨水景观带、桂畔海两岸综合整治。", "顺峰山", None),
    ("加快人民渠灌区续建配套建设。", "人民渠", None),
    ("启动蔡甸后官湖湿地公园建设。", "后官湖", None),
])
def test_a_feature_opening_a_site_s_name_is_a_place(tmp_path, sentence, feature, piece):
    places = review_names(tmp_path, "Place", sentence)
    assert feature in places
    assert piece not in places


def test_a_feature_holding_a_town_s_short_form_is_the_feature(tmp_path):
    # mianyang-2017: 富乐 is the short form of a town of 绵阳 (富乐街道), and opens the works' name; the
    # park is named after the mountain, which holds it
    places = review_names(tmp_path, "Place", "启动富乐山公园提升改造，完成南河体育中心周边路网建设。",
                          title="绵阳市人民政府工作报告")
    assert "富乐山" in places
    assert "富乐" not in places


def test_nature_in_general_and_common_words_name_no_feature(tmp_path):
    # yixian-2019: "加快实施山水林田湖生态保护项目": a set phrase of nature, no lake 林田湖
    text = SEEDS / "yixian-2019.txt"
    if not text.exists():
        pytest.skip("needs ../shared")
    assert "林田湖" not in _places_of_sentence(text, "山水林田湖生态保护项目")
    assert "人工湖" not in review_names(tmp_path, "Place", "建成人工湖公园和南湖公园。")


@pytest.mark.parametrize("sentence, not_place", [
    # sanya-2023, jiaozhou-2017: the head 海 stands inside a word of the dictionary that runs on past it
    ("亚特兰蒂斯二期、天涯海角游览区提升工程、南山文化旅游区海上观音景区改造完成。", "天涯海"),
    ("胶州经济技术开发区新落户青岛海尔智能家电产业园。", "青岛海"),
])
def test_a_head_inside_a_longer_dictionary_word_ends_no_name(tmp_path, sentence, not_place):
    assert not_place not in review_names(tmp_path, "Place", sentence)
