"""locatedIn (session 53, lk62): false links between right ends, read in the design pools.

- A clause that puts works in a place after 在 and then goes on to another place after 在 ("甲集团在A镇建设的
  P1、乙公司在B镇建设的P2", "在A县建设P1、在B县建设P2") puts the later works in the later place only: the first
  place's cue ends where the next site opens (extraction's `locates`), and so does the clause of a place
  opened by 在 (`clause`).
- A place opening a clause that only opens the name of a body not found, its subject ("某省某某米业在A市投资
  建设P", "某省某工与某某公司合作建设的P"), is no place of the clause's works: it says where the body
  comes from (ANNOTATION rule 8 reads a place in a works' name, not in a body's).

Invented names in the genre's phrasing, given the entities in the order the extractor finds them."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


def test_each_builder_puts_its_works_at_its_own_site(tmp_path):
    s = "澄江集团在青禾镇建设的绿色食品产业园、石桥公司在柳溪镇建设的冷链物流中心竣工投产。"
    got = links(tmp_path, s, [(ORG, "澄江集团"), (PLACE, "青禾镇"), (PROJECT, "绿色食品产业园"), (ORG, "石桥公司"),
                              (PLACE, "柳溪镇"), (PROJECT, "冷链物流中心")], "澄江县")
    assert ("locatedIn", "绿色食品产业园", "青禾镇") in got
    assert ("locatedIn", "冷链物流中心", "柳溪镇") in got
    assert ("locatedIn", "冷链物流中心", "青禾镇") not in got


def test_a_clause_built_at_one_place_then_at_another(tmp_path):
    s = "在青禾县建设澄江大道、在石桥县建设澄石快速路。"
    got = links(tmp_path, s, [(PLACE, "青禾县"), (PROJECT, "澄江大道"), (PLACE, "石桥县"), (PROJECT, "澄石快速路")],
                "澄江市")
    assert ("locatedIn", "澄江大道", "青禾县") in got
    assert ("locatedIn", "澄石快速路", "石桥县") in got
    assert ("locatedIn", "澄石快速路", "青禾县") not in got


def test_places_written_one_inside_the_next_and_a_list_after_one_at_keep_their_works(tmp_path):
    # a town after its county is one site; the works listed after it are all there
    s = "在青禾县柳溪镇建设冷链物流园、农产品交易中心。"
    got = links(tmp_path, s, [(PLACE, "青禾县"), (PLACE, "柳溪镇"), (PROJECT, "冷链物流园"), (PROJECT, "农产品交易中心")],
                "澄江市")
    for works in ("冷链物流园", "农产品交易中心"):
        assert ("locatedIn", works, "柳溪镇") in got
        assert ("locatedIn", works, "青禾县") in got


def test_a_place_opening_the_name_of_a_body_not_found_is_no_place_of_its_works(tmp_path):
    s = "青禾省澄江米业在石桥市投资建设年加工10万吨大米项目。"
    got = links(tmp_path, s, [(PLACE, "青禾省"), (PLACE, "石桥市"), (PROJECT, "年加工10万吨大米项目")], "石桥市")
    assert ("locatedIn", "年加工10万吨大米项目", "青禾省") not in got
    s = "青禾省澄工与石桥设备公司合作建设的智能装备产业园一期竣工。"
    got = links(tmp_path, s, [(PLACE, "青禾省"), (ORG, "石桥设备公司"), (PROJECT, "智能装备产业园一期")], "澄江市")
    assert ("locatedIn", "智能装备产业园一期", "青禾省") not in got
    assert ("participatesIn", "石桥设备公司", "智能装备产业园一期") in got


def test_a_place_that_is_the_subject_before_at_still_holds_its_works(tmp_path):
    # subject and time words between the place and 在 leave it the clause's subject
    for s in ("青禾县将在柳溪镇建设冷链物流园。", "青禾县今年在柳溪镇建设冷链物流园。"):
        got = links(tmp_path, s, [(PLACE, "青禾县"), (PLACE, "柳溪镇"), (PROJECT, "冷链物流园")], "澄江市")
        assert ("locatedIn", "冷链物流园", "柳溪镇") in got
        assert ("locatedIn", "冷链物流园", "青禾县") in got
