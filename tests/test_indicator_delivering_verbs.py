"""Indicator names after a verb of delivering, offering, selecting or obtaining (提供, 推出, 取得,
选送, 交付, 筛选: `act` in measure_words.txt): the verb opens no name (ANNOTATION: the measure
without the verb or the number). Sentences are the wording of the design texts (Hailar 2019;
Guangxi, Zhejiang, Jilin 2026)."""
# the helpers of the count-first tests: a small plan or review part, its indicator names
from tests.test_indicator_count_between_verb_and_noun import indicators, plan_names


def test_verbs_written_right_before_the_noun_open_no_name(tmp_path):
    found = plan_names(tmp_path, "强化工业智能算力供给,推出人工智能标志性产品30个。"
                                 "部署实施“双尖双领+X”项目400项以上,取得重大科技成果100项以上。"
                                 "全年交付保障性租赁住房15万套(间)。")
    assert {"人工智能标志性产品", "重大科技成果", "保障性租赁住房"} <= set(found)
    assert not [n for n in found if n.startswith(("推出", "取得", "交付"))]


def test_verbs_before_the_count_open_no_name(tmp_path):
    found = plan_names(tmp_path, "筛选100家优质潜力企业。选送1000场品质戏曲进社区进乡村。")
    assert {"优质潜力企业", "品质戏曲进社区进乡村"} <= set(found)


def test_in_a_review_the_noun_names_it_too(tmp_path):
    found = indicators(tmp_path, "一、2018年工作回顾", "提供小额担保贷款227万元,扶持创业人员。")
    assert "小额担保贷款" in found
