"""In a province's report, a town of the province written by its short form where it opens a works' name
(ANNOTATION rule 8: 观音寺 of 观音寺镇 in "观音寺调蓄工程"), and where the short form is another word or names
something else than the town (a feature, a street, a factory's title, a word going on past it)."""
from __future__ import annotations

from tests.conftest import report_names


def _places(tmp_path, province: str, line: str) -> set[str]:
    return report_names(tmp_path, "Place", f"2026年{province}人民政府工作报告", line)


def test_a_towns_short_form_opening_a_works_name_is_the_town(tmp_path):
    # henan-2026, hunan-2026, zhejiang-2026, shanghai-2026: the short form after a verb, a place that
    # holds the town, a list's mark
    assert "观音寺" in _places(tmp_path, "河南省", "加快观音寺调蓄工程、沙颍河“通港达海”工程建设。")
    assert "城陵矶" in _places(tmp_path, "湖南省", "提升岳阳城陵矶港江海联运功能。")
    assert "梅山" in _places(tmp_path, "浙江省", "推进码头一期、北仑支线复线、梅山铁路专用线等重大项目建设。")
    assert "吴淞" in _places(tmp_path, "上海市", "推动吴淞创新城、南大智慧城建设。")


def test_a_short_form_that_is_another_word_or_names_something_else_is_no_town(tmp_path):
    # guizhou-2026-outline "文化惠民工程" (after a noun), sichuan-2026 "向新发展" (新发 of 新发镇: 发展 goes on),
    # qinghai-2026 "培育灯塔工厂" (a factory's title), shandong-2026 "双堠水库" (the reservoir is the place),
    # henan-2026 "中州时代电池" (a company's brand), sichuan-2026 "红格南钒钛磁铁矿" (红格南 goes on past 红格)
    assert "惠民" not in _places(tmp_path, "贵州省", "深入实施文化惠民工程，加强文化精品创作生产。")
    assert "新发" not in _places(tmp_path, "四川省", "集聚更多创新人才和团队来川同心筑梦、向新发展、共赢未来。")
    assert "灯塔" not in _places(tmp_path, "青海省", "积极培育灯塔工厂和瞪羚企业。")
    assert "双堠" not in _places(tmp_path, "山东省", "完成双堠水库主体工程，实现官路水库蓄水。")
    assert "中州" not in _places(tmp_path, "河南省", "推进比亚迪新能源商用车、中州时代电池三期等项目建设。")
    assert "红格" not in _places(tmp_path, "四川省", "加快实施引大济岷、红格南钒钛磁铁矿等项目。")


def test_a_short_form_opening_a_route_is_its_ends_initials(tmp_path):
    # guangxi-2026 "南珠高铁": 南宁 to 珠海 by their initials, not the town 南珠 of the province
    assert "南珠" not in _places(tmp_path, "广西壮族自治区", "加快南珠高铁、黄桂高铁等项目建设。")
