"""Organization rules (session 64, org): the bodies a county, district or city report thanks and names
as they are written there — a prefecture's Party committee and administrative office (地委, 行署), a
zone's Party working committee (某某工委), a committee named before its standing members (市委常委); the
report's congress in a bracketed attribution wrapped over two lines; and what names no body: a run of
levels opened by a preposition (在区市党委), the farmers' co-operatives (专业经合组织), a bureau's head
alone (管理局), a counted kind of school (101所某某学校), the safe-hospital campaign (平安医院) and the
state's investment funds (国投资金), schools and hospitals named by where they are, who owns them and
their size (省外高水平大学, 外商独资医院, 小规模学校). Invented sentences in the genre's style."""
from __future__ import annotations

from tests.conftest import report_names

COUNTY = "麦盖提县人民政府工作报告"
CITY = "澄江市人民政府工作报告"
REVIEW = "一、2023年工作回顾"


def orgs(tmp_path, sentence: str, head: str = COUNTY) -> set[str]:
    return report_names(tmp_path, "Organization", head, REVIEW, sentence)


def test_a_prefectures_committee_and_office(tmp_path):
    found = orgs(tmp_path, "一年来，在地委、行署和县委的坚强领导下，在县人大、县政协的监督支持下，全县经济稳步增长。")
    assert {"地委", "行署", "县委", "县人大", "县政协"} <= found, found
    found = orgs(tmp_path, "坚决落实自治区党委、自治区人民政府、地委、行署和县委的决策部署。")
    assert {"地委", "行署", "县委"} <= found, found


def test_no_committee_inside_another_word(tmp_path):
    # 地委 inside 当地委托, 行署 inside 执行署名: no body
    found = orgs(tmp_path, "当地委托第三方机构开展评估，严格执行署名审核制度。")
    assert "地委" not in found and "行署" not in found, found


def test_a_zones_working_committee(tmp_path):
    found = orgs(tmp_path, "五年来，在省委、省政府和澄江市委、洋浦工委的坚强领导下，全市上下砥砺奋进。", CITY)
    assert {"省委", "省政府", "澄江市委", "洋浦工委"} <= found, found
    # the committee of the care for the next generation stays the standard body it is
    found = orgs(tmp_path, "县关工委、县老龄委扎实开展关爱活动。")
    assert "县关工委" in found and "县关" not in found, found


def test_a_committee_before_its_standing_members(tmp_path):
    found = orgs(tmp_path, "在市委常委班子主题教育成果交流会上，我县作典型发言。", CITY)
    assert "市委" in found, found


def test_a_run_of_levels_after_a_preposition_names_no_body(tmp_path):
    found = orgs(tmp_path, "在区市党委、政府和县委的坚强领导下，在人大、政协的监督支持下，全县上下团结奋进。")
    assert "县委" in found, found
    assert not {"市党委", "区市党委", "区党委"} & found, found


def test_the_farmers_cooperatives_are_no_oecd(tmp_path):
    found = orgs(tmp_path, "不断壮大农民专业经合组织，培育新型经营主体。")
    assert "经合组织" not in found, found
    found = orgs(tmp_path, "深化与经合组织在绿色发展领域的交流合作。")
    assert "经合组织" in found, found


def test_a_bureaus_head_alone_is_no_body(tmp_path):
    found = orgs(tmp_path, "积极配合澄江市组建不动产登记管理局，不动产登记实现一窗受理。")
    assert "管理局" not in found, found


def test_a_bracketed_attribution_wrapped_over_two_lines(tmp_path):
    found = report_names(tmp_path, "Organization", "政府工作报告",
                         "(2024年1月5日在泉州市丰泽区", "第十届人民代表大会第三次会议上)",
                         "泉州市丰泽区人民政府区长", "各位代表：", REVIEW,
                         "一年来，在市委、市政府和区委的坚强领导下，全区经济持续向好。")
    assert "泉州市丰泽区第十届人民代表大会" in found, found


def test_a_counted_kind_of_school_is_no_body(tmp_path):
    found = orgs(tmp_path, "建成12所青禾学校、3所公办幼儿园，城南实验学校、江北第二中学投入使用。", CITY)
    assert "青禾学校" not in found and "公办幼儿园" not in found, found
    assert {"城南实验学校", "江北第二中学"} <= found, found


def test_the_safe_hospital_campaign_is_no_hospital(tmp_path):
    found = orgs(tmp_path, "持续推进平安校园、平安医院建设，县人民医院创成三级医院。")
    assert "平安医院" not in found, found
    assert "县人民医院" in found, found


def test_the_states_investment_funds_name_no_company(tmp_path):
    found = orgs(tmp_path, "全年争取国投资金13.5亿元、中央预算内投资8亿元。")
    assert "国投" not in found, found
    found = orgs(tmp_path, "与国投合作建设澄江港口物流园。", CITY)
    assert "国投" in found, found


def test_kinds_of_school_and_hospital_by_owner_place_and_size(tmp_path):
    found = orgs(tmp_path, "深化与省外高水平大学合作，首家外商独资医院开业，推广小规模学校优化调整。", CITY)
    assert not {"省外高水平大学", "外商独资医院", "小规模学校"} & found, found
    # a school's own name that opens with such a word stays a name
    found = orgs(tmp_path, "青禾民办实验学校顺利招生。", CITY)
    assert "青禾民办实验学校" in found, found
