"""Organization rules (issue 9): in a county's report, the county's level character before modifiers
and an institution's head ("县综合福利院") names the county's one institution of that kind, while
the modifiers alone, or a plural scope before them, name a kind. Invented sentences."""
from __future__ import annotations

from tests.conftest import report_names

ORG = "Organization"


def test_the_countys_level_and_a_modifier_name_its_institution(tmp_path):
    found = report_names(tmp_path, ORG, "陇西县人民政府工作报告", "二、2019年工作安排", "建成县综合福利院，新建农村互助幸福院15个。")
    assert "县综合福利院" in found


def test_a_modifier_after_a_plural_scope_names_a_kind(tmp_path):
    found = report_names(tmp_path, ORG, "陇西县人民政府工作报告", "二、2019年工作安排", "推动乡镇综合福利院提质增效，支持民办综合医院发展。")
    assert not {"乡镇综合福利院", "综合福利院", "民办综合医院", "综合医院"} & found
