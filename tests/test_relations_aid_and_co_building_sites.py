"""locatedIn (session 56, lk68): works built as aid or built together at a site after 在.

- "某市在某县援建的P" (对口援建, the genre's paired aid between provinces and cities): the site after 在 is
  where the works are (援建 is a verb of location.txt `set_up`, right after the site, as 设立 and 扩建 are),
  and the aiding city opening the clause is no place of them: it helps with works in another place (援建
  is a word of location.txt `assist`, read past the site after 在), as "某区将配合完成…" does.
- "某大学、某学院在某县某镇共建P": building together right after the site puts the works there too.
  A place that is the clause's subject before 在 and a plain verb of building still holds its works
  ("青禾县将在柳溪镇建设冷链物流园": tests/test_relations_next_site_and_unfound_bodies.py).
- Towns or divisions listed as a clause's subjects share its works also where a word closing the list
  (location.txt `list_close`: 等地, 等县…) stands before their verb ("甲镇、乙镇、丙乡等地完成…工程"), as
  they do without it (tests/test_relations_listed_subjects_and_set_up.py).

Invented names in the genre's phrasing, given the entities in the order the extractor finds them."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT
from tests.test_relations_parks_and_signing import links


def test_works_built_as_aid_are_at_the_site_not_in_the_aiding_city(tmp_path):
    s = "澄江市在青禾县援建的苹果冷链物流园投入运营。"
    got = links(tmp_path, s, [(PLACE, "澄江市"), (PLACE, "青禾县"), (PROJECT, "苹果冷链物流园")], "石桥市")
    assert ("locatedIn", "苹果冷链物流园", "青禾县") in got
    assert ("locatedIn", "苹果冷链物流园", "澄江市") not in got


def test_the_aiding_city_before_its_works_is_no_place_of_them(tmp_path):
    s = "澄江市援建的石桥县人民医院门诊楼建成投用。"
    got = links(tmp_path, s, [(PLACE, "澄江市"), (PROJECT, "石桥县人民医院门诊楼"), (PLACE, "石桥县")], "青禾州")
    assert ("locatedIn", "石桥县人民医院门诊楼", "石桥县") in got
    assert ("locatedIn", "石桥县人民医院门诊楼", "澄江市") not in got


def test_works_built_together_right_after_a_site_are_there(tmp_path):
    s = "支持澄江学院、青禾农林大学在石桥县柳溪镇共建乡村振兴研究院。"
    got = links(tmp_path, s, [(ORG, "澄江学院"), (ORG, "青禾农林大学"), (PLACE, "石桥县"), (PLACE, "柳溪镇"),
                              (PROJECT, "乡村振兴研究院")], "青禾市")
    assert ("locatedIn", "乡村振兴研究院", "柳溪镇") in got
    assert ("locatedIn", "乡村振兴研究院", "石桥县") in got
    assert ("participatesIn", "澄江学院", "乡村振兴研究院") in got


def test_towns_listed_as_subjects_and_closed_by_a_list_word_share_the_works(tmp_path):
    s = "新改建农村公路300公里,青禾镇、石桥镇、柳溪乡等地完成农村饮水安全巩固提升工程。"
    got = links(tmp_path, s, [(PLACE, "青禾镇"), (PLACE, "石桥镇"), (PLACE, "柳溪乡"), (PROJECT, "农村饮水安全巩固提升工程")],
                "澄江县")
    for town in ("青禾镇", "石桥镇", "柳溪乡"):
        assert ("locatedIn", "农村饮水安全巩固提升工程", town) in got
    # paired by 分别 after the list word: still none shared
    s = "青禾镇、石桥镇等地分别建成澄溪污水处理厂、石桥农贸市场。"
    got = links(tmp_path, s, [(PLACE, "青禾镇"), (PLACE, "石桥镇"), (PROJECT, "澄溪污水处理厂"),
                              (PROJECT, "石桥农贸市场")], "澄江县")
    assert ("locatedIn", "澄溪污水处理厂", "石桥镇") not in got
