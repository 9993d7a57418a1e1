"""participatesIn of builders named after the works (session 51, pa55): "P全面开工，X、Y分段承建" (分段 is how
they share the works, participation.txt `by_manner`: not a works' head 段, no project "Y分段") and "P完成
可行性研究，由X承担设计" (a designer's or contractor's 承担/负责 with the work taken on, `agent`). Sentences
written in the genre's phrasing with invented names; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年青溪县人民政府工作报告"


@pytest.mark.parametrize("sentence, companies, works", [
    ("青禾至澄江高速铁路青溪段全面开工，中铁二十二局集团有限公司、中铁十五局集团有限公司分段承建。",
     ("中铁二十二局集团有限公司", "中铁十五局集团有限公司"), "青禾至澄江高速铁路青溪段"),
    ("青禾至澄江高速公路全面开工，澄江路桥集团有限公司、青禾建工集团有限公司分段承建。",
     ("澄江路桥集团有限公司", "青禾建工集团有限公司"), "青禾至澄江高速公路"),
    ("青禾水厂工程完成可行性研究，由澄江市政设计研究院承担设计。", ("澄江市政设计研究院",), "青禾水厂工程"),
])
def test_builders_named_after_the_works_share_or_design_them(tmp_path, sentence, companies, works):
    projects, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not any(p.endswith("分段") for p in projects)
    for company in companies:
        assert company in orgs
        assert (company, works) in links
