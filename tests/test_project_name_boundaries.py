"""Where a works' name begins when jieba misreads its first word (session 37, pj37): a word its dictionary
holds rarely and tags a verb ("开闭/v 所主供电工程", "力争包商/v 银行培训中心") or a verb that opens an
industry's word ("启动通用/v 航空产业园项目") is part of the name; a battery material jieba reads as an
adverb ("三元正极/ad 材料") no longer cuts a listed company's works; works put into use ("…项目投入使用")
are built in their sentence though an organization's name opens them; 新上 (newly launched) opens a span
as 新开工 does, also where jieba cut it after 新/a; a trade name before 新材料 keeps its last character
that jieba read as a verb ("恒瑞/nz 达/v"); a town or scenic area before a proper-named works is where it
lies ("濯水景区毕兹卡水乐园"); an adverb between two nouns is a word of a listed name ("博视/n 长远/d").
The Hailar checks read `../shared`; the written sentences follow the genre's phrasing with invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source
from tests.conftest import SHARED, names_of

HAILAR = SHARED / "corpus" / "hailar"  # KG_SHARED honoured, as in conftest
CITY = "政府工作报告\n——2023年1月10日在某市第十届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n"


def _projects(path: Path) -> set[str]:
    return names_of(extract_mentions(parse_document(read_source(path))), "Project")


def _written(tmp_path, *sentences: str) -> set[str]:
    path = tmp_path / "report.txt"
    path.write_text(CITY + "\n".join(sentences) + "\n", encoding="utf-8")
    return _projects(path)


@pytest.fixture(scope="module")
def hailar_2014() -> set[str]:
    if not HAILAR.exists():
        pytest.skip("needs ../shared")
    return _projects(HAILAR / "hailar-2014.txt")


def test_a_rare_verb_tagged_word_opens_the_name(hailar_2014):
    # "启动变电站和开闭所主供电工程": 开闭/v is used 3 times in jieba's dictionary
    assert "开闭所主供电工程" in hailar_2014
    assert "所主供电工程" not in hailar_2014


def test_a_verb_tagged_word_opening_an_industry_opens_the_name(hailar_2014):
    # "启动通用航空产业园项目建设": 通用航空 (GB/T 4754 5621) is the park's industry
    assert "通用航空产业园项目" in hailar_2014
    assert "航空产业园项目" not in hailar_2014


def test_common_verbs_before_a_name_stay_out(tmp_path):
    found = _written(tmp_path, "启动通用机场建设，加快建好城西污水处理厂。", "力争开工建设榆平铁路。")
    assert {"城西污水处理厂", "榆平铁路"} <= found
    assert not {n for n in found if n.startswith(("建好", "开工建设", "启动"))}


def test_works_put_into_use_named_with_a_body(tmp_path):
    # hailar-2013: "区人民医院远程医疗项目投入使用" (the hospital is an organization found first)
    assert "城东人民医院远程医疗项目" in _written(tmp_path, "城东人民医院远程医疗项目投入使用，医疗服务水平不断提高。")


def test_listed_company_works_with_a_battery_material(tmp_path):
    # the phrasing of lujiang-2022 (u37): a sum before each item of a list of projects
    found = _written(tmp_path, "投资12亿元华晟恒达三元正极材料、8亿元北方建材优化升级等20个项目开工建设。")
    assert {"华晟恒达三元正极材料", "北方建材优化升级"} <= found
    assert "材料" not in found


def test_new_launch_opener_cut_after_xin(tmp_path):
    # "新上" (newly launched) opens the span as 新开工 does; jieba cuts it 新/a 上/f, so the walk stopped
    # at 新 and kept 上 ("上年产10万吨…项目"); a capacity that names the works stays (ANNOTATION)
    found = _written(tmp_path, "新上年产10万吨生物基材料项目，年内建成投产。",
                     "抓好项目建设，新上宏达年产5万吨特种纸、远航机械等项目12个。")
    assert {"年产10万吨生物基材料项目", "宏达年产5万吨特种纸", "远航机械"} <= found
    assert not {n for n in found if n.startswith(("上", "新上"))}


def test_trade_name_whose_last_character_jieba_reads_as_a_verb(tmp_path):
    # "恒瑞/nz 达/v 新/a 材料二期": the walk back from 新材料 stopped at 达 and dropped the trade name
    # ("材料产业园"); a trade name jieba cut into characters alone ("其/龙/新材料二期") stays unread
    found = _written(tmp_path, "加快推进恒瑞达新材料产业园建设。", "恒瑞达新材料二期、其龙新材料二期等12个项目开工建设。")
    assert {"恒瑞达新材料产业园", "恒瑞达新材料二期"} <= found
    assert not {"材料产业园", "材料二期", "新材料二期"} & found


def _sample_sentence(sample: str, words: str) -> str:
    """The sentence of a sample report (../shared/seeds) that holds `words`, with its full stop."""
    from tests.conftest import shared_file
    text = shared_file("seeds", f"{sample}.txt").read_text(encoding="utf-8")
    return next(s + "。" for line in text.splitlines() for s in line.split("。") if words in s)


def test_scenic_area_before_a_proper_named_works_is_where_it_lies(tmp_path):
    # qianjiang-2019 (gold): "濯水景区毕兹卡水乐园…投用" names 毕兹卡水乐园, located in 濯水景区, as a city
    # quarter before a proper name is ("主城区呼伦大街"); before common words the area names the works
    from tests.conftest import review_located
    sentence = _sample_sentence("qianjiang-2019", "毕兹卡水乐园")
    links = review_located(tmp_path, sentence + "水车坪景区游客接待中心建成投用。", "黔江区政府工作报告")
    assert ("毕兹卡水乐园", "濯水景区") in links
    names = {p for p, _ in links}
    assert "濯水景区毕兹卡水乐园" not in names
    assert "水车坪景区游客接待中心" in names


def test_town_before_a_proper_named_works_is_where_it_lies(tmp_path):
    found = _written(tmp_path, "加快金溪镇龙凤山庄项目建设，确保金溪镇客运站投入使用。")
    assert {"龙凤山庄项目", "金溪镇客运站"} <= found
    assert "金溪镇龙凤山庄项目" not in found


def test_adverb_between_two_nouns_is_a_word_of_a_listed_name(tmp_path):
    # yixian-2019 (gold): "重点推进博视/n 长远/d 终端研发等11个新建项目": the walk for the list's first item
    # stopped at the adverb and kept "终端研发"; an adverb before a verb stays out ("经济长远发展")
    found = _written(tmp_path, _sample_sentence("yixian-2019", "博视长远"), "加快推进华视长远智能终端、宏达机械扩建等8个项目建设。",
                     "推进县域经济长远发展、城乡统筹发展等重点项目。")
    assert {"博视长远终端研发", "华视长远智能终端"} <= found
    assert not {"终端研发", "智能终端"} & found
    assert not {n for n in found if "发展" in n}
