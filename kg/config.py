"""The bare numbers of the rules, in one typed place: a frozen dataclass per concern, each field
saying what it means. A rule reads its numbers from here, so a threshold is changed (and reviewed)
as data, not found in the middle of a function."""
from __future__ import annotations

from dataclasses import dataclass


# ---------------------------------------------------------------- shared

@dataclass(frozen=True)
class NameWalk:
    """How far a walk left from a head may go to find where a name begins
    (kg.extract.base.name_start): at most `max_chars` characters and `max_tokens` tokens."""

    max_chars: int
    max_tokens: int

    @property
    def limits(self) -> dict[str, int]:
        """The walk's caps as name_start's keyword arguments."""
        return {"max_chars": self.max_chars, "max_tokens": self.max_tokens}


# ---------------------------------------------------------------- names, proper names, the document, observations

# how far name_start walks left from a name's head when its caller sets no limits of its own
NAME_LIMITS = NameWalk(14, 6)


@dataclass(frozen=True)
class ProperName:
    """jieba dictionary frequencies under which a part of a stem makes it a proper name
    (kg.text.names.is_proper): what is rare is a name, what is common names nothing."""

    rare_char: int = 300  # a character standing alone, rarer than this, is a name's ("濯")
    rare_char_in_unknown: int = 1500  # an unknown two-character word the HMM joined is a name if
    #                                   one of its characters is rarer than this ("阿蓬"; not "城美")
    rare_word: int = 100  # a known word rarer than this is a name's (unless strict)
    rare_proper_noun: int = 1000  # a word jieba tags as a proper noun (ns, nr, nz, j…) rarer than
    #                               this is a name's, strict or not ("金溪"/ns)


PROPER_NAME = ProperName()


@dataclass(frozen=True)
class DocumentLimits:
    """How kg.text.document reads a report's layout."""

    max_sentence_chars: int = 1000  # a longer sentence is cut at a clause mark of its second half
    #                                 (the longest in the samples and the Hailar corpus is under 500)
    heading_chars: int = 60  # a numbered line ("一、…") this long or longer is a paragraph, not a part
    title_lines: int = 12  # the salutation (各位代表) that ends the title block is looked for this far
    title_chars: int = 40  # with no salutation, a first line naming the report under this is its title
    area_lines: int = 3  # the report's own area is read from the title block and this many lines after it
    dated_opening_chars: int = 300  # with no title block, a title or congress date is read this far
    #                                 into the text ("2018年1月20日,某市第九届人民代表大会…开幕")
    congress_terms_from: int = 2003  # provincial congresses are elected together, every five years,
    #                                   at least since this year (Chongqing's first term ran 1997–2002): an
    #                                   earlier term is not dated by
    #                                   `provincial_congress_terms.tsv`
    late_session_month: int = 9  # a congress held from this month on hears the report for the coming
    #                              year, reviewing this one: a county's in November or December, and the
    #                              new terms' first sessions held in September or October
    #                              ("2021年10月26日在南昌市第十六届人民代表大会第一次会议上", reviewing the five
    #                              years to 2021)
    stamp_months: tuple[int, ...] = (11, 12, 1, 2, 3)  # a page published in these months may be dated by
    #                                 its stamp: the season of the congresses (a county's in November or
    #                                 December, a province's or city's from January to March); a stamp of
    #                                 another month is news of something else or a repost
    this_year_named_chars: int = 40  # "今年是…开局之年": the words naming the year are read this far, within
    #                                   the clause (to a comma, or to 明年/去年, which name another year)
    planned_year_chars: int = 12  # "某省2026年经济社会发展主要预期目标": the words between a year and its
    #                               targets, work or report's name (text_planned_year_cues.txt)
    numeral_session_chars: int = 12  # a numeral before 次 numbers a session when 全会/会议 follows within
    #                                  this many characters ("十一次市政府常务会议"; kg.text.cn_numerals)


DOCUMENT_LIMITS = DocumentLimits()


@dataclass(frozen=True)
class ObservationLimits:
    """How far the observation rules read around a value."""

    noun_after_chars: int = 16  # the longest noun after a count that names what it counts
    #                             ("88个深度脱贫攻坚项目有序推进")
    bracket_chars: int = 8  # a bracket this short inside an indicator's name is part of it ("(PM2.5)")
    subject_chars: int = 3  # the shortest subject of the clause before that names a bare value
    #                         ("全部财政收入…,完成11.68亿元")
    part_cue_year_window: int = 8  # at most this many characters between a year and the review or plan
    #                                cue it dates ("2021年及本届政府工作回顾")
    heading_cue_year_window: int = 16  # the same where a numbered part heading runs on into its first
    #                                    paragraph ("一、2016年工作及五年发展简要回顾2016年,面对…")
    title_year_window: int = 12  # a year this close before 政府工作报告 or 人民代表大会 dates the report,
    #                              not the values after it ("2011年辽宁省政府工作报告")
    whole_year_window: int = 4  # at most this many characters between a year and 全年 ("2018年河南全年")
    one_of_chars: int = 20  # at most this many characters between a count and the 之一 that makes it the
    #                        size of a set the subject belongs to ("全省5个试点县之一")
    example_breaks: str = ",;。:、"  # what ends the list of examples before 等 ("…建设,A、B、C等投资")
    example_chars: int = 8  # an example in that list is at most this long
    example_word_chars: int = 4  # ... and where it names a kind that is no measure ("心理、法律、调解等个案服务")


OBSERVATION_LIMITS = ObservationLimits()


# ---------------------------------------------------------------- project and genre rules

