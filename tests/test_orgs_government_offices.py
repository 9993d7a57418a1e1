"""A government's general office is its own body: "X人民政府办公室" (a city's, a county's, a
district's) and "X政府办公厅" (a province's) issue notices and publish reports, and the office,
not the government, is named (org_bodies.txt: {L}政府办公室, {L}政府办公厅 with their 人民政府
forms). Before, the name stopped at the government ("某市人民政府" of "某市人民政府办公室").
A body of a named division takes the divisions written right before its own ("北京市东城区人民政府";
kg.extract.organizations _bodies_of_named_areas).
Lines written in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

HEAD = "某市人民政府工作报告"


def test_a_named_governments_office_is_the_body(tmp_path):
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "北京市朝阳区人民政府办公室关于印发《朝阳区2023年国民经济和社会发展计划》的通知",
                        "日前,青海省人民政府办公厅印发《关于做好秋季造林的意见》。",
                        "由南京市政府办公厅、市广播电视台联合主办。")
    assert_found(orgs, {"北京市朝阳区人民政府办公室", "青海省人民政府办公厅", "南京市政府办公厅", "市广播电视台"},
                 {"北京市朝阳区人民政府", "朝阳区人民政府", "甘肃省人民政府", "南京市政府"})


def test_a_levels_office_by_its_short_and_full_name(tmp_path):
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "上月,省政府办公厅转发《关于推进民生实事的意见》。",
                        "县人民政府办公室牵头成立工作专班,市政府办公室、市发展改革委联合印发方案。")
    assert_found(orgs, {"省政府办公厅", "县人民政府办公室", "市政府办公室", "市发展改革委"},
                 {"省政府", "县人民政府"})


def test_the_government_itself_is_still_named(tmp_path):
    """Without an office after it the government stays the body ("我代表市人民政府")."""
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "现在,我代表市人民政府向大会报告工作,省政府和区人民政府给予大力支持。")
    assert_found(orgs, {"市人民政府", "省政府", "区人民政府"}, {"市人民政府办公室", "省政府办公厅"})


def test_a_body_is_named_with_the_divisions_written_before_its_own(tmp_path):
    """"北京市东城区人民政府": a district's body with its city before it is one name, as a congress by
    its term is ("陕西省宝鸡市渭滨区第十七届人民代表大会"); a list of bodies stays a list."""
    orgs = report_names(tmp_path, "Organization", HEAD,
                        "北京市东城区人民政府区长 李某",
                        "哈尔滨市呼兰区委书记张某到企业调研。",
                        "中共湖南省长沙市委、长沙市人民政府印发意见,北京市朝阳区人民政府办公室转发。",
                        "在市委、市政府和县委的坚强领导下,重庆市委、四川省政府联合推进。")
    assert_found(orgs, {"北京市东城区人民政府", "哈尔滨市呼兰区委", "中共湖南省长沙市委", "长沙市人民政府",
                        "北京市朝阳区人民政府办公室", "市委", "市政府", "县委", "重庆市委", "四川省政府"},
                 {"东城区人民政府", "呼兰区委", "长沙市委", "朝阳区人民政府办公室", "重庆市委、四川省政府"})


def test_a_report_title_copied_into_the_text_keeps_the_governments_own_name(tmp_path):
    """A page's title repeated in the body ("2022年宁波市余姚市政府工作报告") names the document: the
    divisions before the government are not taken into a body's name there."""
    orgs = report_names(tmp_path, "Organization", HEAD, "各位代表:", "一、工作回顾",
                        "经济运行稳中向好。2022年宁波市余姚市政府工作报告")
    assert "宁波市余姚市政府" not in orgs
    assert "余姚市政府" in orgs


def test_only_a_containing_division_is_chained_before_a_body(tmp_path):
    """A region, a sister city or the country written right before a division is no part of its body's
    name ("长三角苏州市政府" is 苏州市政府 of the 长三角 region; "北京上海市政府" two cities): a name
    is chained only when it is a division of a higher level that contains the next one."""
    orgs = report_names(tmp_path, "Organization", "某市2024年政府工作报告",
                        "先后赴长三角苏州市政府学习考察。",
                        "深化与粤港澳大湾区广州市政府合作。",
                        "京津冀北京市政府、河北省政府联合推进。",
                        "主动对接北京上海市政府。",
                        "与成都重庆市政府签订合作协议。",
                        "中国上海市人民政府与外方签署备忘录。",
                        "江苏省苏州市吴江区人民政府积极支持。")
    assert_found(orgs, {"苏州市政府", "广州市政府", "北京市政府", "河北省政府", "上海市政府", "重庆市政府",
                        "上海市人民政府", "江苏省苏州市吴江区人民政府"},
                 {"长三角苏州市政府", "粤港澳大湾区广州市政府", "京津冀北京市政府", "北京上海市政府",
                  "成都重庆市政府", "中国上海市人民政府"})


def test_only_a_containing_division_is_chained_before_a_congress_by_its_term(tmp_path):
    """The congresses' walk shares the chain: "陕西省宝鸡市渭滨区第十七届人民代表大会" is one name, "成都
    重庆市第七届人民代表大会" two places and 重庆市's congress."""
    orgs = report_names(tmp_path, "Organization", "某市2024年政府工作报告",
                        "陕西省宝鸡市渭滨区第十七届人民代表大会第三次会议审议通过。",
                        "成都重庆市第七届人民代表大会代表来访。")
    assert_found(orgs, {"陕西省宝鸡市渭滨区第十七届人民代表大会", "重庆市第七届人民代表大会"},
                 {"成都重庆市第七届人民代表大会", "宝鸡市渭滨区第十七届人民代表大会"})


def test_a_title_naming_the_people_s_government_names_the_body(tmp_path):
    """A title that writes the government's formal name ("2019年天津市河东区人民政府工作报告", a real
    district report's) names the body whose report it is (the annotators take 河东区人民政府 from it);
    "政府工作报告" after a bare 政府 is the genre's name ("2019年重庆市黔江区政府工作报告", the
    sample's title), no body."""
    own = report_names(tmp_path, "Organization", "2019年天津市河东区人民政府工作报告", "各位代表:", "一、工作回顾")
    assert "河东区人民政府" in own
    genre = report_names(tmp_path, "Organization", "2019年重庆市黔江区政府工作报告", "各位代表:", "一、工作回顾")
    assert not {n for n in genre if n.endswith("政府")}, genre
    placeless = report_names(tmp_path, "Organization", "2019年某某市人民政府工作报告", "各位代表:", "一、工作回顾")
    assert "市人民政府" not in placeless  # a level alone names no one body
