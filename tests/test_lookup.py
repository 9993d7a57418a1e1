"""The word trie answers as the regex alternation it replaces, on real report text."""
from __future__ import annotations

import re

import pytest

from kg import lexicons
from kg.text.document import parse_document
from kg.text.lookup import WordTrie
from kg.text.reading import read_source
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def place_names() -> list[str]:
    names = set(lexicons.divisions_by_name()) | lexicons.named_regions()
    return sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for p in sorted(SEEDS.glob("*.txt")) for s in parse_document(read_source(p)).sentences]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_finditer_search_match_fullmatch_as_the_alternation(place_names, sentences):
    regex = re.compile("|".join(re.escape(n) for n in place_names))
    trie = WordTrie(place_names)
    found = 0
    for text in sentences:
        expected = spans(regex.finditer(text))
        assert spans(trie.finditer(text)) == expected, text
        found += len(expected)
        assert spans(filter(None, [trie.search(text)])) == spans(filter(None, [regex.search(text)]))
        for a in range(0, len(text), 7):
            assert spans(filter(None, [trie.match(text, a)])) == spans(filter(None, [regex.match(text, a)]))
    assert found > 500  # the samples name hundreds of places
    for name in ("重庆市", "黔江区", "重庆市黔江", "黔", ""):
        assert bool(trie.fullmatch(name)) == bool(regex.fullmatch(name)), name


def test_every_start_as_the_lookahead(place_names, sentences):
    lookahead = re.compile(f"(?=({'|'.join(re.escape(n) for n in place_names)}))")
    trie = WordTrie(place_names)
    for text in sentences[:400]:
        assert [(m.start(), m.group(1)) for m in trie.every_start(text)] == \
               [(m.start(), m.group(1)) for m in lookahead.finditer(text)], text


def test_longest_word_wins_and_overlaps():
    trie = WordTrie(["重庆", "重庆市", "庆市", "市区"])
    assert spans(trie.finditer("重庆市区")) == [(0, 3, "重庆市")]
    assert [(m.start(), m.group()) for m in trie.every_start("重庆市区")] == [(0, "重庆市"), (1, "庆市"), (2, "市区")]
    assert trie.match("重庆") is not None and trie.match("重") is None and trie.fullmatch("重庆市区") is None


# ---------------------------------------------------------------- regexes built for speed answer as the plain ones

from kg.extract.base import project_head_pattern  # noqa: E402
from kg.text.lookup import Alternatives, Guarded, alternation_pattern, prefix_ordered, words_closing, words_opening  # noqa: E402


def _lists() -> dict[str, list[str]]:
    by_length = lambda words: sorted(set(words), key=lambda w: (-len(w), w))  # noqa: E731
    return {
        "bodies (longest first)": by_length(lexicons.org_bodies()),
        "project and facility heads (longest first)": by_length(lexicons.words("project_heads.txt") + lexicons.words("facility_heads.txt")),
        "units.txt (file order)": list(lexicons.words("units.txt")),
        "org_suffixes.txt (file order)": list(lexicons.words("org_suffixes.txt")),
    }


@pytest.mark.parametrize("name", list(_lists()))
def test_trie_alternation_matches_as_the_plain_one(name, sentences):
    words = _lists()[name]
    plain = "|".join(map(re.escape, words))
    trie = alternation_pattern(words)
    if prefix_ordered(words):  # factored: one branch per first character, each opening with it
        (op, (_, branches)), = re._parser.parse(trie)
        assert len(branches) == len({w[0] for w in words}) < len(words)
    # alone, and before a continuation that makes the engine back off to shorter words
    for shape in ("(?:{})", "(?:{})(?=[的和、])", "[省市区县]?(?:{})[\u4e00-\u9fff]"):
        a, b = re.compile(shape.format(plain)), re.compile(shape.format(trie))
        found = 0
        for text in sentences:
            expected = spans(a.finditer(text))
            assert spans(b.finditer(text)) == expected, (shape, text)
            found += len(expected)
        assert found > 20, shape


def test_trie_alternation_keeps_the_order_where_it_matters():
    assert alternation_pattern(["工程项目", "工程", "工业园"]) == "工(?:程(?:项目)?|业园)"
    # "工程" before "工程项目": the shorter word wins in the alternation, so no trie
    assert alternation_pattern(["工程", "工程项目"]) == "工程|工程项目"
    assert re.compile(alternation_pattern(["工程", "工程项目"])).match("工程项目").group() == "工程"


