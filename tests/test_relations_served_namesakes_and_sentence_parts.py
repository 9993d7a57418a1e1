"""Issue 38 (rl38): (1) a company named inside a works' name before 配套 is served by the works, not
a party to them ("恒大和启迪科技城配套学校", qianjiang-2019's gold); (2) an area's kind opening a works'
name stands for the area named in the part of the same sentence before a ";" ("…加速推进中俄蒙国际物流
园区建设,…;启动园区铁路专用线"); (3) a business quarter's plan and rebuilding as a whole, its name quoted
("加快“三角地商贸核心圈”的统一规划和升级改造,重点实施…,完成A、B的建设"): the works of its focus and
target clauses are the quarter's. Real sentences, read from ../shared; each test fails without its rule."""
from __future__ import annotations

from tests.conftest import review_located, shared_file

HAILAR = "2014年呼伦贝尔市海拉尔区政府工作报告"


def _sentence(year: int, words: str) -> str:
    """The sentence of hailar-`year` (GB18030) that holds `words`, up to its "。"."""
    text = shared_file("corpus", "hailar", f"hailar-{year}.txt").read_bytes().decode("gb18030")
    at = text.index(words)
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:text.index("。", at) + 1].strip()


def test_companies_named_before_supporting_works_take_no_part_in_them(qianjiang):
    # qianjiang-2019: "开工恒大和启迪科技城配套学校": the schools serve an estate and a tech city
    report = qianjiang.report
    E = report.entities
    got = {(E[r.subject].name, E[r.object].name) for r in report.relations if r.kind == "participatesIn"}
    assert not any(works.endswith("配套学校") for _, works in got), got


def test_an_area_kind_refers_to_the_area_named_before_a_semicolon_of_its_sentence(tmp_path):
    got = review_located(tmp_path, _sentence(2014, "启动园区铁路专用线"), HAILAR)
    assert ("园区铁路专用线", "中俄蒙国际物流园区") in got, got


def test_the_works_of_a_quoted_business_quarter_rebuilt_as_a_whole_are_in_it(tmp_path):
    got = review_located(tmp_path, _sentence(2012, "三角地商贸核心圈”的统一规划"), HAILAR)
    for works in ("众和地壹街", "华汇地下金街"):
        assert (works, "三角地") in got, got
