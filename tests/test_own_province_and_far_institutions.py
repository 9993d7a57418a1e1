"""The report's own area where its title names none, and the home of another province's institution
inside a works' name (locatedIn).

A province's report cut from its title ("政府工作报告" then the plan part, as the design texts
hainan-2026, guizhou-2026, qinghai-2026, ningxia-2026 and yunnan-2026-review are) is that
province's where it speaks of itself as one (全省, 我省; 全区, 我区 for an autonomous region) more
than as a city: its own area is the province, as a title naming it would make it. A university's or
hospital's centre that a province's report builds is in that province, not in the far city the
institution is named after ("启动西安交通大学国际化区域创新中心建设", hainan-2026; "北京大学京津冀
生物医学前沿创新中心…加快建设", tianjin-2026-review)."""
from __future__ import annotations

from kg.pipeline import build

UNTITLED = "政府工作报告\n\n三、2026年主要工作\n"
# hainan-2026: three Hainan cities named (三亚, 海口, 儋州), 全省 as its scope word
HAINAN_LINES = ("建成G225乐东至三亚段“五网合一”示范项目，开工建设湛海高铁，加快洋浦港扩建工程、马村港三期等项目建设，"
                "加快三亚新机场、美兰机场三期、儋州机场、东方机场等前期工作。",
                "完成琼西北供水工程建设，加快海口经济圈规模化供水工程进度。",
                "全省集装箱班轮航线达80条、港口集装箱吞吐量增长17%。")


def _report(tmp_path, head: str, *lines: str):
    path = tmp_path / "r.txt"
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    return build(path).report


def _located(report) -> set[tuple[str, str]]:
    name = {k: e.name for k, e in report.entities.items()}
    return {(name[r.subject], name[r.object]) for r in report.relations if r.kind == "locatedIn"}


def test_an_untitled_report_speaking_of_its_province_is_the_province_s(tmp_path):
    report = _report(tmp_path, UNTITLED, *HAINAN_LINES)
    assert report.area == "place/460000"


def test_an_untitled_report_speaking_of_a_city_names_no_province(tmp_path):
    # made up: the same places, the report speaking of itself as a city more than as a province
    report = _report(tmp_path, UNTITLED, *HAINAN_LINES, "全市新增就业2万人，我市空气质量优良天数比例达99%。")
    assert report.area != "place/460000"


def test_a_far_university_s_centre_is_not_in_the_university_s_city(tmp_path):
    # tianjin-2026-review: 北京 is a place of the report ("全力服务北京非首都功能疏解")
    tianjin = _located(_report(tmp_path, "2026年天津市政府工作报告\n\n一、2025年和“十四五”工作回顾\n",
                               "全力服务北京非首都功能疏解，深化京津冀协同发展。",
                               "北京大学京津冀生物医学前沿创新中心、智能网联新能源汽车科技生态港、京津电子化学品基地等加快建设。"))
    centre = {p for w, p in tianjin if w == "北京大学京津冀生物医学前沿创新中心"}
    assert "京津冀" in centre and not centre & {"北京", "北京市"}


def test_a_university_s_centre_in_its_own_province_stays_in_its_city(tmp_path):
    # made up after the same wording: the university's city lies in the report's province
    got = _located(_report(tmp_path, "2026年陕西省政府工作报告\n\n三、2026年主要工作\n",
                           "启动西安交通大学国际化区域创新中心建设，加快宝鸡、咸阳、渭南等地项目建设。"))
    assert ("西安交通大学国际化区域创新中心", "西安市") in got


def test_partners_forms_after_the_zone_s_place_are_not_where_it_is(tmp_path):
    # tianjin-2026: 京津 (Beijing and Tianjin, the partners) after the district the zone is in
    got = _located(_report(tmp_path, "2026年天津市政府工作报告\n\n三、2026年重点工作\n",
                           "推动天津滨海—中关村科技园、宝坻京津中关村科技城、武清京津产业新城、宁河京津合作示范区等提质发展。",
                           "加快京津塘、津沧等高速公路建设。"))
    assert {("武清京津产业新城", "武清区"), ("宁河京津合作示范区", "宁河区")} <= got
    assert not {(w, p) for w, p in got if p == "京津" and w != "京津塘"}
