"""An indicator's name without the words around the measure that are no part of it: the amount per
head a standard is set in ("提高到每人每月…"), the verb of cutting and its 至/到 or adverb ("压缩至",
"再压减"), a scope of time inside the name ("全年", "累计"). Sentences written for the test in the
genre's phrasing."""
from tests.conftest import observation_rows as found


def test_the_amount_per_head_is_no_part_of_the_standard(tmp_path):
    obs = found(tmp_path, "某县人民政府工作报告", "一、2020年工作回顾\n"
                "城乡居民基础养老金提高到每人每月150元,城乡居民基本养老金每人每月提高到376元。"
                "医疗保险财政补助标准提高到每人每年490元。城乡居民最低生活保障标准提高到每月168元。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"城乡居民基础养老金": "150", "城乡居民基本养老金": "376", "医疗保险财政补助标准": "490",
                     "城乡居民最低生活保障标准": "168"}, obs


def test_a_verb_of_cutting_down_and_its_adverb_are_no_part_of_the_name(tmp_path):
    obs = found(tmp_path, "某市人民政府工作报告", "一、2019年工作回顾\n"
                "企业开办时间压缩至1天,审批时限平均压缩52%,市级行政权力事项精简到2863项。一般性支出再压减5%。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"企业开办时间": "1", "审批时限": "52", "市级行政权力事项": "2863", "一般性支出": "5"}, obs


def test_a_time_word_inside_the_name_is_no_part_of_it(tmp_path):
    obs = found(tmp_path, "某县人民政府工作报告", "一、2017年工作回顾\n"
                "临空经济区建设稳步推进,某某国际机场全年旅客吞吐量达到739万人次。某某新区累计完成基础设施投资46亿元。")
    names = {o[0]: o[1] for o in obs}
    assert names.get("某某国际机场旅客吞吐量") == "739", obs
    assert names.get("某某新区基础设施投资") == "46", obs


def test_the_urban_and_rural_allowances_are_split_into_their_statistical_names(tmp_path):
    obs = found(tmp_path, "某市人民政府工作报告", "一、2018年工作回顾\n"
                "新增养老床位1800张,城乡低保标准分别提高到每人每月650元和480元。")
    names = {o[0]: o[1] for o in obs}
    assert names.get("城市低保标准") == "650" and names.get("农村低保标准") == "480", obs


def test_values_joined_with_the_amount_per_head_of_the_second_share_the_name(tmp_path):
    obs = found(tmp_path, "某市人民政府工作报告", "一、2018年工作回顾\n"
                "城乡居民基本医疗保险参保率达到97.6%,城乡低保标准分别提高到每人每月520元和每人每年4200元。")
    names = {o[0]: o[1] for o in obs}
    assert names.get("城市低保标准") == "520" and names.get("农村低保标准") == "4200", obs


def test_a_short_form_of_an_income_indicator_is_the_one_the_report_named(tmp_path):
    from kg.pipeline import build, predictions
    path = tmp_path / "r.txt"
    path.write_text("某省人民政府工作报告\n各位代表:\n一、2015年工作回顾\n"
                    "城镇居民人均可支配收入26500元,农村居民人均纯收入11139元。"
                    "“十二五”时期,城乡居民收入年均分别增长10.7%和13.2%。"
                    "人均地区生产总值增长7%,地区生产总值增长9%。\n", encoding="utf-8")
    names = {p["indicator"] for p in predictions(build(path).rdf) if p["type"] == "Observation"}
    assert {"城镇居民人均可支配收入", "农村居民人均纯收入", "人均地区生产总值", "地区生产总值"} <= names, names
    assert not names & {"城镇居民收入", "农村居民收入"}, names


def test_a_measure_listed_after_a_count_of_events_is_of_the_same_events(tmp_path):
    obs = found(tmp_path, "某区人民政府工作报告", "一、2021年工作回顾\n"
                "安全生产形势稳定,生产安全事故起数和死亡人数分别下降18.2%和15.4%。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"生产安全事故起数": "18.2", "生产安全事故死亡人数": "15.4"}, obs


def test_counts_joined_by_a_conjunction_and_the_rate_of_each(tmp_path):
    obs = found(tmp_path, "某省人民政府工作报告", "一、2012年工作回顾\n"
                "我们认真办理省人大代表议案建议668件和省政协提案914件,办结率均为100%。")
    names = {(o[0], o[1]) for o in obs}
    assert names == {("省人大代表议案建议", "668"), ("省政协提案", "914"),
                     ("省人大代表议案建议办结率", "100"), ("省政协提案办结率", "100")}, obs


def test_a_word_of_aim_inside_the_name_is_no_part_of_it(tmp_path):
    obs = found(tmp_path, "某区人民政府工作报告", "二、2021年工作安排\n"
                "某某经济技术开发区力争新落户项目100个以上。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"某某经济技术开发区新落户项目": "100"}, obs


def test_a_bare_rate_is_of_the_thing_named_before_it(tmp_path):
    obs = found(tmp_path, "某区人民政府工作报告", "一、2020年工作回顾\n"
                "扎实开展“接诉即办”,12345热线诉求响应率达到100%,解决率达到72.6%、满意率达到80.4%。"
                "新型农村社会养老保险实现全覆盖,参保率达到92.3%。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"12345热线诉求响应率": "100", "12345热线诉求解决率": "72.6", "12345热线诉求满意率": "80.4",
                     "新型农村社会养老保险参保率": "92.3"}, obs


def test_the_size_of_a_reference_set_before_a_level_reached_is_no_value(tmp_path):
    obs = found(tmp_path, "某省人民政府工作报告", "一、2015年工作回顾\n"
                "主要河流出境断面水质优良率达到100%,9个中心城市空气质量优良天数比例达到97.4%。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"主要河流出境断面水质优良率": "100", "中心城市空气质量优良天数比例": "97.4"}, obs


def test_a_count_of_years_opening_a_name_of_its_own_stays(tmp_path):
    obs = found(tmp_path, "某县人民政府工作报告", "一、2010年工作回顾\n"
                "高考上线率达到92.4%,九年义务教育巩固率达到95.6%。五年新增就业3万人。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"高考上线率": "92.4", "九年义务教育巩固率": "95.6", "新增就业": "3"}, obs


def test_the_lead_words_after_a_list_of_places_go_with_them(tmp_path):
    obs = found(tmp_path, "某区人民政府工作报告", "一、2020年工作回顾\n"
                "西营门街道、李七庄街道完成老旧小区改造42个。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"老旧小区改造": "42"}, obs


def test_the_places_a_counted_service_runs_to_are_no_part_of_its_name(tmp_path):
    obs = found(tmp_path, "某市人民政府工作报告", "一、2013年工作回顾\n"
                "机场二期扩建工程竣工投用,新开通至香港、昆明、厦门航线12条。")
    names = {o[0]: o[1] for o in obs}
    assert names == {"新开通航线": "12"}, obs


def test_a_place_after_the_verb_before_a_counted_work_is_no_part_of_its_name(tmp_path):
    # the place says where the work was done; an area measured (平方米) keeps it in the name
    obs = found(tmp_path, "青禾县人民政府工作报告", "一、2022年工作回顾\n"
                "完成青禾镇老旧小区改造32个、惠及居民8600户。实施澄江镇棚户区改造2000户。"
                "完成青禾镇老城区改造12万平方米。")
    names = {o[0]: o[1] for o in obs}
    assert names.get("老旧小区改造") == "32" and names.get("棚户区改造") == "2000", obs
    assert names.get("青禾镇老城区改造") == "12", obs
    assert "青禾镇老旧小区改造" not in names and "澄江镇棚户区改造" not in names, obs
