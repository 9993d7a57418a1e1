"""The place a park or museum at an excavated site is named after (heritage_site_places), where the
tokenizer knows the site's name by no word of its own: "双墩" (anhui-2026-review: 凌家滩、双墩遗址博物馆, jieba's
guess of two common characters, no dictionary word) and "良渚" of 良渚古城遗址公园 (zhejiang-2026-review: the listed
site 良渚古城遗址 is one word of place_scenic_sites.txt, and 古城 a quarter's head that stems_of_quarters reads).
A common word before the kind names no site ("工业遗址公园"), and a museum named after a site the sentence
finds as a place of its own keeps that site ("大河村遗址博物馆", henan-2026-review)."""
from __future__ import annotations

from tests.conftest import review_located


def test_an_unknown_name_before_a_site_museum_is_the_site(tmp_path):
    links = review_located(tmp_path, "凌家滩、双墩遗址博物馆建成开放。", "安徽省政府工作报告")
    assert ("双墩遗址博物馆", "双墩") in links


def test_a_listed_ancient_city_before_its_park_is_the_place(tmp_path):
    links = review_located(tmp_path, "良渚古城遗址公园、杭州国家版本馆、之江文化中心、浙东运河文化园等一大批文化地标建成投用。",
                           "浙江省政府工作报告")
    assert ("良渚古城遗址公园", "良渚") in links
    assert ("良渚古城遗址公园", "良渚古城遗址") not in links


def test_a_common_word_before_a_site_park_is_no_place(tmp_path):
    links = review_located(tmp_path, "建成工业遗址公园和矿山遗址公园。", "某市政府工作报告")
    assert not {place for _, place in links} & {"工业", "矿山"}


def test_a_site_found_whole_keeps_its_museum(tmp_path):
    links = review_located(tmp_path, "殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放。",
                           "河南省政府工作报告")
    assert ("大河村遗址博物馆", "大河村遗址") in links
    assert ("大河村遗址博物馆", "大河村") not in links
