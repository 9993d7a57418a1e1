"""locatedIn (issue 10, session 48), three classes read where both ends were already right entities:

- a facility standing at a port named after its division (a terminal, channel, yard or logistics park:
  "某州港集装箱码头") is in the port as well as in the division; so is the port's own works (its phase or
  extension, "某州港五期") where the port is a place of the report (session 58); not an area or zone of
  the port, themselves places (links between places come from division codes, ANNOTATION);
- a park named after a company ("首钢园区") gives no short name "首钢" of itself: works named by the
  company's own name are not in that park;
- a place written right after a university's or hospital's name inside a works' name is where its
  branch is ("某某大学某市研究院"), not the home the university is named after;
- a division of another province written inside a residential compound's name is the same characters,
  not where the compound is (hailar-2014: "海东春晓回迁安置小区" is no compound of 青海's 海东市).
Sentences made up to the genre's grammar, and one of the shared Hailar corpus."""
from __future__ import annotations


from tests.conftest import review_located, shared_file

PORT_TEXT = "泉州港集装箱码头建成投用，泉州港石湖港区加快建设，泉州港五期开工。"


def test_a_facility_at_a_divisions_port_is_in_the_port_and_the_division(tmp_path):
    got = review_located(tmp_path, PORT_TEXT, "2015年泉州市人民政府工作报告")
    assert {("泉州港集装箱码头", "泉州港"), ("泉州港集装箱码头", "泉州市")} <= got, got


def test_a_ports_own_phase_is_at_the_port_and_its_area_is_not_in_it(tmp_path):
    # the port a place of the report: its own phase is at it (session 58, tests/test_hub_works_at_the_hub.py:
    # "梁山港二期" → 梁山港 in the real texts' annotation), and in the division; an area of the port is a place
    got = review_located(tmp_path, PORT_TEXT, "2015年泉州市人民政府工作报告")
    assert {("泉州港五期", "泉州港"), ("泉州港五期", "泉州市")} <= got and ("泉州港石湖港区", "泉州港") not in got, got


def test_works_named_by_a_company_are_not_in_its_namesake_park(tmp_path):
    text = "支持首钢集团开发首钢园区，首钢工业遗址公园建成开放，推进首钢园区综合管廊建设。"
    got = review_located(tmp_path, text, "2017年北京市石景山区人民政府工作报告")
    assert ("首钢工业遗址公园", "首钢园区") not in got and ("首钢园区综合管廊", "首钢园区") in got, got


def test_a_compound_named_like_a_far_division_is_not_in_it(tmp_path):
    line = next(s for s in shared_file("corpus", "hailar", "hailar-2014.txt").read_bytes().decode("gb18030").split("。")
                if "回迁安置小区" in s)
    got = review_located(tmp_path, line + "。", "2014年海拉尔区人民政府工作报告")
    assert not any(w.endswith("回迁安置小区") and p == "海东市" for w, p in got), got


def test_a_universitys_branch_is_in_the_place_written_after_its_name(tmp_path):
    got = review_located(tmp_path, "南江大学嘉兴国际创新中心投入运营，推进南江大学嘉兴国际创新中心二期建设。", "2020年嘉兴市南湖区人民政府工作报告")
    assert ("南江大学嘉兴国际创新中心二期", "嘉兴市") in got, got


def test_a_place_before_a_list_of_works_is_the_first_items_only(tmp_path):
    got = review_located(tmp_path, "推进华坪鲤鱼河景区、永胜程海景区提升改造。", "2015年丽江市人民政府工作报告")
    assert not any(w.startswith("永胜程海") and p == "华坪县" for w, p in got), got