@dataclass(frozen=True)
class ProjectLimits:
    """kg/extract/projects.py."""

    works_name: NameWalk = NameWalk(20, 8)  # the name before a project head ("…水库枢纽工程")
    listed_item: NameWalk = NameWalk(18, 7)  # the first item of a list labelled works ("A、B等项目"; a company's works: "某某机械智能收割机整机自动化生产线")
    action_item: NameWalk = NameWalk(14, 6)  # an item named by its action ("森林质量提升、…")
    name_before_new: NameWalk = NameWalk(12, 5)  # the name before 新 and a head ("广州新机场")
    name_before_bracket: NameWalk = NameWalk(8, 4)  # the name before a bracketed joint ("南珠(中)城际")
    joined_name: NameWalk = NameWalk(6, 3)  # a bare name joined by 和/、 to a works ("三台书院、草圭堂…")
    joined_name_chars: int = 6  # the longest such joined name
    joined_modifier_chars: int = 12  # the longest modifier joined by 和/与/及 sharing a works' head
    joined_part_min_chars: int = 2  # the shortest part on either side of 及 in one works' name
    #                                 ("升压站综合楼及附属用房建筑工程")
    next_head_window: int = 4  # how far after a head another head is looked for ("…水库枢纽工程")
    company_product_max_chars: int = 6  # the longest part of a product between a company and where the walk for
    #                                     a works' name stopped ("长信科技|柔性|触控显示模组项目": 2; "英特尔|大连非易|失性…": 4)
    rate_product_chars: int = 10  # the longest product between an output rate's figure and the head ("锂电正极材料")
    phase_actions_chars: int = 14  # the longest run of actions between a works and its 项目/工程 ("续建配套与现代化改造")
    next_head_gap: int = 2  # at most this many characters between a head and the next one
    division_run_chars: int = 16  # the longest run of divisions written in full before a works' name that a
    #                               later rule does not read its name back over ("某某自治县某某镇")
    counted_set_window: int = 6  # how far before a name "88个" is looked for (a counted set)
    facility_before_label_chars: int = 6  # how far before 项目前期 a facility's head or phase is looked for ("…物流园项目前期")
    rate_capacity_chars: int = 14  # how far before "/年" the number of a rate capacity is looked for ("1.2×10万立方米/年")
    zone_list_item: int = 12  # the longest name before the head of a later zone of a list that shares a works word ("德惠经济")
    zone_list_long_item: int = 20  # the longest later zone of such a list ending in a zone's head ("寿光市羊口先进制造业产业园"), or partner
    head_before_verb: int = 6  # how far back a works head ending before a landing verb is searched ("产业园落地")
    # the longest item of a list of projects before 等: a company by place, trade name and industry and
    # its product ("江苏阔拼科岩服饰高档运动夹克衫": 15)
    listed_item_chars: int = 18
    # the fewest items of a list under a class label ("…等重大项目") read as kinds of works where they name none
    # ("高端装备、信息网络、…燃气轮机": 8; "骨干水源、江河湖泊治理…": 4; two or three such items name works)
    class_list_min_items: int = 4
    # the shortest descriptor before a site head that singles out one facility the clause builds
    # ("旅客服务中心": 4; "体育中心", "物流园区" name kinds)
    site_descriptor_min: int = 4
    # the shortest works named right after a registered company's name, read as its own works with no
    # capacity before them ("X新材料有限公司智能温控阀门工厂项目": 8; "X有限公司技改项目" is too short to name one)
    company_works_min: int = 4
    # the shortest name before a 项目 that a clause lists among designated works ("某某新能源项目列入省重点项目":
    # 6; "产业项目纳入…", "该项目入选…" name none)
    designated_name_min: int = 4
    # the shortest works before 和 read as a list's first item of its own ("五金机电建材城和二手车交易市场
    # 等项目"; "健康和正阳社区…": 健康 shares the tail)
    joined_item_min_chars: int = 3
    # the longest qualifier between an institution's name and the building of it being built
    # ("县人民医院|门诊综合|楼", "县疾控中心|P2|实验室": kg/extract/institution_works.py)
    institution_part_qualifier: int = 4
    # the longest name before a research facility's head ("陆海通道工程全寿命安全|实验室": 11;
    # kg/extract/institution_works.py)
    research_facility: NameWalk = NameWalk(14, 8)
    # the longest quoted words that open a works' name before the rest of it ("“三北”六期工程", "“人工智能+”农业
    # 领域中试基地"); longer ones are an epithet before a name of its own ("“万里黄河第一隧”济泺路隧道")
    quoted_opening_chars: int = 5
    # the longest run of the ends' one-character forms that jieba cut apart before a route head
    # ("成达|万|高铁", "沪|通|铁路", "宜西|攀|高速": three ends; "绵|遂|资内|铁路": four) and the most a two-character piece of
    # it may be used as a word in jieba's dictionary (成达: 2; "普通", "新建" are words)
    route_initials_chars: int = 4
    route_initial_piece_freq: int = 20
    # the most a word jieba tags as a verb may be used in its dictionary and still be read as a word it
    # does not know before a works' name ("力争包商银行培训中心": 包商/v, "开闭所主供电工程": 开闭/v, both 3;
    # words of the genre are far more used: 建好 3 is a verb the lexicons list, 扩能 7)
    rare_word_freq: int = 3


