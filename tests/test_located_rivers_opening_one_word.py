"""A river's or lake's name opening a place's name that jieba keeps as one word ends at its head
(kg/lexicons/location.txt `water_opening`: 河, 江, 湖; kg.resolve.relations `_NameIndex._opening_water_end`):
the works on "淮河入海水道" are on 淮河 too (江苏 2026 and its review: "实施淮河入海水道二期、吴淞江江苏段整治等
工程", "淮河入海水道二期工程启动实施"), as the gold of both reads them; not where the word goes on to an area of
its own along the water (`water_area`, place_reaches.txt: its mouth, delta, reach or belt, "黄河口国家公园" is
at 黄河口, not on 黄河 through it). Sentences as the design texts write them (tests/real)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import review_located

TEXT = "推动黄河流域生态保护和高质量发展，高标准建设黄河口国家公园。实施淮河入海水道二期、吴淞江整治等工程。"


def test_a_river_opening_a_one_word_channel_is_where_the_works_are(tmp_path: Path):
    links = review_located(tmp_path, TEXT, "2026年江苏省政府工作报告")
    assert {("淮河入海水道二期", "淮河入海水道"), ("淮河入海水道二期", "淮河")} <= links


def test_a_river_s_mouth_is_a_place_of_its_own(tmp_path: Path):
    links = review_located(tmp_path, TEXT, "2026年江苏省政府工作报告")
    assert ("黄河口国家公园", "黄河口") in links
    assert ("黄河口国家公园", "黄河") not in links
