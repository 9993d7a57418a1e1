"""A mountain named in full ("太行山", landforms.txt) is one place: the short form its name opens
with (太行, landforms.txt's short form of the same range) is not a second place inside it (ANNOTATION
rule 8 is about other places inside a name; beijing-2026 and a county's review both write 太行山 alone),
while the short form standing for the range in a longer name still opens it ("太行大峡谷" holds 太行)."""
from __future__ import annotations

from tests.conftest import assert_found, report_names

PLAN = ("", "二、2026年重点工作", "")
REVIEW = ("", "一、2019年工作回顾", "")


def test_the_range_in_full_is_one_place(tmp_path):
    got = report_names(tmp_path, "Place", "北京市政府工作报告", *PLAN,
                       "传承自然山水格局，加强太行山东北部生态综合治理，加快环首都森林湿地公园建设。")
    assert_found(got, {"太行山"}, {"太行"})


def test_a_county_greening_the_range(tmp_path):
    got = report_names(tmp_path, "Place", "某县政府工作报告", *REVIEW,
                       "全年完成太行山绿化造林6万亩，封山育林4万亩。")
    assert_found(got, {"太行山"}, {"太行"})


def test_the_short_form_still_opens_a_longer_name(tmp_path):
    got = report_names(tmp_path, "Place", "某县政府工作报告", *REVIEW,
                       "太行大峡谷景区接待游客120万人次。")
    assert "太行" in got