@dataclass(frozen=True)
class GenreLimits:
    """kg/extract/genre.py."""

    list_item: NameWalk = NameWalk(18, 8)  # the first item of a list of facilities or works
    capacity_trade_name: NameWalk = NameWalk(4, 2)  # a trade name before a capacity ("大唐700万吨…")
    named_area: NameWalk = NameWalk(16, 6)  # the name before an area's head ("西山湿地")
    site_kind_chars: int = 4  # the common words of a site's kind after a named area ("某某纪念园|抗战|遗址")
    zone_function_chars: int = 8  # a function between a bracketed zone's place and its kind ("跨境电子商务")
    zone_part_chars: int = 6  # the name of a zone's part before its head ("大兴机场片区")
    zone_place_word_freq: int = 5000  # a place word of jieba's (ns) before a zone's head, rarer than this, names it ("运河商务区"; not 城市, 长江)
    listed_village: NameWalk = NameWalk(5, 3)  # the first village of a list ("孙家屯、团结村等")
    dealer_park: NameWalk = NameWalk(12, 5)  # the park dealers are in ("中俄蒙国际汽车园")
    zone_name: NameWalk = NameWalk(10, 4)  # the name before a zone being built ("滨河新区")
    relocated_facility: NameWalk = NameWalk(12, 5)  # a facility before the works of moving it
    short_item_tokens: int = 2  # tokens of the first short name of a list (compounds, brands)
    compound_chars: int = 4  # the longest name of a compound or a village moved whole ("伊敏")
    brand_chars: int = 6  # the longest brand counted by its stores ("奥迪")
    min_works_after_abbreviation: int = 3  # a company abbreviation opens a works only before a name and head ("悦海酒店")
    trade_name_chars: int = 8  # the longest name in a list of companies or hotels
    park_window: int = 12  # how far before the first brand a park it is glued to may start
    min_park_chars: int = 4  # the shortest name of such a park
    list_lookback: int = 200  # how far before its predicate a 、-list may start
    tail_lookback: int = 12  # how far before a predicate the list's tail ("…等项目的") may start
    preparation_lookback: int = 20  # how far before 前期 a works' name may start
    partner_lookback: int = 10  # how far before a zone the partners' abbreviations may start ("中俄蒙")
    product_chars: int = 4  # the longest product between a company and a works verb ("雪花啤酒")
    premises_body_chars: int = 6  # the words between an institution's place and its kind ("某市|中西医结合|医院")
    common_word_freq: int = 1000  # jieba's frequency from which a word is common, no trade name
    # an abbreviation (j) the dictionary counts this often is a common one ("中小", "轻纺", "农牧",
    # "石化": 200-740), not a company's ("一汽" 71, "交投" 61, "国投" 40, "中化" 37)
    common_abbreviation_freq: int = 150
    surrounded_site_chars: int = 8  # the longest site named before 周边 ("某某湖", "某某公园": place_street_spaces)
    surrounded_stem_freq: int = 1000  # a stem this frequent in jieba's dictionary is a common word ("城市公园周边")


PROJECT_LIMITS = ProjectLimits()
GENRE_LIMITS = GenreLimits()


@dataclass(frozen=True)
class NotWorksLimits:
    """kg/resolve/not_works.py."""

    # the longest scoping word opening a class's label: a division, a count, a length
    # ("河北省", "三省", "268公里": "河北省268公里高速公路" names a class, no one works)
    class_scope_chars: int = 12
    # the shortest works' own name after a class's label ("重大交通工程|东环高速", "水利工程|娄里水库"):
    # a head with two characters of name before it
    name_after_label_chars: int = 3


NOT_WORKS = NotWorksLimits()


# ---------------------------------------------------------------- place and organization rules

@dataclass(frozen=True)
class PlaceRuleLimits:
    """Caps and cut-offs of the place rules (kg/extract/places.py). Lengths are in characters;
    frequencies are counts in jieba's dictionary (with ours added)."""

    common_word_freq: int = 1000  # a word more frequent than this is a common word ("平房" in 和平房区, "文化" after 岭南)
    village_name_max_freq: int = 300  # a village's short name at least this frequent is a common word ("光明", "互助")
    village_common_noun_freq: int = 100  # a village's short name jieba tags a common noun, verb or adjective this frequent is that word ("园艺" 171 n)
    quarter_stem_max_freq: int = 20000  # a place word of jieba's this frequent before 新城 is a common noun ("城市新城": 城市 25084), no quarter's name (南部 5613, 江南 4987)
    toponym_word_max_freq: int = 250  # a proper noun ending in a toponym head names a place only when rarer ("长潭")
    toponym_word_max: int = 3  # longest one-word toponym before a facility ("白家湾市场")
    phase_site_stem: int = 2  # characters before a site's head for its later phase to name it ("某某家纺城三期"; not "产业园二期")
    park_trade_words: int = 3  # most words of a park's trade between its place and head ("国际文化旅游度假区")
    dashed_name_reach: int = 20  # how far after "中国—" a bilateral name may run to its head ("…国家人工智能应用合作中心")
    ranking_title_reach: int = 8  # how far after "中国" a ranking's title may run to its head ("中国西部百强县")
    event_name_reach: int = 14  # how far after a place the words of an event's name may run to its head ("…合作首次领导人会议")
    head_walk_chars: int = 4  # the walk left from a place head, when place_suffixes.txt gives no limit: characters…
    head_walk_tokens: int = 3  # … and tokens
    natural_stem_max: int = 3  # longest name before a one-character natural head ("神龟峡", "阿蓬江")
    stem_max: int = 5  # longest name before other heads ("金溪镇", "冯家街道") without a limit of its own
    around_stem_min: int = 3  # "环" opens a longer stem as "around": "环南昆山" is 南昆山
    route_walk_chars: int = 6  # the walk left from a route's first 至 ("正阳至蓬东"): characters…
    route_walk_tokens: int = 3  # … and tokens
    route_head_reach: int = 14  # the project head after a route's last end is searched this far from the end's start
    route_head_gap: int = 4  # … and may start at most this far past the end the route's pattern matched ("…至马石角道路改造")
    route_end_max: int = 5  # longest end or stop of a route
    transliterated_name_max: int = 7  # longest run of transliteration characters read as a foreign city after its country ("马拉舍维奇")
    former_division_word_freq: int = 100  # a division's former name is a rare word of jieba's dictionary (溧水县 9, 从化市 6; not 大城市 142)
    foreign_division_stem_max: int = 7  # longest name before a foreign division's level word after its country ("符拉迪沃斯托克|市")
    area_item_chars: int = 6  # longest item of a counted list of areas ("行政中心、机场路两大片区")…
    area_item_tokens: int = 3  # … in tokens
    coordinated_walk_chars: int = 4  # a name joined by 和/、 to a place ("濯水和新城…"): characters…
    coordinated_walk_tokens: int = 2  # … and tokens
    coordinated_min_start: int = 3  # the place joined to must start at least this far into the sentence
    coordinated_full_chars: int = 12  # … and a name joined to it must not be the tail of one this long
    village_list_kind_chars: int = 8  # the words between a count of listed villages and 村 ("6个省级美丽宜居乡村")
    listed_hub_chars: int = 8  # the next hub of a 、-list sharing the works after the last ("深圳北站、湛江西站综合交通枢纽")
    port_part_chars: int = 9  # a port's part named after its port, up to its head ("芜湖港|朱家桥外贸码头", "大连港|大窑湾集装箱码头")
    port_area_name_chars: int = 4  # the place's name of a port area opening a works, before 港区/作业区 ("某某港|大榄坪南作业区")
    airport_site_chars: int = 2  # the site's name between an airport's city and its head ("赣州黄金机场")
    street_stem_max: int = 4  # longest stem before a street's head ("满洲里路", "哈萨尔大街")
    street_item_chars: int = 6  # longest item of a list of streets and areas ("东出口、…哈萨尔桥等区域")
    street_space_reach: int = 6  # how far after the count a public space's head may end ("两个市民广场")
    person_name_max: int = 3  # longest person's name after a title that a place head may end ("区长王少峰")
    spaced_names_max: int = 8  # most names a byline's title may stand before, written apart ("记者 甲 乙 丙")
    listed_people_min: int = 2  # persons' names a list must hold for a place's name in it to be a person's ("甲、黄河、乙")
    signature_title_max: int = 12  # longest line of a title alone above a signed name ("某省省长" then "某某")
    dash_zone_chars: int = 12  # a zone named after two places joined by a dash: at most this many characters after the dash ("火山口森林公园旅游区")
    head_word_min_freq: int = 100  # a word a one-character head opens (jieba keeps "海鲜", "海峡", "海洋" whole) this frequent ends no place there


