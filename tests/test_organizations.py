"""Organization rules, one class at a time, on real sentences of the sample reports (the report is
named beside each): what is found and what is not."""
from __future__ import annotations

from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source
from tests.conftest import names_of

# The head of a report sets its area and so its level: a district's, a province's, the State Council's.
DISTRICT = "政府工作报告\n——2019年1月15日在重庆市黔江区第四届人民代表大会第四次会议上\n各位代表：\n一、2018年工作回顾\n"
COUNTY = "政府工作报告\n——2019年1月在易县第十七届人民代表大会第三次会议上\n各位代表：\n一、2018年工作回顾\n"
PROVINCE = "政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n"
NATIONAL = "政府工作报告\n各位代表：\n一、2016年工作回顾\n"


def orgs(tmp_path, head: str, *sentences: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text(head + "\n".join(sentences) + "\n", encoding="utf-8")
    return names_of(extract_mentions(parse_document(read_source(path))), "Organization")


def test_state_council_and_party_bodies(tmp_path):
    # national-2017
    found = orgs(tmp_path, NATIONAL,
                 "国务院提请全国人大常委会审议法律议案13件，制定修订行政法规8件。",
                 "坚持党对军队的绝对领导，维护和贯彻军委主席负责制。",
                 "隆重庆祝中国共产党成立95周年，隆重纪念中国工农红军长征胜利80周年。",
                 "同联合国等国际组织联系更加密切。人民币正式纳入国际货币基金组织特别提款权货币篮子。",
                 "认真听取人大代表、政协委员、民主党派、工商联、无党派人士和各人民团体的意见。")
    # a standing committee names its congress too (names inside names), where the report speaks of
    # the congress apart (人大代表; tests/test_org_precision_unseen.py: not where it does not)
    assert {"国务院", "全国人大常委会", "全国人大", "军委", "中国共产党", "中国工农红军", "联合国", "国际货币基金组织"} <= found


def test_ministries_and_their_short_forms(tmp_path):
    # guangdong-2026 (名词解释), yixian-2019
    found = orgs(tmp_path, PROVINCE, "是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施。",
                 "生态环境部强化督查问题整改。")
    assert {"教育部", "财政部", "生态环境部"} <= found
    assert not any("学校" in f for f in found)  # a programme's title names a kind of school


def test_centre_is_the_party_centre_only_where_it_stands_for_it(tmp_path):
    # qianjiang-2019 (中央八项规定), national-2017 (中央与地方, the central finances)
    found = orgs(tmp_path, DISTRICT, "锲而不舍落实中央八项规定及其实施细则。")
    assert "中央" in found
    found = orgs(tmp_path, NATIONAL, "制定实施中央与地方增值税收入划分过渡方案，确保地方既有财力不变。")
    assert "中央" not in found


def test_bodies_inside_event_names_are_not_taken(tmp_path):
    # national-2017, guangdong-2026 (ANNOTATION rule 8)
    found = orgs(tmp_path, NATIONAL, "我国成功主办二十国集团领导人杭州峰会，推动取得一系列开创性成果。")
    assert not any("二十国集团" in f for f in found)
    found = orgs(tmp_path, PROVINCE, "服务好保障好亚太经合组织（APEC）第三十三次领导人非正式会议。")
    assert "亚太经合组织" not in found


def test_kinds_of_institution_are_not_names(tmp_path):
    # national-2017 and guangdong-2026: common words before a head make a kind (ANNOTATION: collectives)
    found = orgs(tmp_path, NATIONAL,
                 "全面启动多种形式的医疗联合体建设试点，三级公立医院要全部参与并发挥引领作用。",
                 "推进世界一流大学和一流学科建设。",
                 "鼓励大中型商业银行设立普惠金融事业部，国有大型银行要率先做到。",
                 "当前系统性风险总体可控，但对不良资产、债券违约、影子银行、互联网金融等累积风险要高度警惕。",
                 "持续改善薄弱学校办学条件。新设12个跨境电子商务综合试验区。",
                 "免除农村贫困家庭学生普通高中学杂费。")
    assert not found & {"三级公立医院", "世界一流大学", "大中型商业银行", "国有大型银行", "影子银行", "薄弱学校",
                        "跨境电子商务"}
    assert not any(f.endswith("高中") for f in found)  # a rare word inside a description is no trade name
    found = orgs(tmp_path, PROVINCE, "新增境内外上市公司45家、总量达1224家。",
                 "新设3所本科层次职业学校，16所高职学校入选第二期国家“双高计划”，大湾区大学正式成立。",
                 "2026年是“十五五”第一年，开好局起好步十分重要。")
    assert "大湾区大学" in found
    assert not found & {"境内外上市公司", "层次职业学校", "本科层次职业学校", "高职学校", "开好局"}
    # yixian-2019: a scope word is no name ("乡镇环保所" are the townships' offices)
    assert "乡镇环保所" not in orgs(tmp_path, COUNTY, "乡镇环保所、村网格员全面组建。")


def test_bare_institutions_are_the_areas_own_only_in_local_reports(tmp_path):
    # qianjiang-2019 (a district's 党校), guangdong-2026 (a province's 博物馆 事业, 海关 查验)
    assert {"骨科医院", "党校"} <= orgs(tmp_path, DISTRICT, "投用骨科医院、党校迁建项目。")
    found = orgs(tmp_path, PROVINCE, "推动博物馆事业高质量发展。优化海关行李查验模式。")
    assert not found & {"博物馆", "海关"}
    # hailar-2014: a kind after a word that may end its name is not the area's own
    assert "博物馆" not in orgs(tmp_path, DISTRICT, "配合做好西山自然博物馆项目建设。")


def test_a_name_holds_a_place_a_proper_word_a_number_or_its_field(tmp_path):
    # qianjiang-2019, yixian-2019, guangdong-2026, hailar-2015
    found = orgs(tmp_path, DISTRICT, "黔江海关实现“7×24小时”通关。", "六九畜牧科技公司成为农业产业化国家重点龙头企业。")
    assert {"黔江海关", "六九畜牧科技公司"} <= found
    assert "行政审批局" in orgs(tmp_path, COUNTY, "加快审批事项向行政审批局划转。")  # an office by its field
    found = orgs(tmp_path, PROVINCE, "广州实验室成功研发上市全球首个抗甲流PB2新药，鹏城实验室先进通信技术研发取得突破。",
                 "推动省实验室提质增效。")
    assert {"广州实验室", "鹏城实验室"} <= found and "省实验室" not in found
    assert "胜利街小学" in orgs(tmp_path, DISTRICT, "胜利街小学荣获教育部表彰。")  # a street's school


def test_trades_inside_names_and_branches_with_their_parent(tmp_path):
    # qianjiang-2019
    found = orgs(tmp_path, DISTRICT, "开业运营重庆市农业担保公司第三分公司，做大国有担保公司注册资本。",
                 "渝东南首家全国性股份制商业银行恒丰银行黔江支行落户开业。",
                 "深化金融改革，规范发展传统小贷公司。")
    assert {"重庆市农业担保公司第三分公司", "重庆市农业担保公司", "恒丰银行黔江支行", "恒丰银行"} <= found
    assert not any(f.startswith(("公司", "发展", "国有")) for f in found)
    # a college in another place presupposes its parent (guangdong-2026); a college being built
    # under a university's name does not (qianjiang-2019)
    assert {"国家人工智能学院深圳河套学院", "国家人工智能学院"} <= orgs(
        tmp_path, PROVINCE, "全国高校区域技术转移转化中心落户广东，建成国家人工智能学院深圳河套学院。")
    assert "启迪科技大学" not in orgs(tmp_path, DISTRICT, "加快推进启迪科技大学数字学院建设。")


def test_known_companies_without_a_legal_form(tmp_path):
    # guangdong-2026: central SOEs and multinationals at the head of works; 华润 with its trade
    found = orgs(tmp_path, PROVINCE, "巴斯夫核心装置、埃克森美孚一期、华润微电子12英寸产线、深汕比亚迪二期等一批重大项目建成投产。",
                 "揭阳中石油炼化一体化等23个投资额百亿元以上重大工业项目建成投产。")
    assert {"巴斯夫", "埃克森美孚", "华润微电子", "华润", "比亚迪", "中石油"} <= found
    # a known name inside a common word is none ("集中建设" holds 中建, "中国电子商务" 中国电子)
    found = orgs(tmp_path, PROVINCE, "集中建设一批公共服务设施，发展中国电子商务。")
    assert not found & {"中建", "中国电子", "中国电子商务"}


def test_a_known_companys_group_form_is_the_company_itself(tmp_path):
    # "苏宁控股", "中交集团": the group or holding form after a known short name is the same company,
    # no second organization for the short name inside it; a trade of its own (华润微电子) still
    # holds its parent, and a regional headquarters still holds its group
    found = orgs(tmp_path, DISTRICT, "苏宁控股、中交集团等一批知名企业落户我区。",
                 "中交集团西南区域总部建成投用，华润微电子项目开工。")
    assert {"苏宁控股", "中交集团", "中交集团西南区域总部", "华润微电子", "华润"} <= found
    assert not found & {"苏宁", "中交"}
    # the short name alone, or before a word that runs on ("集团化改革"), stays the company
    found = orgs(tmp_path, DISTRICT, "与苏宁、中交深化合作。")
    assert {"苏宁", "中交"} <= found


def test_a_known_companys_registered_group_name_is_taken_whole(tmp_path):
    # session 23 (my23): the group or holding form and the legal form after it make one name, the
    # longest wins (kg.text.company_names.group_forms): not "华润控股集团" out of the registered name
    found = orgs(tmp_path, DISTRICT, "与华润控股集团有限公司签约。", "苏宁控股集团有限公司落户我区。",
                 "与中交控股集团股份有限公司签约。", "与苏宁控股有限公司签订战略合作协议。")
    assert {"华润控股集团有限公司", "苏宁控股集团有限公司", "中交控股集团股份有限公司", "苏宁控股有限公司"} <= found
    assert not found & {"华润控股集团", "华润控股", "苏宁控股集团", "苏宁控股", "中交控股集团", "苏宁", "中交", "华润"}


def test_the_company_a_works_is_named_after(tmp_path):
    # yixian-2019, qianjiang-2019 (ANNOTATION rule 8)
    found = orgs(tmp_path, COUNTY, "咸和航天机械零部件项目完成主体建设。",
                 "生物质热电联产、良岗风电场等重点项目顺利推进。")
    assert "咸和" in found
    assert "良岗" not in found  # a place's wind farm
    assert "吉之汇" in orgs(tmp_path, DISTRICT, "开业运营吉之汇国际农贸物流城。")
    # hailar-2015: after a capacity comes the product ("麦多利10万吨大麦芽二期"), not the company
    assert "大麦芽" not in orgs(tmp_path, DISTRICT, "推进麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产项目。")
    # hailar-2013: countries' one-character forms make a place, not a company
    assert "中俄蒙" not in orgs(tmp_path, DISTRICT, "加快中俄蒙国际汽车产业园建设。")
    # after a county, a trade name and the product its plant makes (xingtai-2024 shape)
    found = orgs(tmp_path, COUNTY, "涞水鼎泰轴承、定兴科盛软包装等10亿元以上项目加快建设。",
                 "满城中航上大精密合金、唐县博瑞涂料等一批新兴产业项目开工。")
    assert {"鼎泰", "科盛", "中航上大", "博瑞"} <= found
    assert "盐穴" not in orgs(tmp_path, COUNTY, "开工建设易州盐穴储气库等重大工程。")  # a facility, no product
    # a city of another province opening the item is the company's home, part of its name (cangzhou-2018 shape)
    found = orgs(tmp_path, COUNTY, "上海博泰原料药、涞水鼎泰轴承等10亿元以上项目加快建设。")
    assert {"上海博泰", "鼎泰"} <= found and "博泰" not in found
    # a metal-working trade after a trade name opening a works (qinglong-2026 shape)
    assert "鑫远铸业" in orgs(tmp_path, COUNTY, "鑫远铸业炼钢连铸车间、高炉煤气发电等工程建成投产。")


def test_kinds_of_business_after_an_unknown_word_are_no_companies(tmp_path):
    # qianjiang-2019, guangdong-2026: trades that follow only a known company's name
    found = orgs(tmp_path, DISTRICT, "发展冷链物流、电商物流，实现巨灾保险全覆盖。")
    found |= orgs(tmp_path, PROVINCE, "推出多款汽车新品，新能源汽车、智能网联汽车产量增长。", "鼓励发展私募证券投资基金。")
    assert not found & {"冷链物流", "电商物流", "巨灾保险", "多款汽车", "新能源汽车", "智能网联汽车", "私募证券"}


def test_subjects_of_events_only_a_body_undergoes(tmp_path):
    # guangdong-2026, qianjiang-2019: opening, settling in, being set up, restructuring
    found = orgs(tmp_path, PROVINCE, "银行机构本外币存贷款余额分别达38.7万亿元，招银金投、信银金投开业运营。",
                 "累计营造红树林4931公顷，国际红树林中心落户深圳。",
                 "全国高校区域技术转移转化中心落户广东。")
    assert {"招银金投", "信银金投", "国际红树林中心", "全国高校区域技术转移转化中心"} <= found
    assert {"新诚服饰", "花神丝绸"} <= orgs(tmp_path, DISTRICT, "新诚服饰、花神丝绸重组复产。")
    # an event or a works settling in is not a body
    found = orgs(tmp_path, DISTRICT, "争取中国山地马拉松赛全国总决赛落户。总投资30亿元的启迪科技城落户挂牌。")
    assert not any(f.endswith(("决赛", "科技城")) for f in found)


def test_a_joint_inside_an_institutes_name(tmp_path):
    # guangdong-2026: "与" joins two fields inside the name, not two bodies
    found = orgs(tmp_path, PROVINCE, "鹏城实验室先进通信技术研发取得突破，中国科学院东莞材料科学与技术研究所挂牌成立。")
    assert {"中国科学院东莞材料科学与技术研究所", "中国科学院"} <= found
    assert "技术研究所" not in found
    # two bodies joined stay two (qianjiang-2019)
    found = orgs(tmp_path, DISTRICT, "投用妇幼保健院和精神病医院，整体搬迁区疾控中心。")
    assert {"妇幼保健院", "精神病医院", "区疾控中心"} <= found


def test_verbs_that_open_the_clause_are_not_part_of_the_name(tmp_path):
    # the genre: "助推…医院", "主办…集团" (jieba tags these verbs as nouns)
    found = orgs(tmp_path, DISTRICT, "助推区人民医院创建三甲医院。")
    assert "区人民医院" in found and not any(f.startswith("助推") for f in found)
    # hailar-2015: "晋级" (tagged nr) before a kind of school
    assert not any("学校" in f for f in orgs(tmp_path, DISTRICT, "五年共有29所学校晋级标准化学校，创建率93.5%。"))


def test_centres_that_are_institutions(tmp_path):
    # guangdong-2026: run by a body named in them, or a national centre of a place
    found = orgs(tmp_path, PROVINCE, "联动青少年服务中心、12338妇联维权服务中心、妇女维权服务站等服务站点。",
                 "加强知识产权保护和运用，提高深交所科技成果与知识产权交易中心发展水平。",
                 "建成鹏城云脑III、国家超算深圳中心二期。")
    assert {"12338妇联维权服务中心", "深交所科技成果与知识产权交易中心", "国家超算深圳中心", "妇联", "深交所"} <= found
    assert "青少年服务中心" not in found
    # a facility's kind, even with a place and 国家 before it
    assert not any(f.endswith("中心") for f in orgs(tmp_path, PROVINCE, "建设国家枢纽节点韶关数据中心集群。"))


def test_departments_by_level_and_field(tmp_path):
    # the genre (yixian-2019's 县 departments, hailar-2014's 区国税局) and guangdong-2026's 县域 wording
    found = orgs(tmp_path, COUNTY, "县民政局、县教育局、县卫健局联合行动，市市场监管局开展检查。")
    assert {"县民政局", "县教育局", "县卫健局", "市市场监管局"} <= found
    found = orgs(tmp_path, PROVINCE, "推进县域公办普通高中扩容提质，优化县域经济格局。")
    assert not any(f.startswith("县域") for f in found)
    found = orgs(tmp_path, DISTRICT, "认真贯彻落实区委十四届四次全委会精神。")
    assert not any("全委" in f for f in found)


def test_standard_institutions_by_their_kind(tmp_path):
    # hailar-2016 (政务服务中心), the genre: a county's media centre
    found = orgs(tmp_path, COUNTY, "成立县融媒体中心，政务服务中心实现一窗受理。")
    assert {"县融媒体中心", "政务服务中心"} <= found
    # in a province's report a bare kind is every county's
    assert "融媒体中心" not in orgs(tmp_path, PROVINCE, "推进县级融媒体中心建设，融媒体中心实现全覆盖。")


def test_government_funds_are_named_by_their_field(tmp_path):
    # guangdong-2026
    found = orgs(tmp_path, PROVINCE, "组建总规模1000亿元的省战略性新兴产业投资引导基金，国家创业投资引导基金在大湾区设立超500亿元区域基金。",
                 "发挥政府引导基金作用，鼓励发展私募证券投资基金。")
    assert {"省战略性新兴产业投资引导基金", "国家创业投资引导基金"} <= found
    assert not any(f.endswith("基金") and f not in {"省战略性新兴产业投资引导基金", "国家创业投资引导基金"} for f in found)


def test_a_countys_school_by_one_word(tmp_path):
    # the genre: in a county's report a school named by one noun is one school; kinds are not
    found = orgs(tmp_path, COUNTY, "育才中学新建教学楼投入使用。持续改善薄弱学校办学条件，农民合作社发展到300家，职业学校招生增长。")
    assert "育才中学" in found
    assert not found & {"薄弱学校", "农民合作社", "职业学校"}


def test_companies_listed_before_deng_qiye(tmp_path):
    # qianjiang-2019, hailar-2015: trade names jieba only guesses (联宝/nz, 蒙西/ns) before 等企业
    found = orgs(tmp_path, DISTRICT, "科技型企业总量居渝东南首位，联宝维美地毯等企业实现“机器换人”。",
                 "引导扶持蒙西、国安等现有物流企业提档升级。")
    assert {"联宝维美地毯", "蒙西", "国安"} <= found
    assert "科技型企业" not in found
    # hailar-2014: the part of the city the company is in is not part of its name
    found = orgs(tmp_path, DISTRICT, "“退二进三”工作启动实施，主城区华德牧业机械、强力水泥、鼎盛锅炉等企业退城进园。")
    assert "华德牧业机械" in found and "主城区华德牧业机械" not in found


def test_inspection_teams_halls_and_homes(tmp_path):
    # the genre: Party inspection teams, and halls and homes that are institutions (guangdong-2026's 版本馆)
    found = orgs(tmp_path, PROVINCE, "配合中央第三生态环境保护督察组开展督察，省委巡视组反馈问题全部整改。",
                 "广州国家版本馆、白鹅潭大湾区艺术中心等标志性文化设施建成使用。")
    assert {"中央第三生态环境保护督察组", "省委巡视组", "广州国家版本馆"} <= found
    found = orgs(tmp_path, DISTRICT, "以恒大集团为龙头带动发展，区福利院、区敬老院完成改造。")
    assert {"恒大集团", "区福利院", "区敬老院"} <= found
    assert not any(f.startswith("以") for f in found)


def test_bodies_with_their_areas_name(tmp_path):
    # guangdong-2026 (中共广东省委), hailar-2015 (自治区党委), yixian-2019 (市政府和县委)
    found = orgs(tmp_path, PROVINCE, "全面落实中共广东省委“1310”具体部署。")
    assert "中共广东省委" in found
    found = orgs(tmp_path, DISTRICT, "在重庆市委、市政府和区委的坚强领导下，认真落实自治区党委、政府部署。")
    assert {"重庆市委", "市政府", "区委", "自治区党委"} <= found
    found = orgs(tmp_path, COUNTY, "在市委、市政府和县委的坚强领导下。")
    assert "县委" in found and "和县委" not in found  # 和县 is a county in Anhui, far from home


HAILAR = "2015年呼伦贝尔市海拉尔区政府工作报告\n各位代表：\n一、2014年工作回顾\n"


def test_mass_bodies_phases_and_divisions_around_known_companies(tmp_path):
    # hailar-2014/2015/2016: 关工委 is a standing mass body at every level
    found = orgs(tmp_path, HAILAR, "扎实推进审计、统计、人口、外事、侨务、关工委、武装、双拥等工作。")
    assert "关工委" in found
    # hailar-2015: a trade name before a phase is the company, the phase is not part of it
    found = orgs(tmp_path, HAILAR, "中俄蒙国际物流园区中网科技云计算、蒙拓牧机二期等项目开工建设。",
                 "热电厂铁路专用线、麦福劳二期扩建等项目正式投入使用。")
    assert {"蒙拓牧机", "麦福劳"} <= found
    assert not any(f.endswith("二期") for f in found)
    # hailar-2013: a known company's name inside a foreign district's name is not the company
    found = orgs(tmp_path, HAILAR, "与蒙古国乌兰巴托市松根海尔汗区正式缔结国际友城关系。", "海尔集团投资建设智能工厂。")
    assert "海尔" not in found and "海尔集团" in found


def test_vocational_colleges_branches_and_affiliated_schools(tmp_path):
    # the genre (no sample names one): a college's name runs through its kind's words, and a
    # branch or an affiliated school names its parent too (ANNOTATION rule 8)
    found = orgs(tmp_path, PROVINCE, "支持湖南工业大学、湖南铁道职业技术学院建设一流学科。",
                 "助推湘雅医院株洲分院建设，引进北京师范大学附属中学合作办学。")
    assert {"湖南工业大学", "湖南铁道职业技术学院", "湘雅医院株洲分院", "湘雅医院",
            "北京师范大学附属中学", "北京师范大学"} <= found
    assert "技术学院" not in found


def test_groups_named_by_a_known_company_and_their_legal_form(tmp_path):
    # the genre: a known company before a group's head names the group; a legal form after the
    # group's head is part of the registered name
    found = orgs(tmp_path, PROVINCE, "以国家电投集团为依托，推进风电基地建设。",
                 "推动株洲市国有资产投资控股集团有限公司整合重组。")
    assert {"国家电投集团", "株洲市国有资产投资控股集团有限公司"} <= found
    assert "株洲市国有资产投资控股集团" not in found


def test_numbered_units_of_a_group(tmp_path):
    # the genre: an engineering bureau named by its group's short name and an ordinal is one
    # organization, and holds its group (ANNOTATION rule 8)
    found = orgs(tmp_path, PROVINCE, "中铁十二局、中交二航局承建的大桥建成通车。", "与湖南建工集团和中建五局签订合作协议。")
    assert {"中铁十二局", "中铁", "中交二航局", "中交", "中建五局", "中建", "湖南建工集团"} <= found


def test_theatres_and_power_plants_named_by_their_place(tmp_path):
    # hailar-2013: a named theatre is run (an institution), a named power plant is a company,
    # also inside the name of its works (ANNOTATION rule 8)
    found = orgs(tmp_path, HAILAR, "探索呼伦贝尔大剧院市场化运营和管理。", "海拉尔热电厂铁路专用线项目进展顺利。")
    assert {"呼伦贝尔大剧院", "海拉尔热电厂"} <= found


def test_trade_names_cut_by_jieba_and_company_abbreviations_opening_works(tmp_path):
    # hailar-2014: a trade name jieba cuts into pieces (万家/m 惠/nr) before a market head (its company runs
    # the retail market: gold 万家惠 → 万家惠农贸批发零售市场), and (hailar-2015) a company's abbreviation
    # (西航/j) before the works it builds, are the companies (ANNOTATION rule 8); a verb, a count or a common
    # word before a store names no company. (A local 农贸市场's own name is no company: the gold of
    # hailar-2013/2015/2016 leaves 万家惠 of "万家惠农贸市场" out, tests/test_market_own_names.py.)
    found = orgs(tmp_path, HAILAR, "确保万家惠农贸批发零售市场年内投入运营。", "加快两河圣山旅游景区建设，重点抓好中华天竺苑、西航大元文化城项目的实施。",
                 "新建农贸市场3个。", "两家超市投入运营。")
    assert {"万家惠", "西航"} <= found
    assert not found & {"万家", "新建", "两家"}


def test_a_known_company_with_its_product_before_relocation_works(tmp_path):
    # hailar-2013: "迁址新建" ends the works like "迁建": the company is named with its product
    found = orgs(tmp_path, HAILAR, "华润雪花啤酒迁址新建等项目前期工作扎实推进。")
    assert "华润雪花啤酒" in found and "华润" not in found


def test_list_mates_of_works_named_by_their_company(tmp_path):
    # yixian-2019: a common word (远大) before an industry is a company when a list-mate's works
    # opens with one (华电); alone, it stays a word (宏大: 远大 itself is a group that names the works it
    # opens, companies_opening_works.txt, now that a county's "推进…项目" is found as its works)
    assert {"华电", "远大"} <= orgs(tmp_path, COUNTY, "推进华电高端装备制造、远大装配式建筑等21个项目前期工作。")
    assert "宏大" in orgs(tmp_path, COUNTY, "推进华电高端装备制造、宏大装配式建筑等21个项目前期工作。")
    assert "宏大" not in orgs(tmp_path, COUNTY, "推进宏大装配式建筑项目前期工作。")


def test_branches_of_numbered_schools(tmp_path):
    # the genre (hailar-2015 has 三中分校): a numbered school's short form before 分校 names the branch,
    # also where jieba reads the short form as a place word (一中/s); a count before it does not
    found = orgs(tmp_path, HAILAR, "实施一中分校、实验小学扩建工程，确保二中分校投入使用。", "新建分校3所。")
    assert {"一中分校", "二中分校"} <= found
    assert not any(f.endswith("分校") and f not in {"一中分校", "二中分校"} for f in found)


def test_standard_public_institutions_of_an_area(tmp_path):
    # the genre: a county's or district's standard institutions by their full standard names,
    # which jieba cuts through (预防/v 控制中心/l), are organizations with their level
    found = orgs(tmp_path, HAILAR, "区疾病预防控制中心、区卫生监督所投入使用。", "组建区妇幼保健计划生育服务中心。")
    assert {"区疾病预防控制中心", "区卫生监督所", "区妇幼保健计划生育服务中心"} <= found


def test_a_short_name_coordinated_with_a_company(tmp_path):
    # issue 9 (boundaries by grammar): "A和B集团" splits into A and B集团 when A is a rare word
    # standing alone after a verb; a common word or the end of a longer name does not
    found = orgs(tmp_path, HAILAR, "支持包钢和神华集团参与建设。", "引导企业和神华集团合作。",
                 "确保新建的海拉尔客运总站和呼伦贝尔中心城汽车公司调度中心投入使用。")
    assert {"包钢", "神华集团"} <= found
    assert not found & {"企业", "客运总站", "海拉尔客运总站"}


def test_two_companies_joined_by_a_conjunction(tmp_path):
    # issue 9 (session 20): "A集团和B集团" is two companies; jieba may glue the conjunction to the
    # next name (和龙, a city), which made one name of both; a branch named after a place after its
    # parent's name ("中国银行和平支行") keeps its own reading, and a word opening with the
    # character is no conjunction
    found = orgs(tmp_path, COUNTY, "成功引进中核集团和龙佰集团等企业。", "推动华能集团与大唐集团合作建设风电项目。",
                 "万达集团同恒大集团签订合作协议。", "中国银行和平支行开业运营。")
    assert {"中核集团", "龙佰集团", "华能集团", "大唐集团", "万达集团", "恒大集团"} <= found
    assert not {f for f in found if any(c in f for c in "和与同") and f.endswith("集团")}
    assert "中国银行" in found and "平支行" not in found


def test_a_trade_name_jieba_guesses_a_verb(tmp_path):
    # issue 9 (session 20): a company's trade name no dictionary knows, that jieba's guess makes a
    # verb before 集团 ("超威/v 集团"), in a list, after a preposition or opening the clause; a known
    # verb there is a verb and its object (no company)
    found = orgs(tmp_path, COUNTY, "引进天能集团、超威集团等龙头企业。", "与超威集团签约。",
                 "超威集团投资建设电池项目。", "组建集团，推动改革。")
    assert {"天能集团", "超威集团"} <= found
    assert not {f for f in found if f.startswith(("组建", "与", "、"))}


def test_a_developer_named_in_its_works(tmp_path):
    # issue 9 (session 20, ANNOTATION rule 8): a developer's trade name, one word jieba tags as a
    # name, opens the works it names after itself in common words ("X产业新城", "X健康城"); a
    # place there is where the works is, and the works' head alone names no company
    found = orgs(tmp_path, COUNTY, "宏达产业新城、国瑞健康城等项目加快建设。", "推进固安产业新城建设。",
                 "谋划建设健康城、康养城。")
    assert {"宏达", "国瑞"} <= found
    assert not found & {"固安", "健康", "康养"}


def test_one_trade_name_before_a_kind_of_business(tmp_path):
    # hailar-2013: one rare proper noun after a verb before "等…综合体" names the company; a common
    # word there ("推进城市等…") does not
    found = orgs(tmp_path, HAILAR, "谋划好大型商贸综合体的布局，推进维多利等城市商贸综合体项目前期。",
                 "推进商贸等城市商贸综合体项目前期。")
    assert "维多利" in found and "商贸" not in found


def test_brands_jieba_cuts_apart_before_their_trade(tmp_path):
    # hulin-2025 (/work/devtext): a brand of single characters jieba knows no word for, before a trade
    found = orgs(tmp_path, COUNTY, "签约中沄通达储能设备、琨珂实业冷链物流园等项目32个。",
                 "启动迎林局有机肥、隆通管业管材制造等项目26个。")
    assert {"琨珂实业", "隆通管业"} <= found
    assert "隆通" not in found  # the list-mate's company keeps its trade
    assert not orgs(tmp_path, COUNTY, "发展生物医药、现代实业。") & {"生物医药", "现代实业"}


def test_the_own_government_named_in_the_opening_line(tmp_path):
    # yangzhong-2022, mouding-2024 (/work/devtext): "各位代表: 现在,我代表…人民政府" and "代表十八届县人民政府"
    # give the report's area from the title, and no organization that swallows the greeting
    head = "2022年扬中市政府工作报告\n——2022年1月10日在扬中市第十八届人民代表大会第一次会议上\n"
    found = orgs(tmp_path, head, "各位代表: 现在,我代表扬中市人民政府向大会作工作报告,请予审议。")
    assert "扬中市人民政府" in found and not any("现在" in o for o in found)
    found = orgs(tmp_path, "牟定县政府工作报告\n", "现在,我代表十八届县人民政府,向大会报告工作。")
    assert "县人民政府" in found and "十八届县人民政府" not in found


def test_a_rank_or_kind_of_firm_before_the_name_is_no_part_of_it(tmp_path):
    # mouding-2024 (/work/devtext): "世界500强企业…", "中国民营企业500强…" describe the company
    found = orgs(tmp_path, COUNTY, "成功引进世界500强企业吉利控股集团、中国民营企业500强湖南金荣集团等20户企业入驻园区。")
    assert {"吉利控股集团", "湖南金荣集团"} <= found
    assert not any("强" in o for o in found)


def test_common_short_forms_of_large_enterprises(tmp_path):
    # sichuan-2025, jiangxi-2023, dinghai-2025 (/work/devtext): 中船, 富士康, 国能 with no trade after them
    found = orgs(tmp_path, PROVINCE, "开工建设中船海上风电装备等产业项目。", "富士康智能终端制造等开工建设。",
                 "国能二期等18个项目完工。")
    assert {"中船", "富士康", "国能"} <= found
    assert "国能" not in orgs(tmp_path, PROVINCE, "推动全国能源结构调整。")


def test_a_trade_name_and_its_industry_alone_are_the_companys_name(tmp_path):
    # jintai-2024, ezhou-2018 (/work/devtext): "华岚新材料等10个项目" is the company's works under its name
    found = orgs(tmp_path, DISTRICT, "华岚新材料等10个项目建成投产。", "南都新能源、虹润新材料等重点产业项目试产。")
    assert {"华岚新材料", "虹润新材料"} <= found
    assert not {"华岚", "虹润"} & found
    assert "咸和" in orgs(tmp_path, COUNTY, "咸和航天机械零部件项目完成主体建设。")  # a product after it: the trade name


def test_names_counted_as_firms(tmp_path):
    # jintai-2024 (/work/devtext): "A、B等4户企业" counts companies by their names; industries are kinds
    found = orgs(tmp_path, DISTRICT, "合力叉车、长岭迈腾等4户企业获评省级瞪羚企业。")
    assert {"合力叉车", "长岭迈腾"} <= found
    assert not orgs(tmp_path, DISTRICT, "食品、医药等12家企业落户园区。") & {"食品", "医药"}


def test_a_hotel_chains_brand_opening_a_hotels_name(tmp_path):
    # hotel chains are known facts (org_hotel_brands.txt), whatever jieba makes of the brand
    found = orgs(tmp_path, DISTRICT, "锦江国际酒店开工建设。", "引进希尔顿酒店。")
    assert {"锦江", "希尔顿"} <= found
    assert "锦江" not in orgs(tmp_path, DISTRICT, "锦江沿岸新建步道5公里。")  # a river, no hotel after it


def test_associations_and_a_level_jieba_joins_to_a_verb(tmp_path):
    found = orgs(tmp_path, DISTRICT, "成立区农业产业化联合会、区电子商务协会。", "建成区实验小学新校区和区第二人民医院。")
    assert {"区农业产业化联合会", "区电子商务协会", "区实验小学", "区第二人民医院"} <= found
    assert "建成区实验小学" not in found  # jieba's 建成区 holds the verb


def test_a_works_company_keeps_its_trade_and_listed_shares(tmp_path):
    # hulin-2025, yiyang-2019 (/work/devtext): the trade ends the company's name ("…医药", "…机械");
    # "X股份" is a listed company's short name
    found = orgs(tmp_path, COUNTY, "鸿祥药品包装、康达源医药智能物流仓库等3个项目竣工。",
                 "蒙拓机械技改一期项目加快推进。", "宇晶股份在深交所上市。")
    assert {"康达源医药", "蒙拓机械", "宇晶股份"} <= found
    assert not {"迪晟健", "蒙拓"} & found
    assert "国有股份" not in orgs(tmp_path, COUNTY, "推进国有股份制改革。")


def test_development_groups_named_through_their_trade(tmp_path):
    # tianjin-2025 (/work/devtext): 发展 and 建设 inside a group's name, not before other heads
    found = orgs(tmp_path, PROVINCE, "中关村发展集团增资宝坻京津中关村科技城。")
    assert "中关村发展集团" in found
    assert not any("发展示范学校" in o for o in orgs(tmp_path, DISTRICT, "第一职业学校晋升为国家级中等职业教育改革发展示范学校。"))


def test_a_known_company_with_its_trade(tmp_path):
    # sichuan-2025 (/work/devtext): "通威太阳能电池片基地" names the company 通威太阳能 (太阳能 a trade after
    # a known company only)
    assert {"通威太阳能", "通威"} <= orgs(tmp_path, PROVINCE, "推动通威太阳能电池片基地等项目建成投产。")
    assert "发展太阳能" not in orgs(tmp_path, PROVINCE, "大力发展太阳能光伏产业。")


def test_teams_and_detachments_of_state_bodies(tmp_path):
    # bodies of every level by their units: survey teams, fire and police detachments, enforcement brigades
    found = orgs(tmp_path, DISTRICT, "国家统计局呼伦贝尔调查队积极配合。", "市消防救援支队、武警呼伦贝尔支队参与救援。",
                 "区综合行政执法大队开展整治。")
    assert {"国家统计局呼伦贝尔调查队", "市消防救援支队", "武警呼伦贝尔支队", "区综合行政执法大队"} <= found
    assert not any("队伍" in o for o in orgs(tmp_path, DISTRICT, "加强执法队伍建设。", "组建乡村振兴工作队5支。"))


def test_a_trade_name_jieba_cut_after_the_opening_verb(tmp_path):
    # "引进中网科技": jieba reads 中 as a locative; an industry's short form opens no company's name
    assert "中网科技" in orgs(tmp_path, DISTRICT, "成功引进中网科技、锦江国际酒店、京东物流等企业落户。")
    assert "光伏" not in orgs(tmp_path, DISTRICT, "引进亿利资源投资建设光伏治沙项目。")


def test_stores_listed_with_a_known_company_by_their_kind(tmp_path):
    # hailar-2012 (no gold): "苏宁电器、…、满购儿童百货等大型专业商场": list-mates of a company are companies
    assert "满购儿童百货" in orgs(tmp_path, DISTRICT, "苏宁电器、爱购超市、满购儿童百货等大型专业商场投入运营。")


def test_the_consultative_conference_by_its_bare_short_form(tmp_path):
    # reports outside the samples (新华区 2022, 陆丰 2022): "政协" alone, before its members or
    # listed after another body, is the body; before another word it is not taken alone
    found = orgs(tmp_path, DISTRICT, "现在，我代表区人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。",
                 "在区人大、政协监督支持下，全区经济稳中有进。")
    assert {"政协", "区人大"} <= found
    assert "政协" in orgs(tmp_path, DISTRICT, "请予审议，并请政协各位委员和其他列席人员提出意见。")
    assert "政协" not in orgs(tmp_path, DISTRICT, "认真办理人大代表建议和政协提案。")


def test_a_divisions_congress_by_its_term(tmp_path):
    # news copies of reports (南宁 2021, 河南 2020) with no report area: the congress is named by its
    # division and term; its standing committee is not the congress
    found = orgs(tmp_path, NATIONAL, "3月9日，南宁市十四届人大五次会议开幕。",
                 "上午，河南省第十三届人民代表大会第四次会议隆重开幕。")
    assert {"南宁市十四届人大", "河南省第十三届人民代表大会"} <= found
    assert "南宁市十四届人大" not in orgs(tmp_path, NATIONAL, "南宁市十四届人大常委会第二十一次会议召开。")


def test_a_technology_company_by_its_brand(tmp_path):
    # 进贤 2019: a brand before 科技 is a company; common words or a round before it
    # (guangdong-2026: "新一轮科技革命") are not
    found = orgs(tmp_path, COUNTY, "雄宇索道、工控“进未来”标准厂房等16个项目开工建设，洪韵科技、三一发达等14个项目建成投产。")
    assert "洪韵科技" in found
    found = orgs(tmp_path, PROVINCE, "抓住新一轮科技革命和产业变革机遇，全省农业科技进步贡献率提高。")
    assert not any(f.endswith("科技") for f in found)


def test_companies_opening_the_works_of_a_list(tmp_path):
    # devtext3 (cangzhou-2018, lishu-2020, zhongning-2026, dongzhou-2025): the company that builds is
    # named at the head of its works' name, by a trade name and its industry word or before a
    # capacity or the works on its plant (issue 10: who builds what)
    found = orgs(tmp_path, DISTRICT,
                 "中科院微电子产业园、巴安水务海水淡化、北京协和原料药等187个重点项目扎实推进。",
                 "新天龙技术改造、华大30兆瓦生物质发电、年产6万吨减水剂等13个项目参加省“三早”项目集中开工。",
                 "上储能源共享储能电站等66个重点项目建成投产。",
                 "投资25亿元的抚顺石化乙烯扩能项目完成基础设计审查。")
    assert {"巴安水务", "华大", "上储能源", "抚顺石化"} <= found
    assert "年产" not in found and "上储" not in found  # a rate; the trade name without its industry


def test_no_company_where_a_works_opens_with_a_kind_or_a_place(tmp_path):
    # qianjiang-2019 (a voltage names a grid works by its place), yixian-2019 (a known company and
    # the industries of its works), and kinds of works named by their industry
    found = orgs(tmp_path, DISTRICT,
                 "建成青杠110千伏输变电工程。",
                 "推进华电高端装备制造、远大装配式建筑等项目。",
                 "推进风力发电、光伏发电、生物质发电等项目建设。")
    assert not found & {"青杠", "华电高端装备", "风力发电", "光伏发电", "生物质发电"}
    assert "华电" in found


def test_companies_listed_whole_by_trade_name_and_industry(tmp_path):
    # devtext3 (jinyuan-2023), guangdong-2026: a list item that is a trade name and its industry word
    # is a company; an industry before its products is none
    found = orgs(tmp_path, DISTRICT, "太原药业、远东构件、龙山伟业等技改投资持续增长。")
    assert {"太原药业", "远东构件"} <= found
    found = orgs(tmp_path, PROVINCE, "海工装备、智能网联汽车等产业加快发展。")
    assert not found & {"海工装备", "智能网联汽车"}


def test_known_company_across_a_word_jieba_guessed(tmp_path):
    # devtext3 (cangzhou-2018): jieba's HMM glued the first character of the works to the company
    # ("恒大童/nz 世界"); a dictionary word across the end keeps its meaning ("中国电子商务")
    assert "恒大" in orgs(tmp_path, DISTRICT, "恒大童世界、碧桂园生态城开工建设。")
    assert "中国电子" not in orgs(tmp_path, DISTRICT, "发展中国电子商务。")


def test_trade_name_after_the_place_a_works_opens_with(tmp_path):
    # devtext3 (yuncheng-2024): a division, a trade name jieba cut into characters, an industry
    found = orgs(tmp_path, DISTRICT, "芮城证道锂电池负极材料、闻喜晶尊水晶玻璃等一批产业转型项目加快建设。")
    assert "证道" in found
    assert not found & {"芮城", "芮城证道", "闻喜"}
    # a division and a trade word make a place's sector, not a company
    assert "永康五金" not in orgs(tmp_path, DISTRICT, "永康五金直销中心等项目落地。")


def test_a_group_named_by_common_words_that_opens_a_clause_and_invests(tmp_path):
    # devtext2 (pingyin-2019): the investor of the clause, however common its words
    assert "东方红日集团" in orgs(tmp_path, DISTRICT, "东方红日集团投资25亿元，建设全市首个种养一体化产业链项目。")
    # kinds and counts of groups invest too, but are no names
    found = orgs(tmp_path, DISTRICT, "各类集团投资活跃，一批公司落户园区，大型集团投资建设项目。")
    assert not any(f.endswith(("集团", "公司")) for f in found)


def test_brands_before_heavy_industry_trades(tmp_path):
    # devtext3 (dongzhou-2025, cangzhou-2018): a brand and the trade of its plant, outside a works' name
    found = orgs(tmp_path, DISTRICT, "渼瑞石油实现产值10亿元，泰恒特钢扩大产能，推动城市水务改革。")
    assert {"渼瑞石油", "泰恒特钢"} <= found
    assert "城市水务" not in found


def test_a_trade_name_before_the_industry_of_its_works(tmp_path):
    # devtext (jintai-2024): a works named by its company and industry; hailar-2013, devtext2
    # (liaoyuan-2022): countries' short forms and a word ending in an industry are no trade names
    assert "金兆晶源" in orgs(tmp_path, DISTRICT, "金兆晶源光伏组件等40个项目建成投产。")
    found = orgs(tmp_path, DISTRICT, "中俄蒙物流园、汽车园等项目进展顺利，滚动实施国际商贸物流城等重点项目。")
    assert not found & {"中俄蒙", "国际商贸"}


def test_an_investment_fair_is_no_chamber_of_commerce(tmp_path):
    # devtext3 (jinyuan-2023): 招商会 ends in the head 商会 but names an event
    assert not any(f.endswith("招商会") for f in orgs(tmp_path, DISTRICT, "作为唯一县区在全市深圳招商会上专题推介。"))
    assert "温州商会" in orgs(tmp_path, DISTRICT, "温州商会投资建设商贸城。")


def test_a_division_and_a_trade_name_listed_with_companies(tmp_path):
    # devtext3 (dongzhou-2025): list-mates of a company share its type; a division and a rare word
    # is the registered form of a company's name (行政区划 + 字号)
    assert {"辽宁三木", "渼瑞石油"} <= orgs(tmp_path, DISTRICT, "总投资30亿元的辽宁三木、渼瑞石油等12个重大产业项目开工建设。")
    # without a company among them, places and facilities stay what they are
    assert "辽宁三木" not in orgs(tmp_path, DISTRICT, "辽宁三木、沈阳北站等项目开工建设。")


class _CountedMarks(str):
    """The clause marks, counting the walks over them: one walk is ~45 backward scans of the sentence."""
    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_the_clause_start_is_sought_only_before_an_investor_head(tmp_path, monkeypatch):
    from kg.extract import organizations
    marks = _CountedMarks(organizations.PUNCT)
    monkeypatch.setattr(organizations, "PUNCT", marks)
    found = orgs(tmp_path, DISTRICT, "区人民医院新建门诊楼，恒丰银行黔江支行开业运营。")
    assert {"区人民医院", "恒丰银行黔江支行"} <= found and _CountedMarks.walks == 0
    assert "东方红日集团" in orgs(tmp_path, DISTRICT, "东方红日集团投资25亿元，建设全市首个种养一体化产业链项目。")
    assert _CountedMarks.walks >= 1  # 集团 then 投资: the clause start is sought


def test_a_sector_word_before_its_people_or_work_is_no_body(tmp_path):
    found = orgs(tmp_path, DISTRICT, "公安干警深入开展扫黑除恶专项斗争，公安工作成效明显，政协委员积极建言。")
    assert "公安" not in found and "政协" in found  # 政协 is a body's short form: its members name it


def test_build_verbs_before_a_kind_of_school(tmp_path):
    # fresh report (荣昌区, session 11): 改扩建 (jieba: j) opens the clause, no part of a name
    found = orgs(tmp_path, DISTRICT, "新建城区幼儿园4所,改扩建城区小学5所。")
    assert not any(f.startswith("改扩建") for f in found)


def test_a_representative_before_a_company_is_no_part_of_its_name(tmp_path):
    # fresh (城口县, 2025): "业主代表中广核新能源重庆公司…发言"
    found = orgs(tmp_path, COUNTY, "竣工项目业主代表中广核新能源重庆公司党委书记、总经理周宏高发言。")
    assert "中广核新能源重庆公司" in found and not any(f.startswith("代表") for f in found)


def test_the_government_in_the_reports_own_title_names_the_document(tmp_path):
    # devtext2 (zhuji-2021) and 8 more reports: the title's "X市政府" is not annotated; the body is
    # named where it speaks ("我代表市人民政府")
    found = orgs(tmp_path, "2021年诸暨市政府工作报告\n各位代表：\n", "现在，我代表市人民政府向大会报告工作，请予审议。")
    assert "诸暨市政府" not in found and "市人民政府" in found


def test_bare_names_in_a_works_list_are_the_companies_it_counts(tmp_path):
    # devtext2 (xinhua-2022), devtext3 (dongzhou-2025), fresh (成都 锂电, session 11): an item of a
    # works list with no works' head is the company the works is called by
    found = orgs(tmp_path, COUNTY, "引进落地国碳纳米、恒一锂能等新能源项目19个,锂电产业链初步形成。",
                 "总投资34亿元的中储粮、东方发电、隆腾新材料等18个续建项目投产达效。",
                 "先后引进川发龙蟒、欣旺达、国城矿业、耀宁科技等锂电产业百亿项目6个,总投资超700亿元。")
    assert {"国碳纳米", "恒一锂能", "东方发电", "国城矿业", "欣旺达"} <= found


def test_items_of_a_list_of_developments_or_routes_name_no_company(tmp_path):
    # devtext3 (keyouqianqi-2024, maoming-2017), Hailar 2013: compounds, routes, buildings, an industry
    found = orgs(tmp_path, COUNTY, "锦绣华庭、盛世豪庭等一批住宅项目交付使用。",
                 "建成茂东快线、茂化快线等道路。",
                 "推动华融二期、天润商厦等项目开业运营。",
                 "汽车零部件、外贸产业园等15个项目建成投产。")
    assert not found & {"盛世豪庭", "茂东快线", "茂化快线", "天润商厦", "汽车零部件"}


def test_a_trade_name_jieba_cuts_into_two_characters_opens_its_works(tmp_path):
    # devtext3 (yuncheng-2024), fresh (大同, 2022): 锡|纯, 晶|尊 are one trade name before the product
    shanxi = "政府工作报告\n——2024年1月在运城市第五届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n"
    found = orgs(tmp_path, shanxi, "芮城证道锂电材料、闻喜晶尊玻璃制品等一批转型项目开工。",
                 "推进大同锡纯芯片材料二期项目。")
    assert {"晶尊", "锡纯"} <= found


def test_a_trade_name_and_its_product_in_a_works_list_is_no_company_name(tmp_path):
    # devtext3 (siping-2020), fresh (建平县): the plant of 华统 named by its product, a development
    found = orgs(tmp_path, COUNTY, "华统生猪、永康五金直销中心等项目落地。",
                 "商贸集聚区医养结合体、万商经典等重点项目加快建设。")
    assert not found & {"华统生猪", "万商经典"}


def test_a_rare_word_before_a_product_in_a_works_list_is_its_company(tmp_path):
    # devtext3 (siping-2020, yuncheng-2024): the list's items are plants named by company and product
    found = orgs(tmp_path, COUNTY, "华统生猪、永康五金直销中心等项目落地。",
                 "其龙新材料二期、正帆特种炭黑等120余个项目建成投产。")
    assert {"华统", "正帆"} <= found


def test_a_building_or_a_development_in_a_works_list_names_no_company(tmp_path):
    # Hailar 2013, 2012: 商厦 is a building, 尚品国际 a development; 万豪国际 stays whole
    found = orgs(tmp_path, COUNTY, "推动华融二期、天润商厦等项目开业运营。", "天润新城、尚品国际等重点城市建设项目进展顺利。")
    assert not found & {"天润", "尚品", "尚品国际"}


def test_a_conjunction_glued_to_a_level_opens_no_name_after_a_lead_verb(tmp_path):
    # yixian-2019: jieba reads 和县 (a county of 安徽) in "迁建和县医院"; in a 河北 report it is 和 + 县医院
    found = orgs(tmp_path, COUNTY, "加快中医院迁建和县医院医技综合楼建设。")
    assert "县医院" in found and "和县医院" not in found


def test_a_company_listed_before_two_closes_of_works_lists_is_named_once(tmp_path):
    # yixian-2019's phrasing with two lists: 国碳纳米 stands before both "等…项目" closes
    path = tmp_path / "report.txt"
    path.write_text(COUNTY + "引进落地国碳纳米、恒一锂能等新能源项目和中储粮、东方发电等18个续建项目。\n", encoding="utf-8")
    found = [m.text for m in extract_mentions(parse_document(read_source(path))) if m.type == "Organization"]
    assert found.count("国碳纳米") == 1 and "东方发电" in found


def test_a_works_head_before_a_legal_form_is_the_companys_trade(tmp_path):
    # sentences in the genre's phrasing (names invented): jieba tags 工程 a works head and takes
    # 建设工程, 水利工程 as words; before 有限公司 they are the trade of an engineering company
    found = orgs(tmp_path, COUNTY, "支持江苏华建建设工程有限公司做大做强。",
                 "湖南金源水利工程有限公司承建城区防洪项目。",
                 "引进四川蜀通路桥工程有限公司参与国道改建。")
    assert {"江苏华建建设工程有限公司", "湖南金源水利工程有限公司", "四川蜀通路桥工程有限公司"} <= found
    assert not found & {"华建", "金源", "蜀通路桥"}
    # an organization's head before the legal form ("集团有限公司") keeps its own walk, which
    # leaves the descriptor before the name out
    found = orgs(tmp_path, COUNTY, "行业龙头企业华禾木业集团有限公司产值增长12%。")
    assert "华禾木业集团有限公司" in found
    assert not any(f.startswith("企业") for f in found)
    # a works head not followed by a legal form still ends a name walk
    assert "城区供水工程有限公司" not in orgs(tmp_path, COUNTY, "推进城区供水工程，有限公司转制完成。")


def test_a_compass_word_and_its_trade_opening_works(tmp_path):
    # lujiang-2022 and baotou-2016 (pool excerpts of real reports): a regional group's short name is a
    # compass word (jieba: a direction) and its trade, at the head of its works' name
    found = orgs(tmp_path, PROVINCE, "投资14亿元大众国轩三元正极材料、15亿元南方水泥优化升级等32个项目开工建设。",
                 "推进中核北方核燃料元件公司二期、北方重工大型铸锻件改造、一机集团特种车辆扩能升级等项目建设。")
    assert {"南方水泥", "北方重工"} <= found
    # a compass word before no trade opens no company ("北方地区" is a region)
    assert not any(o.startswith("北方") for o in orgs(tmp_path, PROVINCE, "推进北方地区冬季清洁取暖工程建设。"))


def test_a_company_trade_before_the_works_capacity(tmp_path):
    # changchun-2019 (pool excerpt of a real report): the trade right before the capacity figure is the
    # company's (华正农牧), the product comes after the figure
    head = "政府工作报告\n——2019年1月在长春市第十五届人民代表大会第四次会议上\n各位代表：\n一、2018年工作回顾\n"
    found = orgs(tmp_path, head, "推进德惠正大300万只蛋鸡、榆树华正农牧100万头生猪等农业产业化项目建设。")
    assert "华正农牧" in found
    assert "华正" not in found
    # dunhuang-2015: so after a company's abbreviation (首航, jieba: j) and its trade 节能
    head = "政府工作报告\n——2015年1月在敦煌市第十七届人民代表大会第五次会议上\n各位代表：\n一、2014年工作回顾\n"
    found = orgs(tmp_path, head, "推进首航节能10万千瓦熔盐塔式光热电站、中广核敦煌光热示范项目建设。")
    assert "首航节能" in found
    assert "首航" not in found


def test_bonded_trade_names_no_company(tmp_path):
    # baotou-2016 (pool excerpt of a real report): 保税 (bonded, under customs supervision) is the kind
    # of a customs facility, no trade name after the city
    found = orgs(tmp_path, PROVINCE, "推进满都拉口岸建设和包头保税物流中心(B型)封关运营。")
    assert "保税" not in found


def test_a_state_groups_abbreviation_after_the_country(tmp_path):
    # luoyang-2020 and shandong-2021 (pool excerpts of real reports): 中国 and a state group's
    # abbreviation (jieba: j) open the works' name: the group's short name, the country's name in it
    found = orgs(tmp_path, PROVINCE, "推进中国一拖新型拖拉机智能制造、中信重工智能装备产业园等项目建设。",
                 "确保中国重汽济南莱芜智能制造基地、比亚迪济南新能源汽车产业园开工投产。")
    assert {"中国一拖", "中国重汽"} <= found
    assert not any(o.startswith("中国") for o in orgs(tmp_path, PROVINCE, "深入实施中国制造2025，建设制造强省。"))
