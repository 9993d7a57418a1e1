"""Parks named for their trade or purpose (软件园, 创意园, 创新园, 生态园, 科创园) and the investment zones
of Taiwanese business (台商投资区) are zones like 产业园 and 开发区 (place_zone_heads.txt): a proper-named
one the sentence locates firms in is a place (ANNOTATION rule 3), one the sentence builds is a works
(project_heads.txt, weak), and one named by its kind alone is neither (rule 11). Names made up."""
from __future__ import annotations

from tests.test_places import places
from tests.test_projects_institution_buildings_and_streets import projects

REPORT = "2024年青禾市政府工作报告"


def test_proper_named_trade_parks_firms_move_into_are_places(tmp_path):
    found = places(tmp_path, REPORT, "青禾国际软件园新入驻企业80家，软件和信息服务业收入增长12%。",
                   "澄江时尚创意园引进设计机构30家。", "中瑞青禾创新园新增外资企业9家。",
                   "白沙科创园入驻科技型企业60家。", "澄江台商投资区新增台资企业50家。")
    assert {"青禾国际软件园", "澄江时尚创意园", "中瑞青禾创新园", "白沙科创园", "澄江台商投资区"} <= found


def test_an_investment_zone_the_sentence_builds_is_a_works(tmp_path):
    found = projects(tmp_path, REPORT, "深化对台经贸交流，推进澄江台商投资区建设。", "加快白沙台商投资区建设。")
    assert {"澄江台商投资区", "白沙台商投资区"} <= found


def test_a_park_named_by_its_kind_alone_is_no_place(tmp_path):
    found = places(tmp_path, REPORT, "推动软件园、创意园提质扩容，生态园入驻企业20家。")
    assert not {"软件园", "创意园", "生态园"} & found


def test_a_school_named_after_a_science_park_keeps_its_whole_name(tmp_path):
    found = projects(tmp_path, REPORT, "开工建设青禾第一中学二期、白沙科创园配套中学，新增学位3000个。")
    assert "白沙科创园配套中学" in found
