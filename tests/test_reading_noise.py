"""Copies of a report taken from PDFs and web pages (issue 9): page numbers and running headers
between lines, a page break inside a figure, page marks inside a line, HTML entities,
pronunciation notes and watermark tokens. The texts are written here in the genre's phrasing, each
reproducing one kind of noise; the rules must repair them and leave clean reports as they were."""
import pytest

import kg.text.reading as reading
from kg.pipeline import build
from kg.text.reading import normalize, read_decoded
from tests.conftest import HAILAR, SEEDS, names_of

PAGED = (
    "政府工作报告\n"
    "——2019年1月10日在某某县第十七届人民代表大会第三次会议上\n"
    "各位代表:\n"
    "现在,我代表县人民政府,向大会报告工作,请予审议。\n"
    "一、2018年工作回顾\n"
    "过去一年,全县经济运行稳中有进。预计全年地区生产总值达到125.6亿元,增长\n"
    "8.5%;一般公共预算收入突破10亿元,增长12.3%;全社会固定资产投资完成86.2亿元,增长15.\n"
    "2%;社会消费品零售总额达到42.1亿元,增长9.8%。城乡居民人均可支配收入分别达到32150元和14260元,分别\n"
    "\n"
    "— 2 —\n"
    "\n"
    "政府工作报告\n"
    "增长8.1%和9.2%。全县粮食总产量达到35.6万吨,建成滨河公园、县第二人民医院门诊楼等一批重点项目,\n"
    "第 3 页\n"
    "县城污水处理厂二期工程投入运行,外贸进出口总额突\n"
    "破5亿元。\n"
)


def _text(original: str) -> str:
    return normalize(original)[0]


def _observed(path) -> set[tuple[str, str]]:
    return {(m.attrs.get("indicator"), m.text) for m in build(path).mentions if m.type == "Observation"}


def test_page_numbers_headers_and_figure_breaks_are_repaired(tmp_path):
    text, offsets = normalize(PAGED)
    assert "增长8.5%;" in text and "增长15.2%;" in text  # a figure cut from its verb, a figure cut in two
    assert "分别增长8.1%和9.2%" in text  # page number and running header between the lines dropped
    assert "—2—" not in text and "第3页" not in text and text.count("政府工作报告") == 1
    assert "重点项目,县城污水处理厂" in text
    # offsets still point into the file as it is
    at = text.index("15.2%")
    assert "".join(PAGED[offsets[at + i]] for i in range(5)) == "15.2%"
    assert PAGED[offsets[at + 3]:offsets[at + 3] + 2] == "2%"
    path = tmp_path / "paged-2019.txt"
    path.write_text(PAGED, encoding="utf-8")
    found = _observed(path)
    for pair in [("地区生产总值", "8.5%"), ("全社会固定资产投资", "15.2%"),
                 ("城镇居民人均可支配收入", "8.1%"), ("农村居民人均可支配收入", "9.2%")]:
        assert pair in found
    projects = names_of(build(path).mentions, "Project")
    assert "县城污水处理厂二期工程" in projects and not any("页" in p for p in projects)


def test_page_mark_inside_a_line_is_dropped():
    original = "建成地铁第2页共18页1号线和城市快速路二期。\n城区新增绿地共 3 页 第 2 页120公顷。\n"
    text, offsets = normalize(original)
    assert text == "建成地铁1号线和城市快速路二期。\n城区新增绿地120公顷。"
    assert original[offsets[text.index("1号线")]] == "1"


def test_a_title_number_is_not_joined_to_a_dated_line():
    text = _text("各位代表:\n请审议。\n附件1\n2026年十件民生实事\n一、全县地区生产总值增长8%,达到\n2019年的两倍。\n")
    assert "附件1\n2026年" in text and "达到\n2019年" in text


def test_html_entities_become_their_characters():
    original = "全区地区生产总值达到&nbsp;&nbsp;356.2亿元,增长7.5%;&ldquo;两区&rdquo;建设&amp;招商引资成效明显&#12290;\n"
    text, offsets = normalize(original)
    assert text == "全区地区生产总值达到356.2亿元,增长7.5%;“两区”建设&招商引资成效明显。"
    assert original[offsets[text.index("“")]:].startswith("&ldquo;")
    assert original[offsets[text.index("356")]] == "3"
    assert _text("规划面积&nbsp12平方公里。") == "规划面积12平方公里。"  # the ";" lost


def test_pronunciation_notes_are_dropped():
    original = "全縣(xiàn)地區(qū)生產(chǎn)總值增長(zhǎng)8%。\n"
    text, offsets = normalize(original)
    assert text == "全县地区生产总值增长8%。"  # and read in simplified characters (test_reading_traditional.py)
    assert original[offsets[text.index("8")]] == "8"
    assert _text("推进PM2.5(细颗粒物)治理(gōng)。") == "推进PM2.5(细颗粒物)治理。"


def test_watermark_tokens_and_forum_noise_are_dropped():
    original = (
        "一、2018年工作回顾 Qw3&zP!x\n"
        "全年粮食总产量达到35.6万吨,增长 2.1%。 7t]Kp#2\n"
        "{r8Zq\n"
        "b% 4k p# Z; q8 [v 全县新建高标准农田2.3万亩。e4 n# t% Q8 [h w!\n"
        "c7 !x M2 d# o5 ]k\n"
    )
    text = _text(original)
    assert text == "一、2018年工作回顾\n全年粮食总产量达到35.6万吨,增长2.1%。\n全县新建高标准农田2.3万亩。"