PLACE_RULES = PlaceRuleLimits()


@dataclass(frozen=True)
class OrgRuleLimits:
    """Caps and cut-offs of the organization rules (kg/extract/organizations.py). Lengths are in
    characters; frequencies are counts in jieba's dictionary (with ours added)."""

    name_walk_chars: int = 12  # the walk left from an organization's head ("重庆市农业担保公司"): characters…
    verb_seat_max_chars: int = 6  # a division's or group's short name before a trade name jieba guessed a verb ("某水|铸造机械集团")
    name_walk_tokens: int = 5  # … and tokens
    trade_walk_tokens: int = 4  # tokens walked on past a trade jieba reads as a verb ("农业担保公司")
    office_word_min: int = 3  # a one-character head (局, 所) ends an office only in a word this long ("教育局")
    hosted_event_name_chars: int = 30  # the words after a body opening a hosted event's name, to its head ("…政府间委员会第21届常会")
    brand_walk_chars: int = 4  # the brand before a trade ("京宏源铝业"): longest, in characters…
    brand_walk_tokens: int = 3  # … and tokens
    list_item_chars: int = 10  # longest item of a list of companies before 等企业…
    sector_group_chars: int = 6  # longest stem of a group named by its sector alone ("能源发展|集团")
    list_item_tokens: int = 4  # … in tokens
    works_company_max_freq: int = 1000  # a trade name at a works' head is rarer than this ("咸和", "吉之汇")
    works_company_max_words: int = 2  # … and at most this many words
    market_goods_chars: int = 8  # goods a market trades between its own name and its head ("某某|果蔬粮油|农贸批发市场")
    bare_item_trade_name_max_freq: int = 20  # a company named alone after its division in a list of works is a word jieba knows rarely ("东营富海": 富海/3)
    bracketed_place_company_max_chars: int = 6  # a company's short name before its local company's place in brackets ("京东(宿迁)…")
    seat_trade_name_min: int = 2  # a group's trade name before its subsidiary's seat in brackets ("大唐(内蒙古)能源…", "京能(赤峰)…")
    seat_trade_name_max: int = 4
    bracketed_form_stem_max: int = 10  # the stem before a form in brackets, its place and trade ("太原钢铁(集团)有限公司", "某某市建设投资控股(集团)有限公司")
    investor_subject_max_freq: int = 100  # a word of a trade name opening its clause before 投资, 落户 (no 的) is rarer than this ("精工", not "高端", "稀土")
    group_trade_word_max_freq: int = 1000  # one word jieba tags as a proper noun, rarer than this, before
    #                                        集团 or 公司 is the group's trade name ("万江"/ns, 2, in "与万江集团牵手合作")
    common_word_freq: int = 1000  # a word around a known company at least this frequent is a common word, not a division's part
    subject_min: int = 3  # shortest subject of an event only a body undergoes ("招银金投开业")
    national_reach: int = 10  # how far before a centre's name "国家" may open it ("国家超算深圳中心")
    bracketed_seat_chars: int = 8  # how far after a centre's name the bracket of its seat may close ("…中心(成渝地区)")
    centre_stem_min: int = 3  # shortest name before an institution's "中心"
    co_built_name_max: int = 16  # longest institute named only after a co-building verb ("共建脑机接口研究院")…
    co_built_stem_min: int = 4  # … and its shortest stem before the head ("技术研究院" names a kind, no institute)
    co_built_medical_stem_min: int = 2  # shortest stem before a medical centre's head co-built ("共建区域医疗中心")
    short_form_max: int = 4  # longest short form of a university ("电子科大", "西安交大")…
    short_form_gap: int = 3  # … each of its characters at most this many after the one before in the full name ("中国科(学技术)大学")
    listed_mate_chars: int = 6  # longest list item beside a company read as a company too ("读者出版集团": a trade name of at most 4 and its trade)
    # a listed company's trade name jieba cut off its trade ("立新/d 制药", "富士/n 特/d 铝业"): 2 to this
    # many characters, no word in it more frequent than the next figure ("立新" 51, "富士" 121; "发展",
    # "传统" are thousands)
    cut_trade_name_chars: int = 3
    cut_trade_name_max_freq: int = 200
    # a registered name's trade name jieba cut into single characters ("兴/v 煤 煌/ag 泰 新能源有限公司"):
    # this many to the next figure of one-character words in a row open its stem, a trade follows
    cut_characters_min: int = 3
    cut_characters_max: int = 4
    # "某某化工在某某工业园投资建设的…": the most characters of the site between a builder opening its
    # clause and its verb (extract_builder_subjects)
    builder_site_chars: int = 12
    # "某某公司在高新区建设…": the most characters of the site between a company opening its clause and
    # the verb of its works (organizations._investor_verb_after)
    investor_site_chars: int = 10
    # "法国|某戈班、…分别投资": the longest transliterated trade name after a foreign country
    foreign_trade_chars: int = 5
    # "组建某市城市投资建设发展有限公司": the most characters from the division opening a registered
    # name to its legal form (行政区划 + 字号 + 行业 + 组织形式)
    registered_name_chars: int = 20


