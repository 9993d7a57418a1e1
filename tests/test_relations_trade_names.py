"""participatesIn of a company found at a works' head where jieba's words cross its end
(kg/resolve/relations.py `_name_relations`), given the entities as the extractor finds them."""
from __future__ import annotations

from tests.test_relations import links


def test_a_trade_name_read_across_jiebas_words_takes_part_in_its_works(tmp_path):
    # doumen-2022: jieba cuts 爱|旭光|伏|电池, so 爱旭 is no word of the works' name; the extractor found it
    got = links(tmp_path, "爱旭光伏电池、芯源半导体、闻泰光电智能制造产业园落地白沙工业园。",
                orgs=["爱旭", "闻泰"], projects=["爱旭光伏电池", "闻泰光电智能制造产业园"])
    assert {("participatesIn", "爱旭", "爱旭光伏电池"), ("participatesIn", "闻泰", "闻泰光电智能制造产业园")} <= got


def test_a_body_at_a_works_head_takes_no_part_by_its_name(tmp_path):
    got = links(tmp_path, "永济市委书记调研项目建设。", orgs=["永济市委"], projects=["永济市委书记"], area="山西省永济市")
    assert not any(kind == "participatesIn" for kind, _, _ in got)
