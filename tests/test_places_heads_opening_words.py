"""Place rules (issue 9/10, session 22 qm22): a one-character head (海, 峡) right after a place's
name that opens a word jieba keeps whole ("海鲜", "海洋", "海峡") ends no sea's or lake's name
there: the name before it is the place, in a trade's, a product's or an event's name. Sentences
written in the genre's phrasing; each is put in a small report of its own area."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_head_opening_a_product_word_ends_no_place(tmp_path):
    names = found(tmp_path, "Place", "福建省宁德市人民政府工作报告",
                  "霞浦海鲜交易市场建成运营,推动日照海洋牧场与我市合作。")
    assert not {"霞浦海", "日照海", "日照海洋"} & names
    assert "霞浦县" in names or "霞浦" in names


def test_head_ending_a_word_after_another_head_ends_no_place(tmp_path):
    names = found(tmp_path, "Place", "福建省泉州市人民政府工作报告",
                  "在厦门海峡国际会展中心举办项目推介会,签约项目32个。")
    assert not {"厦门海", "厦门海峡"} & names
    assert "厦门市" in names or "厦门" in names


def test_sea_and_lake_names_are_still_places(tmp_path):
    names = found(tmp_path, "Place", "云南省大理白族自治州人民政府工作报告",
                  "加强洱海保护治理,推进渤海湾港口群协同发展,建设青海湖景区。")
    assert {"洱海", "渤海湾", "青海湖"} <= names


def test_river_before_a_miscut_word_is_still_a_place(tmp_path):
    # "南沟/河水/体": jieba's word is a mis-cut of 河 + 水体, the river is named (qianjiang-2019)
    names = found(tmp_path, "Place", "重庆市黔江区人民政府工作报告", "实施南沟河水体污染整治。")
    assert "南沟河" in names
