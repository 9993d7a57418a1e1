"""Organization precision on the State Council's and the provinces' wording (session 62): a standing
committee names its congress only where the report speaks of the congress apart; a transfer works
listed among works is no company; a body opening the name of an event attended abroad is inside
that name; an institution named by the county level alone is a kind in a report above the counties.
Sentences from tests/real (national-2003-review … national-2018-review, fujian-2026-review,
zhejiang-2026-review, anhui-2026-review) and the samples (yixian-2019, national-2017)."""
from __future__ import annotations

from tests.conftest import assert_found
from tests.test_organizations import COUNTY, NATIONAL, PROVINCE, orgs as _orgs


def test_a_standing_committee_alone_names_no_congress(tmp_path):
    # national-2014-review, national-2018-review: the congress is named only as the committee's first words
    orgs = _orgs(tmp_path, NATIONAL, "推进依法行政，国务院提请全国人大常委会制定修订法律34件。")
    assert_found(orgs, {"全国人大常委会", "国务院"}, {"全国人大"})


def test_a_standing_committee_names_its_congress_where_the_report_speaks_of_it(tmp_path):
    # national-2017: 人大代表 elsewhere in the report, the congress is annotated beside its committee
    orgs = _orgs(tmp_path, NATIONAL, "国务院提请全国人大常委会审议法律议案13件。", "认真办理人大代表建议和政协委员提案。")
    assert_found(orgs, {"全国人大常委会", "全国人大"}, set())


def test_a_transfer_works_listed_among_works_is_no_company(tmp_path):
    # national-2003-review, zhejiang-2026-review
    orgs = _orgs(tmp_path, NATIONAL, "青藏铁路、西气东输、西电东送、水利枢纽、干线公路等重大项目建设进展顺利。",
                 "甘电入浙、金七门核电一期、浙江(华东)深远海风电母港等项目加快建设。")
    assert_found(orgs, set(), {"西气东输", "西电东送", "甘电入浙"})


def test_a_body_opening_an_attended_event_is_inside_its_name(tmp_path):
    # national-2018-review, fujian-2026-review; national-2016-review: the body itself stays
    orgs = _orgs(tmp_path, NATIONAL, "习近平主席等国家领导人出访多国，出席联合国系列峰会、气候变化大会、世界经济论坛等重大活动。",
                 "3个典型案例亮相联合国气候变化大会。")
    assert_found(orgs, set(), {"联合国"})
    orgs = _orgs(tmp_path, NATIONAL, "同联合国等国际组织和国际机制的关系全面加强。")
    assert_found(orgs, {"联合国"}, set())


def test_a_county_level_institution_is_a_kind_above_the_counties(tmp_path):
    # anhui-2026-review, national-2011-review, national-2018-review
    orgs = _orgs(tmp_path, PROVINCE, "197家二级以上医院开设体重管理门诊，90%的县医院达到三级医院服务能力水平。")
    assert_found(orgs, set(), {"县医院"})
    orgs = _orgs(tmp_path, NATIONAL, "改造和新建2.3万所乡镇卫生院、1500所县医院、500所县中医院和1000所县妇幼保健院。",
                 "省、市、县政府部门制定公布权责清单。")
    assert_found(orgs, set(), {"县医院", "县中医院", "县妇幼保健院", "县政府"})


def test_a_county_report_names_its_own_hospital(tmp_path):
    # yixian-2019
    orgs = _orgs(tmp_path, COUNTY, "加快中医院迁建和县医院医技综合楼建设。")
    assert_found(orgs, {"县医院"}, set())


def test_words_ending_in_an_office_head_are_no_offices(tmp_path):
    # national-2014-review, national-2016-review (所向 after a verb), national-2012 (楼堂馆所), national-2014 (棋局)
    orgs = _orgs(tmp_path, NATIONAL, "民之所望是我们施政所向。", "继续控制楼堂馆所建设规模和标准，压缩大型运动会场馆建设投入。",
                 "要谋划区域发展新棋局，由东向西、由沿海向内地，推进梯度发展。")
    assert orgs == set()


def test_schools_named_by_their_standing_and_stage_are_kinds(tmp_path):
    # national-2014, national-2015-review, national-2016-review, national-2007, qinghai-2026-review
    orgs = _orgs(tmp_path, NATIONAL, "全面改善贫困地区义务教育薄弱学校办学条件。",
                 "在普通本科高校、高等职业学校和中等职业学校建立健全国家奖学金、助学金制度。",
                 "与国内高水平大学合作数量增加至12所。")
    assert_found(orgs, set(), {"贫困地区义务教育薄弱学校", "高等职业学校", "中等职业学校", "国内高水平大学"})


def test_the_central_finances_and_a_plans_span_open_no_company(tmp_path):
    # national-2009, national-2009-review, national-2011-review
    orgs = _orgs(tmp_path, NATIONAL, "今年中央财政科技投入1461亿元，增长25.6%。",
                 "一要加快实施国家中长期科技发展规划纲要，特别是科技重大专项。")
    assert_found(orgs, set(), {"中央财政科技", "中长期科技", "国家中长期科技"})


def test_the_companies_listed_on_an_exchange_are_a_kind(tmp_path):
    # beijing-2026-review, jiangsu-2026-review: the exchange is the body
    orgs = _orgs(tmp_path, PROVINCE, "北京证券交易所上市公司达288家。", "科创板、北交所上市公司数量居全国第一。")
    assert_found(orgs, {"北京证券交易所", "北交所"}, {"北京证券交易所上市公司", "北交所上市公司"})
