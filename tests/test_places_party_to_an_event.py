"""A place before a verb by which it bids for, wins or signs an event or an agreement
(event_venue_verbs.txt: 申办, 赢得, 签署, 签订, 缔结) is the party, a place, not a word of the event's or
the agreement's name ("北京申办2008年奥运会获得成功", national-2003-review; "与瑞士、冰岛签署自由贸易协定",
national-2014-review). A country opening an event's name stays none ("参加中国扶贫改革40周年座谈会",
qianjiang-2019: 扶贫 is the name's word, no verb of a party)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, report_names

CASES = [  # (sentence of the review part of a national report, places found, places not found)
    ("北京申办2008年奥运会获得成功，上海赢得2010年世界博览会举办权。", {"北京", "上海"}, set()),
    ("打造中国－东盟自贸区升级版。与瑞士、冰岛签署自由贸易协定。", {"瑞士", "冰岛"}, set()),
    ("作为全国唯一贫困区县代表参加中国扶贫改革40周年座谈会并作交流发言。", set(), {"中国"}),
]


@pytest.mark.parametrize("sentence, found, not_found", CASES)
def test_a_party_to_an_event_is_a_place(tmp_path, sentence, found, not_found):
    got = report_names(tmp_path, "Place", "政府工作报告", "", "一、过去一年工作回顾", "", sentence)
    assert_found(got, found, not_found)
