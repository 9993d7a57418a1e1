"""Session 66, places and organizations in titles and set phrases: a province opening an honour's or a
designation's title after 获批/获批创建 (place_honour_verbs.txt), after the title's rank ("获评全市唯一2021年…")
or as a later title of the list the verb opens ("先后获评…、某省双拥模范县"), also where the park-opener rule
reads it ("被评为某省特色小镇"), is the title's scope, no place; a city before abbreviated games and a summit
(event_heads.txt: 运会, 奥会, 会晤) is inside the event's name (ANNOTATION rule 8); 称 and 学 before a place are
verbs of their own (place_front_not_characters.txt); the set phrase 开创新局/拓新局 ends in no bureau
(org_not_body_words.txt); an untitled excerpt whose mayor speaks for the county government ("我代表县人民政府")
is a county's report, whose 县委, 县人大 are its own bodies, not a kind named above the counties; a command
headquarters founded (成立…指挥部: org_opened_heads.txt) is a body whoever founds it; a stem of characters that
each stand for a mode of transport (place_mode_characters.txt: “公铁海”联运) names no sea. Sentences from
tests/real or written in the genre's wording."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import report_names, review_names

COUNTY = "某县人民政府工作报告"


def places(tmp_path: Path, sentence: str) -> set[str]:
    return review_names(tmp_path, "Place", sentence, COUNTY)


def test_a_province_opening_a_granted_designation_is_no_place(tmp_path: Path):
    assert "山东省" not in places(tmp_path, "王庄镇获批创建山东省特色农产品优势区,示范带动作用明显。")


def test_a_province_granting_funds_is_still_a_place(tmp_path: Path):
    # near-miss: no verb of winning before the province
    assert "山东省" in places(tmp_path, "争取山东省专项资金3亿元,支持重点项目建设。")


def test_a_province_after_an_honours_rank_and_year_is_no_place(tmp_path: Path):
    assert "河北省" not in places(tmp_path, "获评全市唯一2021年河北省营商环境优化先进县。")


def test_a_province_opening_a_later_title_of_an_honours_list_is_no_place(tmp_path: Path):
    assert "浙江省" not in places(tmp_path, "先后获评全国文明城市、浙江省双拥模范城。")


def test_provinces_listed_without_an_honour_verb_are_places(tmp_path: Path):
    # near-miss: the same list shape with no verb of winning
    found = places(tmp_path, "与浙江省、江苏省开展产业合作。")
    assert {"浙江省", "江苏省"} <= found


def test_a_province_opening_a_town_honour_read_by_the_park_rule_is_no_place(tmp_path: Path):
    assert "云南省" not in places(tmp_path, "和顺古镇被评为云南省特色小镇,乡村旅游加快发展。")


def test_a_city_before_abbreviated_games_is_inside_the_event(tmp_path: Path):
    # tests/real/national-2015-review.txt
    assert "南京" not in places(tmp_path, "群众健身活动蓬勃开展,成功举办南京青奥会。")


def test_a_city_before_a_summit_meeting_is_inside_the_event(tmp_path: Path):
    # tests/real/national-2018-review.txt
    assert "厦门" not in places(tmp_path, "二十国集团领导人杭州峰会、金砖国家领导人厦门会晤等重大主场外交。")


def test_a_city_hosting_games_named_apart_is_a_place(tmp_path: Path):
    # near-miss: the city named apart from the games
    assert "南京" in places(tmp_path, "南京成功举办青年奥林匹克运动会。")


def test_verbs_of_naming_and_learning_open_no_place(tmp_path: Path):
    found = places(tmp_path, "开展“学湖州、促发展”活动,外界称东湖是全市发展的引擎。")
    assert "学湖州" not in found
    assert "称东湖" not in found


def test_the_set_phrase_of_a_new_situation_is_no_bureau(tmp_path: Path):
    # tests/real/national-2014-review.txt, tests/real/qinghai-2026-review.txt
    orgs = review_names(tmp_path, "Organization", "去年是我国外交工作开创新局的一年。坚持开放合作拓新局。", COUNTY)
    assert not any(o.endswith("新局") for o in orgs)


def test_a_bureau_of_innovation_is_still_an_organization(tmp_path: Path):
    # near-miss: 创新局 after a field is the bureau
    orgs = review_names(tmp_path, "Organization", "县科技创新局牵头实施人才引育工程。", COUNTY)
    assert "县科技创新局" in orgs


UNTITLED_OPENING = ("各位代表:", "现在,我代表县人民政府向大会作工作报告,请予审议。", "一、过去一年工作回顾")


def test_an_untitled_county_report_keeps_its_own_bodies(tmp_path: Path):
    orgs = report_names(tmp_path, "Organization", *UNTITLED_OPENING, "一年来,在县委的坚强领导下,在县人大、县政协的监督支持下,各项工作稳步推进。")
    assert {"县委", "县人大", "县政协"} <= orgs


def test_an_untitled_report_of_no_county_names_county_bodies_as_a_kind(tmp_path: Path):
    # near-miss: no county government speaking, as in the State Council's untitled reports
    orgs = report_names(tmp_path, "Organization", "各位代表:", "现在,我代表国务院向大会作政府工作报告。", "一、过去一年工作回顾",
                        "全面推进县医院综合能力提升,90%的县医院达到二级医院水平。")
    assert "县医院" not in orgs


def test_modes_of_transport_run_together_name_no_sea(tmp_path: Path):
    # tests/real/henan-2026-review.txt, tests/real/national-2010.txt
    found = places(tmp_path, "推动“空陆数海”丝绸之路提质增效,加强量子调控、空天海洋等领域基础研究。")
    assert "空陆数海" not in found
    assert "空天海洋" not in found


def test_a_lake_named_by_a_proper_stem_is_still_a_place(tmp_path: Path):
    # near-miss: a stem with a character that stands for no mode
    assert "月亮湖" in places(tmp_path, "实施月亮湖生态修复工程,水质明显改善。")


def test_a_command_headquarters_set_up_is_a_body_whoever_sets_it_up(tmp_path: Path):
    # tests/real/national-2004-review.txt (org_opened_heads.txt: 指挥部, role tasked)
    orgs = review_names(tmp_path, "Organization", "国务院和地方政府成立防治非典指挥部,统一指挥防治工作。", COUNTY)
    assert "防治非典指挥部" in orgs
    orgs = review_names(tmp_path, "Organization", "在全市率先成立疫情防控指挥部、建成核酸检测实验室。", COUNTY)
    assert "疫情防控指挥部" in orgs


def test_a_headquarters_named_by_no_task_is_no_body(tmp_path: Path):
    # near-miss: the bare head, and a site's headquarters that is not set up
    orgs = review_names(tmp_path, "Organization", "我们第一时间成立指挥部,施工现场指挥部进驻工地。", COUNTY)
    assert not any(o.endswith("指挥部") for o in orgs)
