"""An indicator's name cut exactly where the text marks its start: a bullet or a headline's bar
ends the clause before it ("•新增铁路里程…", "报告丨地区生产总值…"), and the lead words after the
report's own area ("南充市在…", "全市") go with the area. Sentences written for the test in the
genre's phrasing."""
from tests.conftest import observation_rows as found


def test_a_bullet_ends_the_name_before_it(tmp_path):
    obs = found(tmp_path, "南充市人民政府工作报告", "一、2023年工作回顾\n"
                "交通建设提速•高速公路通车里程居全省前列•新增铁路里程126公里•机场旅客吞吐量突破80万人次")
    assert ("新增铁路里程", "126", "公里", "actual", 2023) in obs
    assert ("机场旅客吞吐量", "80", "万人次", "actual", 2023) in obs
    assert not [o for o in obs if "•" in o[0]]


def test_a_headline_bar_ends_the_name_before_it(tmp_path):
    obs = found(tmp_path, "南充市人民政府工作报告", "二、2024年工作安排\n"
                "政府工作报告丨2024年地区生产总值预期增长6%左右。")
    assert ("地区生产总值", "6", "%", "target", 2024) in obs


def test_lead_words_after_the_own_area_go_with_it(tmp_path):
    obs = found(tmp_path, "南充市人民政府工作报告", "一、2023年工作回顾\n"
                "2023年南充市在固定资产投资增长3.7%、低于预期的情况下,实现地区生产总值增长5.9%。"
                "2023年南充全市社会消费品零售总额增长6.8%。")
    assert ("固定资产投资", "3.7", "%", "actual", 2023) in obs
    assert ("社会消费品零售总额", "6.8", "%", "actual", 2023) in obs
    assert not [o for o in obs if o[0].startswith(("在", "全市"))]


def test_a_word_opening_with_zai_after_the_own_area_keeps_it(tmp_path):
    # 在 is stripped with the area only as a preposition ("南充市在全国…"), not where 在库, 在岗, 在园 …
    # is the word ("在库规上企业": jieba's HMM pairs 库规, which is no word)
    obs = found(tmp_path, "南充市人民政府工作报告", "一、2023年工作回顾\n"
                "南充市在库规上企业达到1200家。南充市在园企业达到560家。")
    names = [o[0] for o in obs]
    assert "库规上企业" not in names and "规上企业" not in names, obs
    assert ("在库规上企业", "1200", "家", "actual", 2023) in obs
    assert ("在园企业", "560", "家", "actual", 2023) in obs
