"""Issue 9, session 46 (fh46): parks and squares named by the genre's grammar (a stem and 公园, 湿地公园,
广场). (1) Parks listed before the works done on them all ("甲公园、乙公园提升改造") are places of their
own as well as the works' sites, as the seed's gold names each of "三台书院、草圭堂维修保护工程"
(ANNOTATION rules 3 and 8); a feature a park is named after stays a place inside it. (2) A verb of
finishing between the list and the action ("甲公园、乙公园完成提质改造") makes the parks the subject: no
works named with 完成 in it. (3) The last item's name runs on past a place found inside it to the park's
head ("某某山|公园"), never past a one-character kind that opens the action's words ("某河|河道治理").
(4) A park whose later phase is built ("某某公园二期") is a place the phase lies in, as a scenic area's
is (place_site_works.tsv), and so is one opening the works done on it ("某某公园改造工程", "某某公园
东延工程": the same table's park works), not a kind of park nor a station's square. (5) An airport opened
to traffic (通航) is the works opened, no place.
The names are made up in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import assert_found, review_names, review_projects

HEAD = "某某市人民政府工作报告"


def test_parks_listed_before_their_works_are_places(tmp_path):
    sentence = "完成青松公园、翠竹公园提升改造。"
    assert {"青松公园", "翠竹公园"} <= review_names(tmp_path, "Place", sentence, HEAD)
    assert "青松公园、翠竹公园提升改造" in review_projects(tmp_path, sentence, HEAD)


def test_squares_listed_before_their_works_are_places(tmp_path):
    assert {"青松广场", "翠竹广场"} <= review_names(tmp_path, "Place", "完成青松广场、翠竹广场改造提升。", HEAD)


def test_a_verb_of_finishing_after_the_listed_parks_names_no_works(tmp_path):
    sentence = "青松公园、翠竹公园、白鹭公园完成提质改造。"
    assert {"青松公园", "翠竹公园", "白鹭公园"} <= review_names(tmp_path, "Place", sentence, HEAD)
    assert not any("完成" in p for p in review_projects(tmp_path, sentence, HEAD))


def test_the_last_park_runs_on_past_a_mountain_found_inside_it(tmp_path):
    places = review_names(tmp_path, "Place", "青松公园、凤凰山公园完成提质改造。", HEAD)
    assert_found(places, {"青松公园", "凤凰山公园"}, set())


def test_a_water_listed_is_not_run_on_into_the_action(tmp_path):
    # 河道治理: the one-character kind 河 opens the action's words, no second 河 of the name
    places = review_names(tmp_path, "Place", "完成青水河、白沙河河道治理。", HEAD)
    assert_found(places, {"白沙河"}, {"白沙河河"})


def test_a_park_whose_later_phase_is_built_is_a_place(tmp_path):
    assert "翠竹湿地公园" in review_names(tmp_path, "Place", "推进翠竹湿地公园二期建设。", HEAD)
    assert "翠竹公园" in review_names(tmp_path, "Place", "青松路改造、翠竹公园三期建成投用。", HEAD)


def test_a_parks_first_phase_names_the_park_built(tmp_path):
    assert "翠竹公园" not in review_names(tmp_path, "Place", "翠竹公园一期建成开放。", HEAD)


def test_an_airport_opened_to_traffic_is_the_works_not_a_place(tmp_path):
    # 通航 opens an airport as 通车 opens a road (stages.txt): the airport is the works the sentence
    # opens (ANNOTATION Project: airports), no place of its own; the places it is named after stay
    sentence = "怀化芷江机场正式通航。"
    assert "怀化芷江机场" not in review_names(tmp_path, "Place", sentence, "湖南省人民政府工作报告")
    assert "怀化芷江机场" in review_projects(tmp_path, sentence, "湖南省人民政府工作报告")
    assert "芷江" in review_names(tmp_path, "Place", sentence, "湖南省人民政府工作报告")


def test_a_park_opening_the_works_done_on_it_is_a_place(tmp_path):
    # place_site_works.tsv, class park: the park or square, maybe a later phase, then the works on it
    assert "青松公园" in review_names(tmp_path, "Place", "青松公园东延工程建成。", HEAD)
    assert "白鹭体育公园" in review_names(tmp_path, "Place", "白鹭体育公园二期改造完成。", HEAD)
    assert "翠竹公园" in review_names(tmp_path, "Place", "翠竹公园改造工程完工。", HEAD)


def test_a_kind_of_park_or_a_station_square_opening_works_is_no_place(tmp_path):
    assert "城市公园" not in review_names(tmp_path, "Place", "城市公园改造工程完工。", HEAD)
    assert "社区体育公园" not in review_names(tmp_path, "Place", "社区体育公园二期改造完成。", HEAD)
    assert "青松火车站站前广场" not in review_names(tmp_path, "Place", "青松火车站站前广场改造完成。", HEAD)