@pytest.mark.parametrize("line", [
    "空气质量优良天数比例达到95% (PM2.5)",
    "详见县政府网站 http://www.example.gov.cn/zwgk/",
    "2) 推进城区道路改造",
    "全年接待游客 A+ 级",
])
def test_ascii_that_is_not_noise_stays(line):
    kept = _text(line + "。")
    assert kept.replace(" ", "") == (line + "。").replace(" ", "").replace(")推进", ")推进")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt")), ids=lambda p: p.stem)
def test_clean_reports_are_read_as_without_the_noise_rules(path, monkeypatch):
    """The samples and the Hailar years hold none of this noise: the rules change nothing in them."""
    original, _ = read_decoded(path)
    with_rules = normalize(original)
    monkeypatch.setattr(reading, "_drop_noise", lambda c, o: (c, o))
    monkeypatch.setattr(reading, "_drop_page_furniture", lambda lines: lines)
    monkeypatch.setattr(reading, "_cuts_figure", lambda prev, nxt: False)
    monkeypatch.setattr(reading, "_figure_lines", lambda lines: set())
    monkeypatch.setattr(reading, "_strip_chunk_numbers", lambda lines: (lines, set()))
    assert normalize(original) == with_rules


def test_figures_set_on_lines_of_their_own_rejoin_their_sentence(tmp_path):
    """A PDF copied as text puts each run of digits (another font) on a line of its own."""
    original = ("一、2019年工作回顾\n2019\n年,全县地区生产总值增长\n7.5%;\n新增城镇就业\n3200\n人,"
                "贫困发生率降至\n0.5%\n。\n——\n2020\n年\n1\n月\n8\n日\n")
    text, offsets = normalize(original)
    assert text == ("一、2019年工作回顾\n2019年,全县地区生产总值增长7.5%;\n新增城镇就业3200人,贫困发生率降至0.5%。"
                    "\n——\n2020年1月8日")
    assert original[offsets[text.index("3200")]:].startswith("3200\n人")
    # a lone figure followed by text that is not its unit stays on its own line
    assert _text("全县新建农村公路,\n12\n公共服务设施全面覆盖。") == "全县新建农村公路,\n12\n公共服务设施全面覆盖。"
    path = tmp_path / "lines-2020.txt"
    path.write_text(original, encoding="utf-8")
    assert ("地区生产总值", "7.5%") in _observed(path)


def test_a_document_sites_numbered_chunks_are_joined():
    """A document-sharing site cuts the report into numbered chunks anywhere, even inside a word."""
    body = "全县上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,经济社会发展" * 2
    original = (f"1、某某县政府工作报告\n各位代表:{body}保持了稳中向好的\n"
                f"2、态势。全年地区生产总值增长7.2%,规模以上工业增加值增长8.1%,固定资产投资增长10.5%,社会消费品零售总额增长9.3%,城乡居民收入稳步提高,改革开放走在全市前\n"
                "3、列。\n")
    text, offsets = normalize(original)
    assert text.startswith("某某县政府工作报告\n各位代表:")
    assert "稳中向好的态势。" in text and "走在全市前列。" in text and "2、" not in text and "3、" not in text
    assert original[offsets[text.index("态势")]:].startswith("态势")
    # a report's own numbered list stays as it is
    listed = "各位代表:\n今年重点抓好以下工作:\n1、推进项目建设。\n2、深化改革开放。\n"
    assert _text(listed) == listed.strip()


SITE_COPY = (
    "当前位置:某某市人民政府网 > 政务公开 > 政府工作报告\n"
    "首页\n"
    "2021年某某市政府工作报告\n"
    "来源:某某日报 发布日期:2021-01-20\n"
    "各位代表:\n"
    "一、2020年工作回顾\n"
    "建成滨河公园,开工建设城南污水处理厂。\n"
    "责任编辑:王某某\n"
    "某某市人民政府办公室 版权所有 未经授权禁止复制\n"
    "地址:河南省郑州市金水路100号 邮编:450000\n"
    "联系电话:0371-12345678\n"
    "网站标识码:4101000001 豫ICP备05001234号\n"
)


def test_a_web_pages_footer_byline_and_navigation_are_not_report_text(tmp_path):
    """A report copied from a site with its breadcrumb, byline, copyright, address and filing
    numbers: those lines are dropped (no project "河南省郑州市金水路", no place 郑州市 from the
    address); the source and date lines stay; offsets still point into the file."""
    text, offsets = normalize(SITE_COPY)
    for gone in ("当前位置", "首页", "责任编辑", "版权所有", "金水路", "联系电话", "ICP备"):
        assert gone not in text
    assert "来源:某某日报" in text and "建成滨河公园" in text
    at = text.index("城南污水处理厂")
    assert SITE_COPY[offsets[at]:offsets[at] + 7] == "城南污水处理厂"
    path = tmp_path / "site-2021.txt"
    path.write_text(SITE_COPY, encoding="utf-8")
    found = {(m.type, m.text) for m in build(path).mentions}
    assert ("Project", "城南污水处理厂") in found
    assert not any("金水路" in t or t in ("郑州市", "河南省") for _, t in found)


@pytest.mark.parametrize("line", [
    "地址是群众反映问题最集中的地方之一,我们逐一整改。",  # a label word opening a sentence, no colon after it
    "依法保护著作权,打击侵犯版权所有者权益的行为。",  # a mark inside a sentence that ends
])
def test_report_sentences_with_furniture_words_stay(line):
    assert _text(line) == line