def test_alternatives_match_as_the_alternation(sentences):
    heads = project_head_pattern()
    assert isinstance(heads, Alternatives)
    regex = re.compile(heads.pattern)
    found = 0
    for text in sentences:
        expected = spans(regex.finditer(text))
        assert spans(heads.finditer(text)) == expected, text
        found += len(expected)
        for a in range(0, len(text), 5):
            assert spans(filter(None, [heads.search(text, a, a + 12)])) == spans(filter(None, [regex.search(text, a, a + 12)]))
            assert spans(filter(None, [heads.match(text, a)])) == spans(filter(None, [regex.match(text, a)]))
        for m in regex.finditer(text):
            stem = text[max(0, m.start() - 3):m.end()]
            assert bool(heads.fullmatch(stem)) == bool(regex.fullmatch(stem)) and heads.fullmatch(m.group())
    assert found > 300
    assert spans(heads.finditer("中央桥至哈萨尔桥段工程")) == spans(regex.finditer("中央桥至哈萨尔桥段工程"))
    # the route branch opens with a class: guarded by its 段, it is not searched in a text without one
    route = heads.branches[0]
    assert isinstance(route, Guarded) and route.needs == ("段",)
    assert route.search("中央桥至哈萨尔桥段") and route.search("中央桥至哈萨尔桥区") is None


def test_alternatives_guard_only_branches_the_engine_cannot_skip_to():
    """A branch opening with a literal, a class of listed characters or an alternation of literals
    is left plain (re skips to where it may start; a guard would only add its test); one opening
    with a repeat or a range is guarded by its literals."""
    alternatives = Alternatives(r"正式(?:开业|成立)", r"(?P<dept>[省市区县](?:[\u4e00-\u9fff]{2,6}?)(?:局|委))",
                                r"(?:开业(?:运营)?|挂牌|成立)", r"(?:(?:(?!的)[\u4e00-\u9fff]){2,4}至[\u4e00-\u9fff]{2,4}段)",
                                r"[\u4e00-\u9fff]{2}(?:局|委)", r"(?:新区|[省市]新区)")
    kinds = [type(b).__name__ for b in alternatives.branches]
    assert kinds == ["Pattern", "Pattern", "Pattern", "Guarded", "Guarded", "Guarded"]
    assert [b.needs for b in alternatives.branches[3:]] == [("段",), ("委", "局"), ("新区",)]
    text = "黔江区商务局正式开业,秀山至黔江段新区挂牌"
    assert spans(alternatives.finditer(text)) == spans(re.compile(alternatives.pattern).finditer(text))


def test_guard_refuses_a_literal_a_match_may_lack():
    for needs, pattern in (("等", "a|等"), ("x", "(?:x)?y"), ("至", "(?!至)a"), ("A", "(?i)a"), ("a", "(?i:a)b"),
                           ("", "a"), (("村", "屯"), "[甲乙](?:村|屯|嘎查)"), (("村", ""), "村")):
        with pytest.raises(ValueError):
            Guarded(needs, pattern)
    assert Guarded("等", r"((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4})等(?:小区|社区)").needs == ("等",)
    assert Guarded("区", r"(?:小|社)区").needs == ("区",)
    villages = Guarded(("村", "屯", "嘎查"), r"([甲乙]{2}(?:村|屯|嘎查))(?=、)|(?<=、)([甲乙]{2}(?:村|屯|嘎查))")
    assert villages.search("甲乙嘎查、乙乙屯") and not villages.search("甲乙镇、乙乙镇")


def test_guarded_pattern_finds_what_the_regex_finds(sentences):
    pattern = r"((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8})等(?:\d+个)?[\u4e00-\u9fff]{0,6}?(?:项目|工程|企业)"
    regex, guarded = re.compile(pattern), Guarded("等", pattern)
    assert sum(1 for t in sentences if regex.search(t)) > 20
    for text in sentences:
        assert spans(guarded.finditer(text)) == spans(regex.finditer(text))
        assert bool(guarded.search(text)) == bool(regex.search(text))


def test_guarded_pattern_with_a_tail_finds_what_the_regex_finds(sentences):
    """A list's items and a tail ("等" and the kind labelling the list) are one pattern, the two written
    one after the other; a text holding 等 but no tail is not searched, and what is found is the same."""
    items, tail = r"((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8})", r"等(?:\d+个)?[\u4e00-\u9fff]{0,6}?(?:项目|工程|企业)"
    regex, guarded = re.compile(items + tail), Guarded("等", items, tail=tail)
    assert guarded.needs == ("等",)
    with_etc = [t for t in sentences if "等" in t]
    assert sum(1 for t in with_etc if not re.search(tail, t)) > 50  # the tail spares these their search
    assert sum(1 for t in with_etc if regex.search(t)) > 20
    for text in with_etc:
        assert spans(guarded.finditer(text)) == spans(regex.finditer(text))
        assert bool(guarded.search(text)) == bool(regex.search(text))
        for a in range(0, len(text), 7):  # a window: the tail is looked for in the same one
            assert spans(filter(None, [guarded.search(text, a, a + 30)])) == spans(filter(None, [regex.search(text, a, a + 30)]))
    assert guarded.search("推进甲乙、丙丁等项目建设") and guarded.search("推进甲乙、丙丁等措施落实") is None
    # an alternation at the items' top level stays inside them: every match still ends in the tail,
    # so a text without the tail, which the guard spares its search, holds no match either
    either = Guarded("等", r"甲乙|丙丁", tail=r"等(?:项目|工程)")
    assert [m.group() for m in either.finditer("推进甲乙、丙丁等项目建设")] == ["丙丁等项目"]
    assert either.regex.search("推进甲乙等措施落实") is None
    with pytest.raises(ValueError):
        Guarded("等", re.compile(items), tail=tail)  # a tail goes with a pattern written as text
    with pytest.raises(ValueError):
        Guarded("等", r"[\u4e00-\u9fff]{2,8}", tail=r"(?:项目|工程)")  # the guard still holds for the whole


