"""Works listed before 等 and a stage that closes the list (issue 9): "甲、乙、丙等投产增效",
"甲、乙等投运", "甲、乙、丙等相继点亮" — each item that is a name is one works being built, opened or put
into production (kg.extract.project_lists.extract_staged_lists, project_list_closing_stages.txt); an
item the rules found whole as a body stays one, and a list closed by a stage that also closes lists of
aims ("…等加快建设") is not read. The sentences are read from the real reports of tests/real; the
locatedIn test checks that a trade name before its cloud brand (阿里 of 阿里云) is no place of the
works the brand runs (kg.resolve.relations._opens_service_brand)."""
from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import assert_found, review_located, review_projects

REAL = Path(__file__).parent / "real"


def _sentence(report: str, words: str) -> str:
    """The sentence (to its 。) of tests/real/`report`.txt holding `words`."""
    text = (REAL / f"{report}.txt").read_text(encoding="utf-8")
    m = re.search(rf"[^。\n]*{re.escape(words)}[^。\n]*。", text)
    assert m is not None, (report, words)
    return m.group()


def test_items_of_a_list_put_into_production_are_works(tmp_path):
    sentence = _sentence("tianjin-2026-review", "空客二线、")
    found = review_projects(tmp_path, sentence, "天津市人民政府工作报告")
    assert_found(found, {"空客二线", "电科蓝天宇航电源", "启源芯动力"},
                 {"启源芯动力等投产增效", "华海清科", "海光信息"})  # the firms growing fast after it are no works


def test_items_with_latin_letters_and_a_middle_dot(tmp_path):
    sentence = _sentence("tianjin-2026-review", "泰达MSD、")
    found = review_projects(tmp_path, sentence, "天津市人民政府工作报告")
    assert_found(found, {"泰达MSD", "海光MALL", "津一·PARK", "天美艺术街区"}, {"京东消费金融"})


def test_the_first_item_starts_after_the_verb_and_a_body_stays_one(tmp_path):
    sentence = _sentence("tianjin-2026", "三一重能风电整机、")
    found = review_projects(tmp_path, sentence, "天津市人民政府工作报告")
    assert_found(found, {"三一重能风电整机", "特变电工智慧产业园"}, {"推动三一重能风电整机"})


def test_items_put_into_operation_and_lit_up(tmp_path):
    found = review_projects(tmp_path, _sentence("shaanxi-2026-review", "榆神西南热电、"), "陕西省人民政府工作报告")
    assert_found(found, {"榆神西南热电", "西气东输三线陕西段"}, set())
    sentence = _sentence("qinghai-2026-review", "阿里云全国产芯片")
    found = review_projects(tmp_path, sentence, "青海省人民政府工作报告")
    assert_found(found, {"阿里云全国产芯片万卡绿算集群", "金山云智算中心"}, {"阿里云"})
    links = review_located(tmp_path, sentence, "青海省人民政府工作报告")
    assert not {p for w, p in links if w == "阿里云全国产芯片万卡绿算集群"}, links


def test_a_list_closed_by_a_stage_of_aims_is_not_read(tmp_path):
    # "…交通体系、智慧文旅等加快建设": 加快建设 closes lists of aims too; no stage of project_list_closing_stages.txt
    sentence = _sentence("heilongjiang-2026-review", "智慧文旅等加快建设")
    found = review_projects(tmp_path, sentence, "黑龙江省人民政府工作报告")
    assert not {"智慧文旅", "交通体系"} & found, found
