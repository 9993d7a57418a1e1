"""Organization rules (issue 9) on real sentences of the genre; each sentence is put in
a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names


def orgs(tmp_path, head: str, *lines: str) -> set[str]:
    return report_names(tmp_path, "Organization", head, *lines)


def test_a_districts_congress_keeps_its_city_before_it(tmp_path):
    # the subtitle of a district's report names its congress with the city first, on one line or two
    found = orgs(tmp_path, "政府工作报告", "——2026年1月20日在张掖市临泽县第十九届", "人民代表大会第四次会议上",
                 "临泽县人民政府县长 王明", "各位代表：", "现在，我代表区人民政府向大会报告工作。")
    assert "张掖市临泽县第十九届人民代表大会" in found
    assert "临泽县第十九届人民代表大会" not in found  # the same body, not a second one inside it
    found = orgs(tmp_path, "长沙市雨花区政府工作报告", "——2019年12月20日在长沙市雨花区第五届人民代表大会第六次会议上",
                 "各位代表：", "现在，我代表区人民政府向大会报告工作。")
    assert "长沙市雨花区第五届人民代表大会" in found
    # a city's own congress is still named alone
    found = orgs(tmp_path, "保定市人民政府工作报告", "——2024年1月20日在保定市第十六届人民代表大会第四次会议上",
                 "各位代表：", "现在，我代表市人民政府向大会作工作报告。")
    assert "保定市第十六届人民代表大会" in found


WUHAN = "武汉市政府工作报告"


def test_an_industry_word_that_qualifies_the_product_is_no_part_of_the_company(tmp_path):
    # 新能源 in 新能源汽车, 光电 before 智能制造: the product the works makes, not the company's trade
    found = orgs(tmp_path, WUHAN, "美利信新能源汽车零部件等126个重点项目开工。",
                 "建成光迅高端光电子器件、博雷顿新能源汽车整车基地等86个亿元以上项目。",
                 "恒光光伏组件、芯源半导体、闻泰光电智能制造产业园落地白沙工业园。")
    assert {"美利信", "博雷顿", "闻泰"} <= found
    assert not {"美利信新能源", "博雷顿新能源", "闻泰光电"} & found
    # a trade in …业 is the registered form of the name and stays; so does a trade ending the works
    found = orgs(tmp_path, WUHAN, "启动迎林局有机肥、隆通管业管材制造等项目26个，完成投资18.2亿元。",
                 "中科院微电子产业园、巴安水务污水处理、北京协和制剂等64个项目开工。")
    assert {"隆通管业", "巴安水务"} <= found


def test_a_trade_name_before_a_product_industry_alone_is_the_company(tmp_path):
    # 光伏, 风电 end a works' name, never a company's: the company is the trade name before them
    found = orgs(tmp_path, WUHAN, "冰沟抽水蓄能电站项目完成核准，建昊光伏、华能风电等10个项目竣工投产。")
    assert {"建昊", "华能"} <= found and "建昊光伏" not in found
    # 新材料 is an industry companies are named with, however jieba cuts it (隆腾新|材料)
    found = orgs(tmp_path, WUHAN, "投资34亿元的中储粮、东方发电、隆腾新材料等18个续建项目投产。")
    assert "隆腾新材料" in found and "隆腾新" not in found


def test_a_group_by_two_characters_jieba_knows_as_no_word_is_one_company(tmp_path):
    # a place's and a trade's first characters (龙江+煤炭, 杭州+锅炉) before 集团 make its short name
    found = orgs(tmp_path, WUHAN, "实现政企分开、公司化运行，龙煤集团改革脱困取得新进展。",
                 "杭锅集团节能装备研发制造基地等一批项目投产。")
    assert {"龙煤集团", "杭锅集团"} <= found
    # a kind of group is a word jieba knows
    found = orgs(tmp_path, WUHAN, "培育一批企业集团，推动集团化发展。")
    assert not {"企业集团", "一批企业集团"} & found


def test_a_trade_name_jieba_knows_not_at_all_opens_a_works_whatever_its_guessed_tag(tmp_path):
    # jieba's HMM tags the unknown 乐通, 正奇 as adjectives; after a county or before a product they are companies
    found = orgs(tmp_path, "邢台市人民政府工作报告", "任泽乐通合金材料等转移项目签约落地。")
    assert "乐通" in found
    found = orgs(tmp_path, "马鞍山市政府工作报告", "正奇电池片一期等172个制造业项目竣工投产。")
    assert "正奇" in found


def test_the_congress_a_report_is_given_at_by_its_level_and_term_alone(tmp_path):
    found = orgs(tmp_path, "政府工作报告", "——2024年2月20日在区十五届人大三次会议上", "某区人民政府区长 李华",
                 "各位代表：", "现在，我代表区人民政府，向大会报告工作。")
    assert "区十五届人大" in found
    found = orgs(tmp_path, "政府工作报告", "——2022年12月26日在区第十八届人民代表大会第二次会议上", "各位代表：",
                 "现在，我代表龙子湖区人民政府，向大会报告工作。")
    assert "区第十八届人民代表大会" in found
    # a past session whose targets were met names the body too: the annotators take it as the congress
    # (its name, or an alias of 市人大; tests/test_congress_by_term.py)
    found = orgs(tmp_path, "大连市政府工作报告", "各位代表：", "圆满完成市十七届人大一次会议确定的各项任务。")
    assert "市十七届人大" in found
