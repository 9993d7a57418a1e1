"""Honours and recognitions are not observations (ANNOTATION 5): a recognition in the clause after
the count and an award or an excellent case that ends the name (sentences from the review parts of
the 2026 reports of Fujian, Guangxi, Inner Mongolia, Jiangxi and Chongqing in tests/real); cases a
place forms itself stay (hainan-2026)."""
from tests.test_indicator_designations_obtained import names


def test_recognitions_after_the_count_are_no_values(tmp_path):
    found = names(tmp_path, "10项改革典型被中央改革办推介，3项改革成果获全国最佳实践案例，20项科技创新成果填补国内空白，"
                            "2人当选中国工程院院士，6座博物馆晋级国家一级博物馆，11个设区市受命名全国双拥模范城，"
                            "城镇新增就业32万人。")
    assert found == {"城镇新增就业"}, found


def test_awards_and_excellent_cases_ending_the_name_are_no_values(tmp_path):
    found = names(tmp_path, "获国家科学技术奖20项，新增7个全国未来产业创新发展优秀典型案例，新增高新技术企业500家。")
    assert not any(n.endswith(("奖", "案例")) for n in found), found


def test_cases_formed_are_values(tmp_path):
    assert any(n.endswith("典型案例") for n in names(tmp_path, "深化职务科技成果权属改革，形成10个以上典型案例。"))
