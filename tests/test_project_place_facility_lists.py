"""Lists of places sharing a facility's head (issue 10, session 22 qy22): "甲、乙等乡镇卫生院改扩建",
"甲、乙、丙社区卫生服务中心投入使用" name one works per place, named by the place and the head, and the
place in that name is the works' place (ANNOTATION rule 8). Not in a clause that builds nothing, not
where an item is a common word, not for a prefecture's short form. Sentences written in the genre's
phrasing, and the Hailar report that states the class; each test fails without the rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from tests.test_projects import check

HAILAR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hailar"


@pytest.mark.parametrize("sentence, found, not_found", [
    # 等 and a qualifier between the list and the head: every item names its own works
    ("加快东山、西河、南岭等一批乡镇卫生院改扩建。", {"东山卫生院", "西河卫生院", "南岭卫生院"}, set()),
    # the verb before the list builds them, the head goes on to what of them is built
    ("新建柳林、桃源等3个乡镇卫生院住院楼。", {"柳林卫生院", "桃源卫生院"}, set()),
    # the last item glued to the head: the first names its own centre, the last is found as written
    ("建成柳林、桃源社区卫生服务中心。", {"柳林社区卫生服务中心", "桃源社区卫生服务中心"}, set()),
    # a prefecture's short form in a town's list is not that city: no works named by it
    ("新建柳林、遵义等乡镇卫生院住院楼。", set(), {"遵义卫生院"}),
    # common words before the head: a list of kinds, no works
    ("推进城市、农村社区卫生服务中心建设。", set(), {"城市社区卫生服务中心"}),
    # a clause that builds nothing
    ("东山、西河卫生院获评全国群众满意的乡镇卫生院。", set(), {"东山卫生院"}),
])
def test_works_of_places_sharing_a_facility_head(tmp_path, sentence, found, not_found):
    check(tmp_path, "hailar", sentence, found, not_found)


def test_kinds_named_as_communities_elsewhere_make_no_works(tmp_path):
    """A common word is no place because "X社区" stands in another sentence (a review of session 22):
    "城市社区治理" does not make 城市、农村社区卫生服务中心 two works."""
    check(tmp_path, "hailar", "加强城市社区治理。推进城市、农村社区卫生服务中心建设。", set(),
          {"城市社区卫生服务中心", "农村社区卫生服务中心"})


def test_the_longest_shared_head_names_the_works(tmp_path):
    check(tmp_path, "hailar", "建成东山、西河中心卫生院。", {"东山中心卫生院"}, {"东山卫生院"})
