"""The place a park or museum at an excavated site is named after (heritage_site_places), where the
tokenizer knows the site's name by no word of its own: "双墩" (anhui-2026-review: 凌家滩、双墩遗址博物馆, jieba's
guess of two common characters, no dictionary word) and "良渚" of 良渚古城遗址公园 (zhejiang-2026-review: the listed
site 良渚古城遗址 is one word of place_scenic_sites.txt, and 古城 a quarter's head that stems_of_quarters reads).
A common word before the kind names no site ("工业遗址公园"), and a museum named after a site the sentence
finds as a place of its own keeps that site ("大河村遗址博物馆", henan-2026-review). The national title right
after a site's name names the park built there (heritage_listings), not after 等 or a verb of obtaining it."""
from __future__ import annotations

import pytest

from tests.conftest import review_located


CASES = [  # (report title, sentence, a link found, a link not found)
    ("安徽省政府工作报告", "凌家滩、双墩遗址博物馆建成开放。", ("双墩遗址博物馆", "双墩"), ("双墩遗址博物馆", "凌家滩")),
    ("浙江省政府工作报告", "良渚古城遗址公园、杭州国家版本馆、之江文化中心、浙东运河文化园等一大批文化地标建成投用。",
     ("良渚古城遗址公园", "良渚"), ("良渚古城遗址公园", "良渚古城遗址")),
    ("河南省政府工作报告", "殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放。",
     ("大河村遗址博物馆", "大河村遗址"), ("大河村遗址博物馆", "大河村")),
]


@pytest.mark.parametrize("head, text, found, not_found", CASES)
def test_a_site_park_or_museum_is_at_its_site(tmp_path, head, text, found, not_found):
    links = review_located(tmp_path, text, head)
    assert found in links and not_found not in links, links


def test_a_common_word_before_a_site_park_is_no_place(tmp_path):
    links = review_located(tmp_path, "建成工业遗址公园和矿山遗址公园。", "某市政府工作报告")
    assert not {place for _, place in links} & {"工业", "矿山"}


def test_a_national_site_park_right_after_the_sites_name_is_works_there(tmp_path):
    # heritage_listings: the title right after the site's name names the park built there, where the name
    # rules find none (sichuan-2026-outline: 宝墩, jieba's guess; hainan-2026: jieba cuts 落笔|洞)
    links = review_located(tmp_path, "邛窑、宝墩国家考古遗址公园建成开园，通济堰、湔江堰入选世界灌溉工程遗产名录。",
                           "四川省政府工作报告")
    assert ("宝墩国家考古遗址公园", "宝墩") in links
    assert ("落笔洞国家考古遗址公园", "落笔洞") in review_located(tmp_path, "创建落笔洞国家考古遗址公园。", "海南省政府工作报告")


@pytest.mark.parametrize("text", ["推进大地湾、大堡子山、锁阳城等国家考古遗址公园建设。",  # gansu-2026: after 等
                                  "辽上京、土城子、萨拉乌苏遗址入选国家考古遗址公园。"])  # neimenggu-2026-review: after a verb
def test_sites_given_the_title_by_a_list_or_a_verb_name_no_works(tmp_path, text):
    assert not {works for works, _ in review_located(tmp_path, text, "某省政府工作报告") if "公园" in works}