ORG_RULES = OrgRuleLimits()


# ---------------------------------------------------------------- project attributes, relations and entities

@dataclass(frozen=True)
class ProjectAttributeLimits:
    """How near its name a project's investment and stage word must be (characters of its sentence)."""

    investment_gap: int = 3  # "总投资X亿元" ends this close before the name or starts this close after it
    stage_after: int = 8  # a stage word in the first characters of the clause after the (list of) name(s)
    stage_before: int = 6  # … or in the last characters of the clause before it ("加快建设P")


PROJECT_ATTRIBUTE_LIMITS = ProjectAttributeLimits()


@dataclass(frozen=True)
class RelationLimits:
    """How far apart, in characters of a clause, the words of a relation may stand."""

    min_name: int = 2  # a place's or organization's name (or a stem of one) found inside a project's name
    short_company_min: int = 4  # a group's name without its legal form ("湖南金禾" of 湖南金禾集团) opening a works' name
    registered_trade_name: tuple[int, ...] = (2, 3)  # the lengths of a trade name (字号) between a province and its industry in a company's registered name opening a works' name ("广东瑞澄新能源")
    works_trade_name_min: int = 2  # a company's trade name without its place inside a works' name ("康泰源", "长虹")…
    works_trade_name_unplaced_min: int = 3  # … a shorter one only of a registered name or a listed short name ("某某股份"), where it names no place ("茅台" is also 茅台镇), and only opening the works' name
    route_end_skip: int = 2  # a place found 1 to this many characters into a route's end, none at its start, lies inside an unknown name ("嫩江至多宝山": 宝山)
    build_window: int = 8  # "在X" then a build verb within this many characters: the projects after it are in X
    frame_window: int = 4  # "X的领导下…": a frame word this close after the organization (its clause is no cue)
    agent_gap: int = 5  # "X投资建设P": the organization's own verb starts within this many characters after it
    agent_reach: int = 12  # … and at most this many characters stand between it and the project (or the clause end)
    site_chars: int = 12  # "X在某某化工园区建设P": the most characters of the site between 在 and the organization's verb
    means_chars: int = 10  # "X以PPP模式投资建设P": the most characters between the means' lead (以) and the end of its kind (模式)
    tally_noun: int = 4  # "X完成P工作面86个": the most characters of the noun between the works and their count
    signed_window: int = 6  # "X…P签约": the signing word within this many characters after the last of them
    listed_item_tail: int = 4  # "某某集团总部、某某产业园签约": at most this many characters of a list item after the organization opening it
    site_part_qualifier: int = 4  # "医技业务用房": at most this many characters before a site's building named bare in a list
    unfound_body_chars: int = 6  # "某省某某米业在…": at most this many characters of a body's name after the place opening it, up to 在 or 与 (location.txt `body_close`)
    area_name_words: int = 6  # "西山生态景观区": at most this many characters between a place and the kind ending its area's name (a works opening with the kind alone is there)


RELATIONS = RelationLimits()


# ---- a list of works settling in a place (kg/extract/attributes.py)
@dataclass(frozen=True)
class SettledWorksLimits:
    """A list of works settling in a place ("西北钛镍等22个产业化项目落户X")."""

    tail_chars: int = 6  # what may stand between 等 and 项目/工程 closing the list ("等22个产业化项目")


SETTLED_WORKS = SettledWorksLimits()


# ---- an investor carried to the next clause (kg/extract/attributes.py)
@dataclass(frozen=True)
class CarriedSubjectLimits:
    """An organization that invests in one clause and builds in the next ("X投资40亿元,建设P")."""

    verb_gap: int = 2  # the next clause's build verb starts within this many characters ("倾力打造")
    introduced_rest: int = 2  # "引进X落户,建设P": at most this many characters after the company brought in


CARRIED_SUBJECT = CarriedSubjectLimits()


@dataclass(frozen=True)
class EntityLimits:
    """Names becoming entities."""

    slug_chars: int = 12  # hex digits of a name's SHA-1 in its IRI (a change changes every IRI)
    abbreviation_min: int = 2  # the shortest name that may abbreviate another ("烟厂")
    abbreviation_gap: int = 6  # "烟厂" abbreviates "黔江卷烟厂": the full name is at most this much longer
    owned_works_min_chars: int = 5  # "某某公司|智能装备产业园": the works' own name after its company, an alias ("某某公司|综合技改", four, names a kind)


