"""News media named in a report's news copy (kg/extract/media.py): the dateline's outlet
and the source line's, on real openings of the genre."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_the_outlet_of_a_dateline_is_an_organization(tmp_path):
    orgs = found(tmp_path, "Organization", "四川省2026年政府工作报告",
                 "中新网成都2月3日电 (记者 王鹏)四川省第十四届人民代表大会第五次会议3日在成都开幕。",
                 "东北网黑河02月06日讯 新形势催生新动力,新常态呼唤新作为。",
                 "浙江在线01月16日讯 今天上午9时,浙江省十一届人大二次会议在省人民大会堂隆重开幕。")
    assert {"中新网", "东北网", "浙江在线"} <= orgs


def test_the_source_line_names_an_outlet_though_the_title_lines_run_together(tmp_path):
    orgs = found(tmp_path, "Organization", "上海市2021年政府工作报告",
                 "政府工作报告(2021年)2021-02-01来源:解放日报上海市市长龚正各位代表:")
    assert "解放日报" in orgs
    assert not any(o.startswith("解放日报上") for o in orgs)


def test_this_paper_and_a_dateline_without_a_place_name_no_outlet(tmp_path):
    orgs = found(tmp_path, "Organization", "浙江省2005年政府工作报告",
                 "本报杭州2月27日讯 (记者 李晓鹏)今天的省人民大会堂花团锦簇。",  # 本报: "this paper"
                 "会议提出新要求2月5日电力供应平稳。")  # no outlet's head before the date
    assert not {"本报", "会议提出新要求"} & orgs


# ---- session 24 (ql24): the rest of the press's furniture — a dateline without a date, a byline,
# an e-paper's masthead and page line (names and figures made up in the genre's phrasing)

def test_a_dateline_without_a_date_names_its_outlet_and_a_joined_one(tmp_path):
    orgs = found(tmp_path, "Organization", "江城市2023年政府工作报告",
                 "江城日报讯(记者 王明 通讯员 李华)1月9日上午,江城市第八届人民代表大会第三次会议隆重开幕。",
                 "北疆网-边城日报讯(记者 赵强)塔吊、挖掘机忙碌运转,重点项目建设加快推进。",
                 "本报讯(记者 周平)3月2日,全市重点项目集中开工。")  # 本报: "this paper"
    assert {"江城日报", "北疆网", "边城日报"} <= orgs
    assert "本报" not in orgs


def test_a_bylines_outlet_is_read_whole_and_this_papers_reporter_names_none(tmp_path):
    orgs = found(tmp_path, "Organization", "东海市2022年政府工作报告",
                 "会议听取了市长所作的政府工作报告。(东海日报网记者 李明)",
                 "新陇原·陇原日报记者 张华",
                 "(本报记者 王五 摄)",
                 "钱七 摄 南岭网记者从会上获悉,全市新签约项目42个。")  # a photo's credit before the byline
    assert {"东海日报网", "陇原日报", "南岭网"} <= orgs
    assert not {"东海日报", "本报", "钱七摄南岭网"} & orgs  # the byline's outlet is the longer name, not a part of it


def test_an_e_papers_page_line_and_masthead_name_the_paper(tmp_path):
    orgs = found(tmp_path, "Organization", "滨江日报/2024 年/1 月/30 日/第 001 版政府工作报告",
                 "——2024 年 1 月 15 日在滨江市第十二届人民代表大会第三次会议上")
    assert "滨江日报" in orgs
    orgs = found(tmp_path, "Organization", "江南日报 数字报纸", "第01版:头版", "政府工作报告")
    assert "江南日报" in orgs


def test_a_line_of_a_bare_report_word_or_network_is_no_masthead(tmp_path):
    orgs = found(tmp_path, "Organization", "工作简报", "综合交通网", "政府工作报告",
                 "一、2023年工作回顾", "全市综合交通网加快完善。")
    assert not {"工作简报", "综合交通网"} & orgs


# ---- session 24 (mv24): the review's findings on ql24's outlets (sentences of the review and made up)

def test_an_outlets_name_starts_where_a_word_starts_past_a_function_word(tmp_path):
    orgs = found(tmp_path, "Organization", "江城市2023年政府工作报告",
                 "据人民网讯,江城市新签约项目42个。",
                 "(据人民日报记者报道)江城新区建设加快推进。",
                 "(各主流新闻网记者 李四)",
                 "(含新闻网记者站)全市新闻宣传工作扎实推进。")
    assert {"人民网", "人民日报"} <= orgs
    assert not {"据人民网", "据人民日报", "各主流新闻网", "主流新闻网", "含新闻网", "新闻网"} & orgs


def test_a_kind_of_paper_is_no_outlet_and_the_body_before_it_stays(tmp_path):
    orgs = found(tmp_path, "Organization", "江城市2023年政府工作报告",
                 "(市委机关报记者 张三)",
                 "会议要求：省级党报记者要深入一线。")
    assert "市委" in orgs
    assert not {"市委机关报", "省级党报"} & orgs


def test_a_documents_title_or_a_bodys_report_alone_is_no_masthead(tmp_path):
    for line in ("全市经济运行日报", "政务简报2024-01-15"):
        orgs = found(tmp_path, "Organization", line, "政府工作报告", "一、2023年工作回顾")
        assert not {"全市经济运行日报", "经济运行日报", "政务简报"} & orgs, line
    orgs = found(tmp_path, "Organization", "江南日报 2024-01-15", "政府工作报告")
    assert "江南日报" in orgs  # a place opens a paper's name


def test_a_shorter_reading_of_the_outlets_name_gives_way_to_it(tmp_path):
    orgs = found(tmp_path, "Organization", "陇西市2023年政府工作报告",
                 "来源:陇西经济日报 编辑:王五",
                 "(北海日报网记者 赵六)全市重点项目加快推进。")
    assert {"陇西经济日报", "北海日报网"} <= orgs
    orgs = found(tmp_path, "Organization", "今晚报", "2024-01-15 16:24", "滨江市政府工作报告",
                 "一、2023年工作回顾", "全市经济运行稳中有进,重点项目建设加快推进。")
    assert "今晚报" in orgs  # a masthead whose stem is two characters before a bare 报
