"""Project rules (issue 9, session 20 qh20): works names that a bracketed phase ends, rail lines
named by a letter and number, caption bullets and time adverbs before a name, a hospital's new
campus, a works' particulars after its name, and what is not a works (a meeting's venue, a count
of flats, the kinds a list's count is of). Sentences written in the genre's phrasing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph, review_mentions, review_projects as projects


def check(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


# a phase in brackets ends the name of the works it is a phase of (after a list mark too)
@pytest.mark.parametrize("sentence,found,not_found", [
    ("园区配套不断完善,城东标准厂房(一期)建成投入使用。", {"城东标准厂房(一期)"}, set()),
    ("经济开发区工业厂房(一期)开工建设。", {"经济开发区工业厂房(一期)"}, set()),
    ("建成250万吨PTA(二期)。", {"250万吨PTA(二期)"}, set()),
    ("加快推进恒力石化250万吨PTA(二期)、城南污水处理厂(三期)建设。",
     {"恒力石化250万吨PTA(二期)", "城南污水处理厂(三期)"}, {"城南污水处理厂"}),
    ("年产50万吨PTA(二期)项目投产。", {"年产50万吨PTA(二期)项目"}, {"年产50万吨PTA(二期)"}),
])
def test_bracketed_phase_ends_a_name(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,found,not_found", [
    # a rail line by letter and number after its kind, with its other name in brackets
    ("加快地铁3号线、城际铁路S2线(环湖快线)建设。", {"地铁3号线", "城际铁路S2线(环湖快线)"}, set()),
    ("推动轨道交通M12线开工。", {"轨道交通M12线"}, set()),
    # a caption's bullet and a time adverb are no part of a name
    ("▲南湖公园改造效果图", {"南湖公园改造"}, {"▲南湖公园改造"}),
    ("目前南湖市地铁2号线、3号线已构成城市轨道交通骨架。", set(), {"目前南湖市地铁", "南湖市地铁"}),
    # a hospital's or school's new campus is works (ANNOTATION rule 2); a bare one counted is not
    ("福山市第二人民医院新院区开工奠基。", {"福山市第二人民医院新院区"}, set()),
    ("市第一中学新校区加快建设。", {"市第一中学新校区"}, set()),
    ("推动8所医院建设新院区。", set(), {"新院区"}),
    # a street named with common words before 大街 and the works on it (the baotou-2016 and changchun-2019
    # passages of pool u42)
    ("实施钢铁大街综合改造，建成包头市第四医院新院区。", {"钢铁大街综合改造"}, {"钢铁大街"}),
    ("实施新民大街风貌保护和人民大街综合改造，建成长春站北广场改造工程。", {"人民大街综合改造"}, set()),
    # a hospital's or college's branch being built, named by the institution and its place (the
    # guizhou-2017 and mianzhu-2011 passages of pool u42)
    ("加快贵州医科大学附属医院白云分院、贵州省人民医院门诊综合楼建设。", {"贵州医科大学附属医院白云分院"}, set()),
    # a hospital's new site named by its area or number, or a branch named by its place (the changchun-2019
    # and guizhou-2017 passages of pool u42, dalian-2015 of pool u44)
    ("加快吉林大学第一医院二部、长春市中心医院新院区建设。", {"吉林大学第一医院二部", "长春市中心医院新院区"}, set()),
    ("大连医科大学附属第一医院新区、大连市中心医院住院楼建成使用。", {"大连医科大学附属第一医院新区"}, set()),
    ("加快贵州省人民医院门诊综合楼和遵义医学院附属医院新蒲医院建设。", {"遵义医学院附属医院新蒲医院"}, {"遵义医学院"}),
    # the works' particulars after "X工程建设" leave the works' name whole
    ("福山市北部山区引水工程建设地点为福山市前岭镇。", {"福山市北部山区引水工程"}, set()),
])
def test_lines_captions_campuses_and_particulars(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


@pytest.mark.parametrize("sentence,not_found", [
    # the venue of a meeting is an existing building, not works
    ("县第十八届人民代表大会第三次会议在县文化艺术中心隆重开幕。", {"县文化艺术中心"}),
    ("全市项目建设推进会在南湖国际会展中心召开。", {"南湖国际会展中心"}),
    # a count of flats delivered names no works by its capacity
    ("建成交付安置房1200套。", {"安置房1200套", "置房1200套"}),
])
def test_not_works(tmp_path, sentence, not_found):
    check(tmp_path, sentence, set(), not_found)


def test_venue_built_is_still_works(tmp_path):
    # a centre the clause builds stays a works, even with an event elsewhere in the sentence
    assert "南湖国际会展中心" in projects(tmp_path, "南湖国际会展中心建成投用,首届博览会在此举行。")


def test_kinds_a_count_is_of_are_no_works(tmp_path):
    # the kinds a list's count is of are not one more works, neither found by the head rule nor kept
    # as a project entity (kg.resolve.not_works: a kind of old urban area and its renewal)
    sentence = "加快东门地块、南岭新村等20个旧屋区、城中村改造项目建设进度。"
    assert "城中村改造项目" not in projects(tmp_path, sentence)
    found, _, _ = review_graph(tmp_path, sentence, "一、2023年工作回顾")
    assert "东门地块" in found and not {"城中村改造", "城中村改造项目"} & found, found


@pytest.mark.parametrize("name, why", [
    # a list of region abbreviations before a campaign of attracting investment is no works
    ("京津冀、珠三角、长三角抓招商引项目", "predicate"),
    ("长三角抓招商引项目", "predicate"),
    ("招商引资项目", "predicate"),
    # a company's short name that opens a works is not the campaign
    ("招商局蛇口工业区项目", None),
])
def test_campaign_words_name_no_works(name, why):
    from kg.resolve.not_works import names_no_works
    assert names_no_works(name) == why


@pytest.mark.parametrize("sentence,found,not_found", [
    # a station named after a numbered line is the works built; a kind of station is not
    ("建成轨道交通5号线南坪站。", {"轨道交通5号线南坪站"}, {"轨道交通5号线"}),
    ("加快地铁3号线换乘站建设。", {"地铁3号线"}, {"地铁3号线换乘站"}),
    ("地铁4号线新建车站12座。", {"地铁4号线"}, {"地铁4号线新建车站"}),
    # a stage word that ends in a head (开街) ends the name before it
    ("东关历史文化街区开街。", {"东关历史文化街区"}, {"东关历史文化街区开街"}),
    ("南门古城传统风貌区开街迎客。", {"南门古城传统风貌区"}, {"南门古城传统风貌区开街"}),
])
def test_stations_and_stage_words_ending_in_a_head(tmp_path, sentence, found, not_found):
    check(tmp_path, sentence, found, not_found)


def test_phase_after_a_works_head_is_not_cut_off(tmp_path):
    # the phase of works its head names stays with it, never a shorter name cut at the head
    got = projects(tmp_path, "开工建设城南污水处理工程(二期)、年产160万台一体机生产项目(一期)。")
    assert "城南污水处理工程(二期)" in got and "生产项目(一期)" not in got, got


# numbers listed before a line share its 号线 and its phase (session 22 qn22): each names a line
@pytest.mark.parametrize("sentence,found,not_found", [
    ("加快推进地铁2、3、6号线建设。", {"2号线", "3号线", "6号线"}, set()),
    ("推进S2、9号线等8条轨道交通线路建设。", {"S2号线", "9号线"}, {"2号线"}),
    ("加快4号线北段、5、7、12号线一期建设。", {"5号线一期", "7号线一期", "12号线一期", "4号线北段"}, set()),
    ("5号、8号、S3号线相继开工。", {"5号线", "8号线", "S3号线"}, {"3号线"}),
    # a numbered part's heading and a count are no line
    ("一、6号线年内通车。", {"6号线"}, {"一号线"}),
    ("建成第2、3号线换乘通道。", set(), {"2号线"}),
])
def test_numbers_listed_before_a_line(tmp_path, sentence, found, not_found):
    # a listed number's mention is the number as written, the line's name its listed_name (issue 9)
    got = {m.attrs.get("listed_name", m.text) for m in review_mentions(tmp_path, sentence) if m.type == "Project"}
    assert_found(got, found, not_found)