ENTITIES = EntityLimits()


# ---------------------------------------------------------------- places named with common words (kg/extract/places.py, kg/text/area.py)

@dataclass(frozen=True)
class NamedPlaceLimits:
    """Places named with common words ("阳光小区", "东风社区") or found in the national town table."""

    compound_stem_min: int = 2  # characters of a compound's name before its head
    compound_stem_max: int = 4  # "金色港湾小区": at most two words before the head…
    compound_stem_tokens: int = 2  # … in tokens
    town_stem_max: int = 8  # the longest town name before its head ("化作苗族彝族乡": 6)
    # a town's stem this frequent in jieba's dictionary is a common word, and the town is not read with
    # another level's suffix: "新城镇" is new towns, not 新城街道 (827), nor "中心镇" any 中心街道
    renamed_town_stem_max_freq: int = 300
    water_works_reach: int = 8  # longest works name after a river, to the next list mark ("八字嘴航电枢纽")
    water_name_stem: int = 4  # characters before a water's head opening a works' name ("某某某某河生态修复工程")
    water_reach_name: int = 4  # characters of a reach's name before its 段 there ("某河城区段综合治理", "某河某某县段…")
    works_head_reach: int = 6  # a works' head this near after a settlement's name ("福临堡综合管廊")
    province_min_names: int = 3  # places of one province that make it the province of a report naming no area


NAMED_PLACES = NamedPlaceLimits()


# ---- works lists whose items open with a company (kg/extract/genre.py)
@dataclass(frozen=True)
class CompanyWorksLimits:
    min_found_works: int = 2  # a list names works when at least this many (and half) of its items are works found
    min_works_after_company: int = 2  # a company's works name holds at least this much after the company


COMPANY_WORKS = CompanyWorksLimits()


# ---- a standard body named inside a works' name (kg/resolve/relations.py)
@dataclass(frozen=True)
class NamedPartyLimits:
    # a standard body's name this long inside a works' name takes part in it ("中科院微电子产业园",
    # "国税局综合楼"); a shorter one is a word of the name ("中央桥", "中央大街")
    min_body_name: int = 3


NAMED_PARTY = NamedPartyLimits()


# ---- the company a works' name opens with (kg/extract/genre.py)
@dataclass(frozen=True)
class CompanyOpeningLimits:
    min_stem_chars: int = 2  # a trade name before an industry word, capacity or works verb ("华盛", "新天龙")
    max_stem_chars: int = 4
    rare_word_freq: int = 100  # a trade name after a place is a word jieba knows at most this rarely ("证道")
    investor_stem_chars: int = 6  # the longest stem of a group named by common words as an investor ("东方希望")
    plant_product_chars: tuple[int, int] = (2, 4)  # the product or line between a trade name and the works on its plant ("光模块", "生产线")


COMPANY_OPENING = CompanyOpeningLimits()


# ---- the report's own area and towns before works (kg/text/area.py, kg/extract/places.py)

@dataclass(frozen=True)
class OwnAreaLimits:
    """The area of a report whose title names none (an excerpt of a city's report)."""

    prefecture_min_names: int = 3  # mentions of one prefecture (and twice the next) that make it a 我市 report's city


OWN_AREA = OwnAreaLimits()


@dataclass(frozen=True)
class WorksTownLimits:
    """A town's short form read where a works' name it opens follows (kg.extract.places)."""

    works_end_reach: int = 8  # the works' head ends this near after the town ("榆山中小企业孵化园": 7)
    # in a province's report the towns are a whole province's (thousands): a short form is read only
    # when rarer than this in jieba's dictionary ("虹桥" 89, "大港" 151; not "董家" 273, "复兴" 788)
    province_short_max_freq: int = 200


WORKS_TOWNS = WorksTownLimits()


# ---- zones located by a verb (kg/extract/places.py)
@dataclass(frozen=True)
class LocatedZoneLimits:
    """A named zone read right after a verb that locates something in it (kg.extract.places)."""

    zone_chars: int = 10  # the zone's name and head end this near after the verb ("富山工业园": 5)
    kind_chars: int = 6  # words between a zone's place and its head ("霞浦经济开发区": 经济; "高新技术产业")


LOCATED_ZONES = LocatedZoneLimits()


# ---- a short line a narrow page wrapped (kg/text/reading.py)
@dataclass(frozen=True)
class PageWrapLimits:
    short_line_chars: int = 40  # under this, a line ending without a mark may be a title or a lead line
    width_tolerance: int = 3  # lines a page wrapped are this close in length (punctuation is narrower)
    alike_lines: int = 2  # at least this many other lines as long also end mid-sentence: the page is narrow


PAGE_WRAP = PageWrapLimits()


@dataclass(frozen=True)
class PageEdgeLimits:
    """Running headers and footers of a text parted into pages by form feeds (kg/text/paged.py)."""

    lines: int = 2  # lines at each edge of a page that may be running lines (a title and a date; an address and a number)
    share: float = 0.5  # a line at the edges of at least this share of the pages, its figures aside, is a running line


PAGE_EDGES = PageEdgeLimits()


# ---- companies an item of a works list is called by (kg/extract/organizations.py)
@dataclass(frozen=True)
class ListedWorksCompanyLimits:
    """An item of a works list ("国碳纳米、恒一锂能等新能源项目") read as the company it is named by."""

    max_chars: int = 5  # a trade name and its industry ("隆腾新材料"); longer items name a product or plant too
    closing_chars: int = 10  # characters between 等 and 项目 ("等18个续建项目", "等一批新能源项目")
    product_min_freq: int = 400  # a last word this common (jieba's count) and no trade is a product ("生猪": 486)


LISTED_WORKS_COMPANY = ListedWorksCompanyLimits()


