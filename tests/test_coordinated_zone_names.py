"""Names listed before the head of a zone, park, hub or corridor they share are one works named as written,
from the first item to the head (the gold's form: "南京、昆山国家级金融改革试验区"; kg/extract/projects.py,
`_joined_start`):

- past a verb of effort that opens the list (project_openers.txt, lead: 建好), which jieba cuts 建/好 so
  that the walk back ran over it: "建好长江、大运河国家文化公园江苏段" (jiangsu-2026), "建好昆仑山、坎布拉
  世界地质公园" and "建好西宁、格尔木国家物流枢纽" (qinghai-2026);
- pairs of places' one-character forms (`_paired_forms_start`): "推进合六、合淮、合滁产业走廊建设"
  (anhui-2026), "推动青桂、青粤绿电外送通道尽早核准开工" (qinghai-2026). Not pairs of other words'
  characters ("众创、众包、众扶、众筹平台", national-2016), nor a route's pairs, each a works of its own
  ("分别建成津潍、潍宿高铁", shandong-2026)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence):
    return review_graph(tmp_path, sentence, "青禾省政府工作报告")[0]


@pytest.mark.parametrize("sentence,found,not_found", [
    ("推动文化遗产系统性保护和利用，建好长江、大运河国家文化公园江苏段，加强历史文化名城保护。",
     {"长江、大运河国家文化公园江苏段"}, set()),
    ("推进国家公园品牌提升试点，建好昆仑山、坎布拉世界地质公园。", {"昆仑山、坎布拉世界地质公园"}, set()),
    ("促进流通设施互联互通，建好西宁、格尔木国家物流枢纽和西宁国家骨干冷链物流基地。",
     {"西宁、格尔木国家物流枢纽"}, set()),
    ("健全合肥都市圈一体化发展推进机制，推进合六、合淮、合滁产业走廊建设，构建1小时通勤圈。",
     {"合六、合淮、合滁产业走廊"}, set()),
    ("高效推进海南清洁能源基地建设，推动青桂、青粤绿电外送通道尽早核准开工。",
     {"青桂、青粤绿电外送通道"}, set()),
    # pairs of characters that are no places' forms; a route's pairs are works of their own
    ("依托互联网发展众创、众包、众扶、众筹平台，构建大中小企业协同创新格局。", set(), {"众创、众包、众扶、众筹平台"}),
    ("2027年、2028年分别建成津潍、潍宿高铁。", set(), {"津潍、潍宿高铁"}),
])
def test_names_sharing_a_zone_head(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)
