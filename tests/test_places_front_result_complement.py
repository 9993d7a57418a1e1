"""A verb's result complement 住 glued by jieba to the place after it ("保持住海拉尔河、伊敏河…碧水荡漾",
hailar-2018) is no first character of the place's name (kg/lexicons/place_front_not_characters.txt,
kg.extract.places.extract_place_front_characters)."""
from __future__ import annotations

from tests.conftest import assert_found, review_names


def test_the_complement_before_a_river_stays_with_its_verb(tmp_path):
    sentence = "保持住海拉尔河、伊敏河、北山湿地碧水荡漾、群山苍翠。"
    assert_found(review_names(tmp_path, "Place", sentence, "海拉尔区政府工作报告"),
                 {"海拉尔河", "伊敏河"}, {"住海拉尔河"})
