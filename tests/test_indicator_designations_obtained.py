"""A verb of a designation obtained (建成 before a designation, 入选, 获批) that opens a count is no
part of the indicator's name: the designation is (sentences from the review parts of the 2026
reports of Yunnan, Inner Mongolia, Shanghai, Jiangsu and Shandong in tests/real)."""
from tests.conftest import report_mentions


def names(tmp_path, line):
    found = report_mentions(tmp_path, "2026年云南省政府工作报告", "2025年工作回顾", line)
    return {m.attrs["indicator"] for m in found if m.type == "Observation"}


def test_built_designations_are_named_without_the_verb(tmp_path):
    found = names(tmp_path, "建成国家级绿色工厂136家、绿色工业园区10个，低碳产品认证证书数居全国前列。")
    assert {"国家级绿色工厂", "绿色工业园区"} <= found
    found = names(tmp_path, "建成乡村振兴示范村1000个，建成绿色矿山437个。")
    assert {"乡村振兴示范村", "绿色矿山"} <= found


def test_selected_and_approved_designations_are_named_without_the_verb(tmp_path):
    found = names(tmp_path, "入选国家领航级智能工厂3家，获批美丽河湖7个、美丽海湾16个。")
    assert {"国家领航级智能工厂", "美丽河湖", "美丽海湾"} <= found


def test_built_works_and_stages_keep_the_verb(tmp_path):
    # 建成 before works that are no designation counts works done; a stage of works and 建成区 stay
    assert "建成老年助餐点" in names(tmp_path, "建成老年助餐点3897个。")
    assert "建成区绿化覆盖率" in names(tmp_path, "建成区绿化覆盖率达到40%。")
