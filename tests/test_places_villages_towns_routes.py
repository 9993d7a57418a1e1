"""Place rules (issue 9: places never found) on real sentences of the genre; each
sentence is put in a small report of its own area, so the rule under test is the one that decides."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_village_of_the_province_by_its_head(tmp_path):
    # 罗边 and 中关 are common characters (is_proper cannot tell them from words); the province's
    # village table names them (番禺's 罗边村, 海淀's 中关村)
    assert "罗边村" in found(tmp_path, "Place", "广州市番禺区人民政府工作报告",
                            "协调中铁建港航局集团旧厂改造、罗边村旧改等区重点预备项目临时用地。")
    assert "中关村" in found(tmp_path, "Place", "北京市人民政府工作报告", "共同建好雄安新区中关村科技园。")


def test_village_head_after_a_common_word_is_no_village(tmp_path):
    # kinds of village stay kinds though their words are village names somewhere in the province
    names = found(tmp_path, "Place", "广州市番禺区人民政府工作报告", "推进新农村、中心村和城中村建设,行政村全部通硬底化公路。")
    assert not names & {"新农村", "中心村", "城中村", "行政村"}



def test_town_named_after_its_county(tmp_path):
    # 棣花 is a town of 丹凤县 (the division table): "丹凤棣花携程农庄" names the town after its county
    names = found(tmp_path, "Place", "商洛市人民政府工作报告",
                  "洛南嘉宏、丹凤棣花携程农庄等一批高品质酒店相继建成开业。")
    assert {"丹凤", "棣花"} <= names
    # 建设 (建设街道) is a common word: no town after 海拉尔
    assert "建设" not in found(tmp_path, "Place", "海拉尔区人民政府工作报告", "感谢关心、支持海拉尔建设和发展的各界朋友。")


def test_route_head_ends_the_last_stop(tmp_path):
    # 客专 (a passenger line) is split by jieba (客/专): it still closes the route's last stop
    names = found(tmp_path, "Place", "黑龙江省人民政府工作报告",
                  "开工建设哈尔滨至绥化至铁力客专,加快铁力至伊春客专、北安至黑河铁路改造等工程建设。")
    assert {"铁力", "伊春", "黑河"} <= names and not names & {"铁力客专", "伊春客专"}


def test_waterway_being_worked_on_is_no_place(tmp_path):
    # the waterway the works regulates is the project; the city it runs to is the place
    names = found(tmp_path, "Place", "四川省人民政府工作报告", "开工龙溪口至宜宾航道整治等项目主体工程。")
    assert "宜宾" in names and "宜宾航道" not in names