# ---- the trade name a works' name opens with, however jieba cut it (kg/extract/projects.py)
@dataclass(frozen=True)
class WorksTradeNameLimits:
    """A trade name or abbreviation jieba cut into rare words, opening a works' name at its clause's
    start ("联想…", "商合杭高铁…") or before an industry ("虎石新材料")."""

    min_chars: int = 2  # the shortest trade name ("联想")
    max_chars: int = 3  # the longest ("商合杭"); longer gaps hold a verb or a scope
    common_word_freq: int = 1000  # a word of it this frequent in jieba's dictionary is no trade name ("确保")
    whole_name_freq: int = 100  # a trade name before an industry is this rare a word in jieba's dictionary ("南都": 40; "高端": 499)


WORKS_TRADE_NAMES = WorksTradeNameLimits()


@dataclass(frozen=True)
class CapacityOwnerLimits:
    """The owner's name before a works sized by its output ("泰安先行年产20万吨锂电材料基地"): a brand
    and its trade, listed or opening its clause (kg/extract/projects.py, _over_capacity_owner)."""

    min_chars: int = 4  # a brand and its trade ("宏远能源"); two characters alone the walk for a name takes
    max_chars: int = 8  # the longest owner read ("某某新能源科技"); longer runs hold a verb or a scope


CAPACITY_OWNERS = CapacityOwnerLimits()


# ---------------------------------------------------------------- place short forms cut from a phrase

@dataclass(frozen=True)
class PlaceShortFormLimits:
    """When a division's short form is no place but the first half of a phrase (kg/extract/places.py)."""

    split_word_min_freq: int = 200  # a word (jieba's frequency) at least this frequent, made of the short
    # form's last character and the lone character after it ("惠民|生": 民生), shows the cut went wrong


PLACE_SHORT_FORMS = PlaceShortFormLimits()


# ---- names inside names (kg/extract/nested_names.py)
@dataclass(frozen=True)
class NestedNameLimits:
    feature_word_max: int = 3  # the place word after the lone character ("南|秦河"): a feature's name is short
    common_word_freq: int = 1000  # a body's one word this frequent in jieba's dictionary holds no division's short form ("新华社")
    scenic_core_min: int = 2  # the name a scenic area opens with ("德夯" of 德夯风景名胜区)…
    scenic_core_max: int = 4  # …is short: a longer stem holds words of its kind ("三塘盖旅游康养")
    branch_parent_min_chars: int = 4  # a parent institution's name before its branch's place ("某某附中"): a kind alone is none


NESTED_NAMES = NestedNameLimits()


# ---- works listed by their kind (kg/extract/project_lists.py)
@dataclass(frozen=True)
class WorksByKindLimits:
    """"A、B等[一批|N个…]KIND": the items of a list labelled by a kind of works."""

    item_chars: int = 12  # the longest item of a list of works by kind ("超强超短激光")
    kind_qualifier_chars: int = 6  # words between 等 (and a count) and the kind ("世界级", "一批高品质")
    first_item: NameWalk = NameWalk(12, 5)  # the walk back to where the first item of such a list begins
    stage_after_chars: int = 10  # how far after the kind a stage word is looked for ("…公园和滨水休闲设施建成开放")
    label_stage_chars: int = 4  # a list's label after 等 and its stage word, an adverb at most between ("…等12处中型工程抓紧实施")
    shared_item_chars: tuple[int, int] = (2, 4)  # an item of a list sharing one head ("青岗、白沙桥水电站")
    route_abbreviation_chars: tuple[int, int] = (2, 4)  # a route by its ends' first characters ("雄商", "长四辽通"), or one end
    capacity_owner_chars: tuple[int, int] = (2, 8)  # an owner's name before a capacity in such a list ("甲河乙山煤矿180万吨")
    listed_place_works_chars: int = 8  # the works' words shared by places listed before them ("周边环境整治", "沿岸截污工程")
    listed_site_chars: tuple[int, int] = (2, 6)  # a site of one kind listed before such works ("甲港", "甲水某段")
    staged_item_chars: int = 16  # the longest item of a list closed by 等 and a stage ("甲集团全国产芯片万卡绿算集群")
    staged_first_item: NameWalk = NameWalk(16, 8)  # the walk back to where the first item of such a list begins


WORKS_BY_KIND = WorksByKindLimits()


# ---- a works named after its investment (kg/extract/project_invested.py)
@dataclass(frozen=True)
class InvestedWorksLimits:
    """The name of a works after "投资N亿元的"."""

    name_min: int = 3  # the shortest ("供销商城": 4)
    name_max: int = 30  # the longest ("牧原集团永济分公司生猪养殖及饲料厂建设项目": 21)
    before_sum_stem_min: int = 3  # "P项目总投资…": P's shortest ("木林森半导体项目"; not "引进项目")
    site_chars: int = 8  # the longest site after 在 between a builder and its verb, not found as a place ("在高新区建设")


INVESTED_WORKS = InvestedWorksLimits()


# ---- companies by what is said of them (kg/extract/honoured_companies.py)
@dataclass(frozen=True)
class HonouredCompanyLimits:
    min_name_chars: int = 2  # a trade name alone ("伊瓦特", "欧科亿") to a trade name and industry ("神雾科技")
    max_name_chars: int = 6
    max_object_chars: int = 24  # the honour's words after the verb, within the clause ("入选全省智能制造试点示范")
    common_word_freq: int = 1000  # a subject this frequent in jieba's dictionary is a common word ("园区", "企业")


HONOURED_COMPANIES = HonouredCompanyLimits()


# ---- a quoted part of a works' name (kg/extract/projects.py)
@dataclass(frozen=True)
class QuotedNameLimits:
    """The quoted words before a works' head ("“双创”中心", "“一泓清水入黄河”工程")."""

    min_chars: int = 2  # the shortest ("“双创”中心")
    max_chars: int = 12  # the longest ("“一泓清水入黄河”工程": 7)


