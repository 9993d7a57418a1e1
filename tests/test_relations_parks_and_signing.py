"""Relation rules (issue 10) on real sentences of reports, given the entities in the
order the extractor finds them: each test fails without its rule."""
from __future__ import annotations

from kg.extract import ORG, PLACE, PROJECT, Mention, set_attributes
from kg.resolve.entities import build_graph
from kg.text.document import parse_document
from kg.text.reading import read_source


def links(tmp_path, sentence: str, found: list[tuple[str, str]], area: str) -> set[tuple[str, str, str]]:
    """The locatedIn and participatesIn links read from `sentence` in a small report by `area`, given
    the mentions `found` ((type, name) at the name's first occurrence) in that order: a name found
    twice (as works and as a place) keeps the extractor's order."""
    text = f"各位代表：\n现在，我代表{area}人民政府，向大会报告工作。\n一、2023年工作回顾\n{sentence}\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_source(path))
    s = next(s for s in doc.sentences if sentence[:8] in s.text)
    mentions = [Mention(t, n, s.at(s.text.index(n), s.text.index(n) + len(n)), s.index) for t, n in found]
    g = build_graph(doc, set_attributes(doc, sorted(mentions, key=lambda m: (m.start, -m.end))))
    E = g.entities
    return {(r.kind, E[r.subject].name, E[r.object].name) for r in g.relations if r.kind != "partOf"}


def test_a_park_found_as_works_and_as_place_opening_the_sentence_is_where_its_projects_are(tmp_path):
    # devtext jintai-2024: 金河工业园区 is found as works first, then as a place (a park: ANNOTATION
    # rule 3); the place is the sentence's subject, its slogan says what it does
    s = "金河工业园区“腾笼换鸟”促转型，汽车零部件、外贸产业园等15个项目建成投产。"
    found = links(tmp_path, s, [(PROJECT, "金河工业园区"), (PLACE, "金河工业园区"), (PROJECT, "汽车零部件"),
                                (PROJECT, "外贸产业园")], "宝鸡市金台区")
    assert ("locatedIn", "汽车零部件", "金河工业园区") in found
    assert ("locatedIn", "外贸产业园", "金河工业园区") in found
    assert not any(a == b for _, a, b in found)  # the park is no place of itself


def test_a_company_that_is_an_item_of_a_signed_list_signs_for_no_neighbour(tmp_path):
    # fresh page (longzihu-2022): 智能丝网 is found as works and as a company named for its works;
    # "…等4个新签约项目实现当年签约" does not make it a party to 光伏玻璃深加工
    s = "光伏玻璃深加工、智能丝网等4个新签约项目实现当年签约、当年投产。"
    found = links(tmp_path, s, [(PROJECT, "光伏玻璃深加工"), (PROJECT, "智能丝网"), (ORG, "智能丝网")],
                  "蚌埠市龙子湖区")
    assert ("participatesIn", "智能丝网", "光伏玻璃深加工") not in found


def test_a_company_before_the_works_it_signs_for_still_takes_part(tmp_path):
    # the signing cue itself ("X…P签约") still links a company that is no item of the list
    s = "中信集团三塘盖旅游康养度假区项目成功签约。"
    found = links(tmp_path, s, [(ORG, "中信集团"), (PROJECT, "三塘盖旅游康养度假区项目")], "重庆市黔江区")
    assert ("participatesIn", "中信集团", "三塘盖旅游康养度假区项目") in found


def test_a_foreign_country_before_the_company_in_a_works_name_is_where_the_investor_comes_from(tmp_path):
    # fresh page (shuangta-2021): 荷兰 is where 阿尔法 comes from, not where the works are
    s = "特别是成功引进荷兰阿尔法环保设备项目，利用外资实现零的突破。"
    found = links(tmp_path, s, [(PROJECT, "荷兰阿尔法环保设备项目"), (PLACE, "荷兰"), (ORG, "阿尔法")],
                  "朝阳市双塔区")
    assert ("locatedIn", "荷兰阿尔法环保设备项目", "荷兰") not in found
    assert ("participatesIn", "阿尔法", "荷兰阿尔法环保设备项目") in found


def test_a_place_of_the_country_before_a_company_in_a_works_name_stays_its_place(tmp_path):
    # devtext2 xingtai-2024 shape: 任泽 (a district) opens the works named for 乐通: the works are there
    s = "任泽乐通合金材料等转移项目签约落地。"
    found = links(tmp_path, s, [(PROJECT, "任泽乐通合金材料"), (PLACE, "任泽"), (ORG, "乐通")], "邢台市")
    assert ("locatedIn", "任泽乐通合金材料", "任泽区") in found  # 任泽 resolves to the division


def test_companies_signing_respectively_each_take_part_in_their_own_works(tmp_path):
    # session 21 (qm21), written in the genre's phrasing: "与A、B、C分别签订了P、Q、R" pairs in order,
    # as "在X、Y分别建设A、B" pairs places; without 分别 every company of the list signs for every works
    orgs = ["临川宏远实业有限公司", "江西华信新材料有限公司", "抚州粮丰食品有限公司"]
    works = ["宏远运动鞋底生产项目", "华信光学膜生产项目", "粮丰预制菜加工项目"]
    found_of = [(ORG, o) for o in orgs] + [(PROJECT, w) for w in works]
    s = "县政府与" + "、".join(orgs) + "分别签订了" + "、".join(works) + "。"
    found = links(tmp_path, s, found_of, "临川县")
    pairs = {(a, b) for r, a, b in found if r == "participatesIn"}
    assert pairs == set(zip(orgs, works)), pairs
    together = links(tmp_path, s.replace("分别", ""), found_of, "临川县")
    assert len({(a, b) for r, a, b in together if r == "participatesIn"}) == 9, together
