"""locatedIn (issue 10, session 18): a place that is the sentence's subject after a time word, a
year or a frame "在…上," ("今年,X区要…", "2024年,X区将…", "在打造…上,X区将突出项目建设,加快推进A、B
…"), and after the verbs 将/要 of a report's plans. Sentences written in the genre's phrasing, given
the entities in the order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

import pytest

from kg.extract import PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


@pytest.mark.parametrize("sentence, place, works", [
    # a frame "在…上," before the subject, then 将
    ("在“工业强区”上,新市区将抓实项目建设,推动德润生物质热电联产、金种防火保温材料等项目开工。",
     "新市区", ("德润生物质热电联产", "金种防火保温材料")),
    # a year as a clause of its own, then 将
    ("2024年,水磨沟区将坚持项目为王,开工建设温泉康养小镇、雅山新天地商业综合体等项目。",
     "水磨沟区", ("温泉康养小镇", "雅山新天地商业综合体")),
    # a time word in the subject's own clause, then 要
    ("今年沙依巴克区要聚焦产业升级,加快推进华凌国际商贸城二期、西部绿谷物流园等项目建设。",
     "沙依巴克区", ("华凌国际商贸城二期", "西部绿谷物流园")),
])
def test_a_district_subject_after_a_time_or_frame_is_where_the_later_clauses_works_are(tmp_path, sentence,
                                                                                        place, works):
    got = links(tmp_path, sentence, [(PLACE, place), *((PROJECT, w) for w in works)], "乌鲁木齐市")
    for w in works:
        assert ("locatedIn", w, place) in got


@pytest.mark.parametrize("sentence, found", [
    # "天山区棚户区改造全面提速": the district's works, not a verb of the district
    ("今年,天山区棚户区改造全面提速,大湾北路跨线桥建成通车。", ("天山区棚户区改造", "天山区", "大湾北路跨线桥")),
    # "在X上" naming works is a clause of its own, not a frame before the subject
    ("在德润生物质热电联产上,新市区将加大投入,大湾北路跨线桥加快建设。", ("德润生物质热电联产", "新市区", "大湾北路跨线桥")),
])
def test_no_subject_where_the_place_is_built_or_the_frame_names_works(tmp_path, sentence, found):
    first, place, later = found
    got = links(tmp_path, sentence, [(PROJECT, first), (PLACE, place), (PROJECT, later)], "乌鲁木齐市")
    assert ("locatedIn", later, place) not in got