QUOTED_NAMES = QuotedNameLimits()


# ---- trade names read by characters, however jieba cuts them (kg/extract/organizations.py)
@dataclass(frozen=True)
class TradeNameCharacterLimits:
    min_chars: int = 2  # the trade name before an industry word at a works' head ("江钨硬质合金…", "爱旭光伏电池")…
    max_chars: int = 4  # … to this many characters ("中核宸宇源网荷储")
    # any dictionary word inside it this frequent makes it a descriptor, no name ("分布式" 62, "高端" 499,
    # "互补" in 渔光互补 291, "红星" 145): a trade name read across jieba's cut must be (nearly) unknown
    word_max_freq: int = 20


TRADE_NAME_CHARACTERS = TradeNameCharacterLimits()


@dataclass(frozen=True)
class MediaNameLimits:
    """A news medium's name before its head (kg/extract/media.py): "中新" in 中新网, "解放" in 解放日报."""

    min_stem: int = 2  # "中新网", "东北网"
    max_stem: int = 6
    # a masthead on a line of its own is read among a copy's first lines only (the e-paper's top:
    # its date, its masthead, its page line, the title), and only with a newspaper's or station's
    # head (org_media_masthead_heads.txt), not a bare 报 or 网 ("工作简报" alone names no outlet)
    masthead_sentences: int = 8


MEDIA_NAMES = MediaNameLimits()


# ---- what the network page opens on (kg/outputs/page.py, kg/templates/page.html)
@dataclass(frozen=True)
class PageOpeningLimits:
    """A page, of one report or of several merged, opens on its structure: the projects, places and
    organizations linked to one another, with the indicators (each linked only to the area it is
    measured in: one star around it) and the isolated nodes hidden, when at least `structure_min` such
    entities are linked; a report with fewer relations than that (the national report: one) opens
    with every node, grouped in the parts of the report they come from (themes)."""

    structure_min: int = 20  # linked projects, places and organizations enough to open on them
    large_graph: int = 1000  # over this many nodes, relation labels are not drawn (named on hover)


PAGE_OPENING = PageOpeningLimits()


# ---- page and site noise in a report's copy (kg/text/reading.py)
@dataclass(frozen=True)
class PageNoiseLimits:
    """What the reader takes for page furniture or watermark noise rather than the report's text."""

    header_chars: int = 30  # a running header ("政府工作报告", "XX县人民政府工作报告") is a short line…
    header_repeats: int = 2  # …that occurs at least this often, and stands where a page cut a sentence
    noise_token_chars: int = 12  # a watermark token is a short run of ASCII ("LsMq&a-j2": 9)
    noise_head_tokens: int = 2  # noise before a line's text: at least this many tokens (not "2) …")
    chunk_first_lines: int = 20  # a document site's first chunk ("1、…") opens within this many lines (after its menu)
    chunk_chars: int = 100  # and its chunks are long: the line before a "2、" that goes on is this long
    figure_chars: int = 16  # a figure alone on its line is no longer than this ("28.33", "1244.56%")
    tiny_run_tokens: int = 4  # a forum's anti-copy noise: this many tokens of at most 3 characters


PAGE_NOISE = PageNoiseLimits()


# ---- a report reposted in traditional characters (kg/text/reading.py, lexicons/traditional_chars.tsv)
@dataclass(frozen=True)
class TraditionalLimits:
    """When the reader takes a copy for one in traditional characters and reads it in simplified."""

    # the share of its Han characters that are traditional forms: ~0.2-0.3 in a traditional copy
    # (政府工作報告, 經濟, 發展), none in a simplified report (the samples and Hailar: 0)
    min_share: float = 0.05


TRADITIONAL = TraditionalLimits()


# ---- named natural features (kg/extract/features.py)
@dataclass(frozen=True)
class FeatureNameLimits:
    """How long the names of natural features found in lists may be."""

    one_character_word_max_freq: int = 250  # a river of one character that jieba knows as a word this
    #   frequent or more is a common word ("江河", "运河") or a river the landforms lexicon holds
    shared_item_chars: int = 4  # longest name listed before a head it shares ("青峰、白鹭和雁岭国家级自然保护区")
    shared_item_tokens: int = 2  # …in at most this many of jieba's words
    shared_item_max_freq: int = 1000  # a listed name jieba knows this often is a common word ("城市、森林")
    site_item_chars: int = 8  # longest site's name of a list closed by 等 and the kind of site ("甲石窟、乙关城等景区")
    listed_zone_stem_chars: int = 4  # longest stem of a listed zone the list's marks bound ("甲乙高新区、")
    sibling_zone_chars: int = 12  # longest zone listed beside a zone found a place ("乙皮鞋工业园、丙竹木产业园")


FEATURE_NAMES = FeatureNameLimits()


# ---- staging folders of kg build (kg/files.py)
@dataclass(frozen=True)
class StagingLimits:
    """When a report's staging folder left behind is removed by the next build of that report."""

    stale_unlocked_s: float = 600.0  # a folder without the lock file a running build holds (made by
    #   an older kg, or caught in the instant before its lock) is stale once this old; a folder with
    #   one is stale as soon as no process holds its lock


STAGING = StagingLimits()


@dataclass(frozen=True)
class HeritageListingLimits:
    """The sites listed before what a report says of them as sites (kg.extract.heritage_listings)."""

    item_chars: int = 12  # an item's characters at most ("绍兴越国高等级祭祀遗址")
    bracket_chars: int = 8  # the characters of a bracketed reach at an item's end at most ("(重庆段)")
    named_site_chars: int = 3  # the characters after an opening division that make a site's own name


HERITAGE_LISTINGS = HeritageListingLimits()
