"""locatedIn links read in the design pools (session 51, lk53), each a class of the genre's grammar:

- a place the sentence's subject builds works with ("某某集团与某某区合作建设的P竣工", "某某公司与某某镇签约
  投资建设P"): the works stand in the partner's place when it is a place in the report's own area, a division
  above it or a local place that is no division; not the area itself, a division elsewhere nor a country (location.txt
  `partner`, `partner_manner`, `partner_build`; kg.resolve.relations._partner_at_home);
- a river inside a works' name whose head jieba joins to the next characters ("某溪河大桥" cut 某溪/河大桥): the
  works is on the river (ANNOTATION rule 8; `_NameIndex.rivers`);
- "P在X获得国家核准", "P在X完成主体施工", "P签约落户X": a verb of progress and a step of the works' course after
  the place (location.txt `proceed`, `proceed_step`), and 签约落户 as a settling word;
- towns listed as a clause's subjects, then its verb and works ("甲镇、乙镇、丙乡完成集镇供水工程建设"): each holds
  the works, as the first does (kg.resolve.relations._co_subjects).

Sentences in the genre with invented names (the report's city is a real one, as a division is a general fact)."""
from __future__ import annotations

from kg.extract import PLACE
from kg.model import Entity
from kg.resolve.relations import _NameIndex
from tests.conftest import review_located

TITLE = "2023年岳阳市人民政府工作报告"


def test_works_built_with_the_city_above_the_reports_district_are_in_it(tmp_path):
    text = "青禾集团与岳阳市合作建设的年产5万吨铜箔项目竣工投产。澄江大学与岳阳楼区共建的智能制造研究院揭牌运行。"
    links = review_located(tmp_path, text, "2023年岳阳市岳阳楼区人民政府工作报告")
    assert ("年产5万吨铜箔项目", "岳阳市") in links
    # the report's own area is a party it names, not a site it gives
    assert ("智能制造研究院", "岳阳楼区") not in links


def test_works_signed_with_a_local_zone_are_in_it(tmp_path):
    text = "柳溪新区基础设施建设加快。澄江集团与柳溪新区签约投资建设智能装备产业园、冷链物流中心。"
    links = review_located(tmp_path, text, TITLE)
    assert {("智能装备产业园", "柳溪新区"), ("冷链物流中心", "柳溪新区")} <= links


def test_works_built_with_a_province_elsewhere_or_a_country_are_not_put_there(tmp_path):
    text = "澄江集团与浙江省签约投资建设年产3万吨铜箔项目。青禾公司与德国合作建设中德精密机械产业园。"
    links = review_located(tmp_path, text, TITLE)
    assert ("年产3万吨铜箔项目", "浙江省") not in links
    assert ("中德精密机械产业园", "德国") not in links


def test_a_cooperation_zone_made_with_a_local_zone_is_not_put_in_it(tmp_path):
    text = "柳溪新区基础设施建设加快。青禾集团与柳溪新区合作共建青柳特别合作区。"
    links = review_located(tmp_path, text, TITLE)
    assert ("青柳特别合作区", "柳溪新区") not in links


def test_a_partner_without_a_verb_of_building_places_nothing(tmp_path):
    text = "柳溪新区基础设施建设加快。澄江集团与柳溪新区签订战略合作协议,智能装备产业园开工建设。"
    links = review_located(tmp_path, text, TITLE)
    assert ("智能装备产业园", "柳溪新区") not in links


def test_a_works_approved_or_topped_out_at_a_town_is_there(tmp_path):
    text = ("青禾集团年产5万吨铜箔项目在柳溪镇获得国家核准。澄江集团冷链物流项目在青禾镇完成主体施工。"
            "澄江公司燃料乙醇项目签约落户白沙镇。")
    links = review_located(tmp_path, text, TITLE)
    assert {("青禾集团年产5万吨铜箔项目", "柳溪镇"), ("澄江集团冷链物流项目", "青禾镇"),
            ("澄江公司燃料乙醇项目", "白沙镇")} <= links


def test_a_verb_of_progress_without_a_step_of_the_works_places_nothing(tmp_path):
    links = review_located(tmp_path, "青禾集团年产5万吨铜箔项目在柳溪镇完成招商引资任务。", TITLE)
    assert ("青禾集团年产5万吨铜箔项目", "柳溪镇") not in links


def test_a_bridge_and_a_greenway_named_after_a_river_are_on_it(tmp_path):
    # jieba cuts 青禾/河大桥 and 青杨/河碧道/工程
    text = "青禾河、青杨河综合治理加快推进。青禾河大桥建成通车,青杨河碧道工程开工建设。"
    links = review_located(tmp_path, text, TITLE)
    assert {("青禾河大桥", "青禾河"), ("青杨河碧道工程", "青杨河")} <= links


def test_a_river_glued_to_the_next_word_is_found_only_as_a_river():
    index = _NameIndex({
        "place/a": Entity(PLACE, "青禾河", "place/a"),
        "place/b": Entity(PLACE, "青杨河镇", "place/b", aliases={"青杨河"}),
    })
    assert [n for _, n, _ in index.inside(PLACE, "青禾河大桥")] == ["青禾河"]
    # nor where the river's head opens another water's name ("青禾河湖" would be a lake of its own)
    assert "青禾河" not in [n for _, n, _ in index.inside(PLACE, "青禾河湖公园")]
    # a town's short name ending with a river's head is no river: not read out of 青杨/河碧道/工程
    assert "青杨河" not in [n for _, n, _ in index.inside(PLACE, "青杨河碧道工程")]


def test_towns_listed_as_the_subjects_of_a_clause_each_hold_its_works(tmp_path):
    links = review_located(tmp_path, "青禾镇、柳溪镇、白沙乡完成集镇供水工程建设,新建乡镇农贸市场5个。", TITLE)
    assert {("集镇供水工程", "青禾镇"), ("集镇供水工程", "柳溪镇"), ("集镇供水工程", "白沙乡")} <= links


def test_towns_building_works_respectively_hold_only_their_own(tmp_path):
    links = review_located(tmp_path, "青禾镇、柳溪镇分别建成冷链物流中心、农产品交易市场。", TITLE)
    assert ("农产品交易市场", "青禾镇") not in links


def test_a_works_named_after_the_last_town_of_a_list_is_not_the_others(tmp_path):
    links = review_located(tmp_path, "青禾镇、柳溪镇、白沙镇现代农业产业园扩面提质。", TITLE)
    assert ("白沙镇现代农业产业园", "柳溪镇") not in links
