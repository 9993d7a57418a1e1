"""Project rule (session 57, pjp): a river's treatment named by the river, its reach and the water
treated ("淮河上游源头区干流治理", "海河源头综合治理": place_reaches.txt, then one or two words of
genre_place_works_objects.txt, 源头 among them) is one works when the clause builds it (ANNOTATION:
water works; rule 7); a river that is a piece of a longer place found ("白洋淀上游流域") opens no works
of its own. Sentences of 河南省 2026 (/work/real/ha) and yixian-2019 (/work/shared/seeds)."""
from __future__ import annotations

from tests.conftest import report_names

PROJECT = "Project"


def test_treatments_of_rivers_by_their_reach_and_headwaters(tmp_path):
    found = report_names(tmp_path, PROJECT, "河南省2026年政府工作报告", "二、2026年工作安排",
                         "深化丹江口库区及上游流域水环境综合治理，加快淮河上游源头区干流治理，推进海河源头综合治理，"
                         "常态化推进河湖库“清四乱”。")
    assert {"淮河上游源头区干流治理", "海河源头综合治理"} <= found


def test_a_river_inside_a_longer_place_opens_no_works(tmp_path):
    found = report_names(tmp_path, PROJECT, "易县2019年政府工作报告", "二、2019年工作安排",
                         "深入推进白洋淀上游流域综合治理，持续做好北易水生态补水，促进水环境明显改善。")
    assert "白洋淀上游流域综合治理" not in found