def test_words_by_edge_character_find_the_first_word_the_scan_finds(sentences):
    openers = lexicons.words("project_openers.txt")
    closers = tuple(sorted(lexicons.words("units.txt"), key=len, reverse=True))
    for text in sentences[:300]:
        for i in range(len(text)):
            assert next((w for w in words_opening(openers, text, i) if text.startswith(w, i)), None) == \
                   next((w for w in openers if text.startswith(w, i)), None)
            head = text[:i + 1]
            assert next((w for w in words_closing(closers, head) if head.endswith(w)), None) == \
                   next((w for w in closers if head.endswith(w)), None)


def test_alternatives_keep_named_groups(sentences):
    suffixes = alternation_pattern(lexicons.words("org_suffixes.txt"))
    branches = (r"(?P<dept>[省市区县州](?:[\u4e00-\u9fff]{2,6}?)(?:局|委|办))(?![\u4e00-\u9fff]?[局委])",
                rf"(?P<suffix>{suffixes})")
    orgs, regex = Alternatives(*branches), re.compile("|".join(branches))
    found = 0
    for text in sentences:
        ours, theirs = list(orgs.finditer(text)), list(regex.finditer(text))
        assert [(m.span(), m.group("dept"), m.group("suffix")) for m in ours] == \
               [(m.span(), m.group("dept"), m.group("suffix")) for m in theirs], text
        found += sum(1 for m in theirs if m.group("dept"))
    assert found > 10


# ---------------------------------------------------------------- a regex guarded by the literals of its own pattern

from kg.text.lookup import guarded  # noqa: E402


def test_guarded_finds_its_literals_in_the_pattern():
    assert guarded("(?:新区|新镇区|先导区)(?=建设)").needs == ("先导区", "新区", "新镇区")
    assert guarded(r"[、和]([两三四])个?[\u4e00-\u9fff]{0,2}?(?:镇|乡)").needs == ("、", "和")
    assert guarded(r"等(?:\d+个)?项目").needs == ("项目",)  # the fewest literals, then the longest
    assert guarded(r"(?:x|y)+z").needs == ("z",)
    # nothing every match consumes, a class too wide, letters of either case: the plain regex
    for pattern in (r"[\u4e00-\u9fff]{2,4}", r"a?b?", r"(?=至)[^a]", r"(?i)abc", r"\d+[万亿]?"):
        assert isinstance(guarded(pattern), re.Pattern), pattern
    many = "|".join(f"词{i:02d}" for i in range(40))
    assert guarded(f"(?:{many})").needs == ("词",)  # the one literal all branches share …
    assert isinstance(guarded(f"(?:{'|'.join(chr(0x4e00 + i) * 2 for i in range(40))})"), re.Pattern)  # … or none: plain


def test_the_patterns_the_rules_guard_find_what_the_plain_regex_finds(sentences):
    from kg.extract import genre, places

    patterns = {name: getattr(genre, name) for name in
                ("_CAPACITY_WORKS", "_WORKS_ON", "_LISTED_WORKS", "_ZONE_BUILT", "_SUPPORTED_ZONE", "_CALLED_WORKS", "_ONE_BUILT")}
    patterns |= {"numbered waters": places._numbered_water(), "dash lines": places._dash_line(),
                 "counted areas": places._counted_area_list()}
    found = 0
    for name, pattern in patterns.items():
        assert isinstance(pattern, Guarded), name
        regex = pattern.regex
        for text in sentences:
            expected = [m.groups() + (m.span(),) for m in regex.finditer(text)]
            assert [m.groups() + (m.span(),) for m in pattern.finditer(text)] == expected, (name, text)
            found += len(expected)
    assert found > 100


def test_clause_start_is_right_after_the_last_mark_before_the_position():
    from kg.text.lookup import clause_start

    text = "新建甲乙水厂，改造丙丁管网；建成戊己公园"
    assert clause_start(text, text.index("戊己"), "，；。") == text.index("建成")
    assert clause_start(text, text.index("戊己"), "，") == text.index("改造")  # only the marks asked for
    assert clause_start(text, text.index("甲乙"), "，；。") == 0  # no mark before it: the text's start
    assert clause_start(text, text.index("；"), "，；") == text.index("改造")  # a mark at the position is not before it
    assert clause_start(text, len(text), {"，", "；"}) == text.index("建成")  # any characters, a set too


def test_char_positions_are_where_a_loop_over_every_character_stops(sentences):
    from kg.text.lookup import char_positions

    found = 0
    for chars in ("—－–-", "河江溪港", lexicons.characters("place_island_heads.txt"), "]^\\"):
        for text in sentences:
            expected = [i for i, c in enumerate(text) if c in chars]
            assert char_positions(text, chars) == expected, (chars, text)
            found += len(expected)
    assert found > 100  # the samples hold rivers' and ports' heads
