"""A market of trade is no marketplace built (session 60, helper pjw; project_trade_market_words.txt read by
projects._names_a_kind): the buyers of a region ("拓展RCEP成员国市场", "对非洲、拉美市场出口"), an exchange
("重庆电力现货市场正式运行", "上海碳市场"), a market to open ("组团出海拓市场"); a marketplace with a name or
its goods stays a works. Sentences of tests/real/liaoning-2026.txt, fujian-2026-review.txt,
chongqing-2026-review.txt, shanghai-2026.txt, guizhou-2026.txt and the sample qianjiang-2019."""
from __future__ import annotations

from tests.conftest import assert_found, review_projects


def test_markets_of_trade_are_no_works(tmp_path):
    got = review_projects(tmp_path, "稳定欧美日韩等传统市场，积极拓展RCEP成员国市场。对非洲、拉美市场出口分别增长20%。",
                          "2026年辽宁省人民政府工作报告")
    assert not {"RCEP成员国市场", "非洲、拉美市场", "拉美市场"} & got
    got = review_projects(tmp_path, "低空空域管理改革有序开展，重庆电力现货市场正式运行。推动上海碳市场扩围提质。",
                          "2026年重庆市人民政府工作报告")
    assert not {"重庆电力现货市场", "上海碳市场"} & got


def test_a_marketplace_built_stays_a_works(tmp_path):
    got = review_projects(tmp_path, "建成正阳桐坪综合农贸市场。", "黔江区政府工作报告")
    assert_found(got, {"正阳桐坪综合农贸市场"}, set())
