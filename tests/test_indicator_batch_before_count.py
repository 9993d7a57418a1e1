"""A batch before a count (首批) says which batch is counted and names nothing: the noun after the
count is the indicator (sentences from fujian-, jiangsu-2026-review and zhejiang-2026 in tests/real)."""
from tests.test_indicator_designations_obtained import names


def test_the_noun_after_a_first_batch_count_is_the_name(tmp_path):
    found = names(tmp_path, "开展首批9个城乡融合试点和10个城镇化潜力地区试点。")
    assert {"城乡融合试点", "城镇化潜力地区试点"} <= found and "首批" not in found, found
    found = names(tmp_path, "首批63个省重点实验室重组完成。")
    assert "首批" not in found and any(n.startswith("省重点实验室") for n in found), found
