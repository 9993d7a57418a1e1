"""Classes found by probing observation sentences in the genre (session 31):

- "新增规上工业企业28家,累计达到312家": a clause with no name of its own, or only a verb of making
  ("累计建成3600个"), opened by 累计 gives the running total of the thing just counted — named as
  总数 and 总量 already name it (规上工业企业), not the year's new ones — where the thing stays once
  made (enterprises, stations: counted in 家, 个, 座…); a 累计 of people, area or money is the sum of
  the new ones and keeps the name ("新增城镇就业1.2万人,累计达到5.6万人").
- "新建改造110千伏变电站3座、10千伏线路86公里": two verbs of works joined at the head of a list are
  shared by the items after it (新建改造10千伏线路), not the first verb alone.
Sentences written for the test in the genre's phrasing."""
import pytest

from tests.test_observations_later_year_in_clause import observed


def reviewed(tmp_path, sentence):
    return observed(tmp_path, f"某县2024年政府工作报告\n一、2023年工作回顾\n{sentence}\n")


@pytest.mark.parametrize("sentence, value, name", [
    # a running total after new things is the things' total
    ("全年新增规上工业企业28家,累计达到312家。", "312", "规上工业企业"),
    ("新认定省级专精特新企业12家、累计56家。", "56", "省级专精特新企业"),
    ("新建5G基站1200个,累计建成3600个。", "3600", "5G基站"),
    ("新增A级旅游景区3个,累计创建19个。", "19", "A级旅游景区"),
    # a running total of people or area keeps its name
    ("新增城镇就业1.2万人,累计达到5.6万人。", "5.6", "新增城镇就业"),
    ("完成造林3万亩,累计完成造林28万亩。", "28", "造林"),
    # two joined verbs of works are shared by the items listed after
    ("新建改造110千伏变电站3座、10千伏线路86公里。", "86", "新建改造10千伏线路"),
    ("新建改建农村公路120公里、危桥15座。", "15", "新建改建危桥"),
])
def test_running_totals_and_joined_verbs_name_their_values(tmp_path, sentence, value, name):
    got = reviewed(tmp_path, sentence)
    assert any(g[0] == name and g[1] == value and g[3:] == ("actual", 2023) for g in got), got
