"""locatedIn (issue 10, session 54): two sentence links the design pools' gold never holds, read from a
place that is one item of a list, not the subject of the clause (invented names in the genre):

- a place opening a clause opens a list item no works was found for, and more unfound items follow it
  before the works ("甲镇至河北、乙镇至湖北、丙镇至某州…输电工程": the first route's end, not where the last
  item's works is); one such item alone was read so already ("映秀震中纪念地、漩口中学…工程");
- a list of sites rebuilt in the first clause ("甲湖、乙村景区提档升级") has no one zone whose works the
  next clause names: the last item is no more the clause's zone than the first; nor is a site rebuilt
  alone ("乙村景区提档升级，某某游客服务中心建成运营"): a rebuilt area is no zone (the gold of hailar-2012 to
  hailar-2014 puts no works of the clauses after "加快三角地核心商圈改造" in the quarter)."""
from __future__ import annotations

from tests.conftest import review_located

ROUTES = "青禾镇至河北、澄江镇至湖北、白沙镇至赣州±800千伏特高压直流输电工程建成投运。"
WORKS = "白沙镇至赣州±800千伏特高压直流输电工程"


def test_a_place_opening_unfound_route_items_is_no_subject_of_the_last_works(tmp_path):
    got = review_located(tmp_path, ROUTES, "2018年某某自治区人民政府工作报告")
    assert (WORKS, "青禾镇") not in got, got
    assert {(WORKS, "白沙镇"), (WORKS, "赣州市")} <= got, got  # its own name's places stay


def test_the_last_of_sites_listed_and_rebuilt_is_no_zone_of_the_next_clause(tmp_path):
    got = review_located(tmp_path, "青禾湖、澄江村景区提档升级，松涛阁游客服务中心建成运营。", "2020年某某市人民政府工作报告")
    assert not any(w == "松涛阁游客服务中心" for w, _ in got), got


def test_a_site_rebuilt_alone_is_no_zone_of_the_next_clause_either(tmp_path):
    got = review_located(tmp_path, "澄江村景区提档升级，松涛阁游客服务中心建成运营。", "2020年某某市人民政府工作报告")
    assert not any(w == "松涛阁游客服务中心" for w, _ in got), got
