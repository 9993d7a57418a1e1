"""Organization rules on real sentences of project paragraphs: the company opening a works' name,
vouched for by a list-mate next to it that opens with a company, and a company's
trade name before its panel line's generation ("8.6代"); each sentence in a small report of its own."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_a_company_list_mate_vouches_for_an_unknown_name_before_its_base(tmp_path):
    # 山东省2021年政府工作报告: 魏桥 (a word jieba does not know) before what its base makes and 基地;
    # 浪潮 (a common word) before an industry (云计算); 万华化学 and 海尔 open list-mates
    orgs = found(tmp_path, "Organization", "山东省2021年政府工作报告",
                 "推进万华化学烟台产业园乙烯二期、京博石化高端化工新材料、魏桥轻量化基地、浪潮云计算装备产业园、"
                 "海尔卡奥斯工业互联网平台等项目建设。")
    assert {"魏桥", "浪潮"} <= orgs


def test_a_known_word_before_a_base_stays_no_company_beside_a_company(tmp_path):
    # 蔬菜 is a word jieba knows: what the base grows, no trade name, whatever its list-mates are
    orgs = found(tmp_path, "Organization", "某县2021年政府工作报告",
                 "推进万华化学烟台产业园乙烯二期、蔬菜育苗基地等项目建设。")
    assert "万华化学" in orgs and not {"蔬菜", "蔬菜育苗"} & orgs


def test_a_company_before_its_panel_lines_generation(tmp_path):
    # 绵阳市2017年政府工作报告: "8.6代" (the generation of a display panel line) follows the trade name
    orgs = found(tmp_path, "Organization", "绵阳市2017年政府工作报告",
                 "长虹智能制造产业园、九洲集团空管产业园、惠科8.6代薄膜晶体管液晶显示器件项目加快推进。")
    assert "惠科" in orgs


def test_a_technology_company_keeps_its_trade_before_an_industry(tmp_path):
    # hailar-2014: 科技 is the registered form of 中网科技's name, not a qualifier of 云计算
    orgs = found(tmp_path, "Organization", "海拉尔区2014年政府工作报告",
                 "确保雪花、亘富、万家惠等在建项目尽早建成投产，维多利、时代广场、中网科技云计算等拟建项目尽快开工建设。")
    assert "中网科技" in orgs and "中网" not in orgs
