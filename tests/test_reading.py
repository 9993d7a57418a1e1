"""Reading real reports: encodings, normalization, page-break repair, offsets, bad input."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from kg.errors import KgError
from kg.text.reading import read_source

from .conftest import HAILAR, SEEDS, shared_file


def test_gb18030_crlf_reports_decode_as_published():
    for path in sorted(shared_file("corpus", "hailar").glob("*.txt")):
        src = read_source(path)
        assert src.encoding == "gb18030", path
        assert "\r" not in src.text
        assert "政府工作报告" in src.text
        assert "海拉尔" in src.text


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
                                          ("gbk", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_every_encoding_gives_the_same_text(tmp_path, encoding, bom):
    original = (SEEDS / "yixian-2019.txt").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(bom + original.encode(encoding))
    assert read_source(path).text == read_source(SEEDS / "yixian-2019.txt").text


def test_nfkc_makes_full_width_ascii_and_offsets_point_into_the_original(tmp_path):
    text = "各位代表：\n预计地区生产总值增长７．５％，森林覆盖率达到６８％。" * 3
    path = tmp_path / "fw.txt"
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    assert "增长7.5%" in src.text and "６" not in src.text
    i = src.text.index("7.5%")
    a, b = src.original_span(i, i + 4)
    assert src.original[a:b] == "７．５％"


def test_page_breaks_are_repaired_in_the_sample():
    src = read_source(SEEDS / "qianjiang-2019.txt")
    # a word split by a blank line
    assert "座谈会并发言" in src.text
    # a character repeated across the break
    assert "实施细则精神" in src.text and "细则则精神" not in src.text


def test_offsets_map_every_character_back(qianjiang):
    src = qianjiang.source
    for sent in qianjiang.doc.sentences[::25]:
        a, b = src.original_span(sent.start, sent.end)
        expected = "".join(unicodedata.normalize("NFKC", c) for c in src.original[a:b] if not c.isspace())
        got = "".join(c for c in sent.text if not c.isspace())
        assert expected == got


def test_hailar_offsets_survive_crlf():
    src = read_source(shared_file("corpus", "hailar", "hailar-2014.txt"))
    i = src.text.index("海拉尔区人民政府")
    a, b = src.original_span(i, i + 8)
    assert src.original[a:b] == "海拉尔区人民政府"


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"   \n\t  \r\n", "empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(200)) * 10, "binary"),
])
def test_bad_input_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(KgError) as err:
        read_source(path)
    assert message in str(err.value) or "not a text" in str(err.value) or "whitespace" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_text_that_is_not_chinese_is_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_text("This is an English file, not a government work report.\n" * 20, encoding="latin-1")
    with pytest.raises(KgError, match="Chinese"):
        read_source(path)


def test_a_lone_short_lead_line_is_not_joined_to_its_paragraph(tmp_path):
    # a lead line with clause marks and no final mark, in a file whose page is not narrow: no other
    # line of its length ends mid-sentence, so it is its own paragraph, not a line the page cut
    path = tmp_path / "r.txt"
    path.write_text("2023年工作回顾\n五年来,我们注重补短板、打基础,致力改善城市加快发展的硬环境\n"
                    "交通建设全面突破。全年完成公路投资30亿元,新建农村公路120公里。\n", encoding="utf-8")
    assert "硬环境\n交通建设全面突破" in read_source(path).text


def test_short_lines_of_a_narrow_page_are_joined(tmp_path):
    # the same lead line in a page wrapped at its width: lines about as long end mid-sentence too
    path = tmp_path / "r.txt"
    path.write_text("2023年工作回顾\n五年来,我们注重补短板、打基础,致力改善城市加\n快发展的硬环境,全年完成公路投资30亿元,新建\n"
                    "农村公路120公里,改造危桥15座,新增公交线路\n8条。\n", encoding="utf-8")
    assert "致力改善城市加快发展的硬环境,全年完成公路投资30亿元,新建农村公路120公里,改造危桥15座" in read_source(path).text


def test_a_short_line_ending_on_a_particle_is_joined_even_alone(tmp_path):
    # no other line of its length, but no sentence ends on 的: the page cut it
    path = tmp_path / "r.txt"
    path.write_text("2025年工作回顾\n明年是开局之年,开好局十分重要。今年经济社会发展的\n主要预期目标\n地区生产总值增长5%左右。\n",
                    encoding="utf-8")
    assert "今年经济社会发展的主要预期目标" in read_source(path).text


def test_a_line_ending_on_an_opening_bracket_is_joined_even_alone(tmp_path):
    # a page cut inside a parenthesis: no line ends on an opening mark, so the figure after it stays
    # in its sentence and the indicator keeps its qualifier
    path = tmp_path / "r.txt"
    path.write_text("2020年霞浦县政府工作报告\n一、2019年工作回顾\n预计全年地区生产总值增长8.3%;固定资产投资(\n"
                    "不含农户)增长20%;公共财政总收入12.77亿元。\n", encoding="utf-8")
    assert "固定资产投资(不含农户)增长20%" in read_source(path).text


def test_a_title_attribution_wrapped_inside_the_congress_name_is_one_line():
    # "——2026年1月26日在广东省第十四届" / "人民代表大会第五次会议上": the title's attribution stops inside
    # the congress's name, so the two lines are one (the name is then found whole, with its offsets
    # running across the line break of the original)
    source = read_source(shared_file("seeds", "guangdong-2026.txt"))
    assert "在广东省第十四届人民代表大会第五次会议上" in source.text
    at = source.text.index("广东省第十四届人民代表大会")
    a, b = source.original_span(at, at + len("广东省第十四届人民代表大会"))
    assert source.original[a:b] == "广东省第十四届\n人民代表大会"


def test_a_title_line_is_not_joined_to_a_line_that_closes_no_meeting(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("政府工作报告\n——2024年1月6日在县第十八届\n人民代表大会第三次会议上\n县长 张三\n各位代表:\n",
                    encoding="utf-8")
    text = read_source(path).text
    assert "在县第十八届人民代表大会第三次会议上\n县长" in text
    assert "会议上县长" not in text and "张三各位代表" not in text
