"""kg.extract.place_lists: the one walk over a 、-list of places before the action done on them all,
shared by genre_place_works, genre_listed_waters, street_list_works and place_list_works."""
from kg.extract.place_lists import a_listed_name, actions, listed_spans, place_kinds


def _names(text, spans):
    return [text[a:b] for a, b in spans]


def test_the_list_opens_its_clause_past_the_verb_the_rule_knows():
    text = "建成城南过江隧道，完成中江大道、长江路、九华北路改造。"
    end = text.index("改造")

    def past_verb(a):
        return a + 2 if text.startswith("完成", a) else a
    assert _names(text, listed_spans(text, end, "，。", past_verb)) == ["中江大道", "长江路", "九华北路"]


def test_a_rule_may_split_the_items_at_joining_words_too():
    text = "实施南苕溪和东苕溪综合治理"
    end = text.index("综合")
    assert _names(text, listed_spans(text, end, "，。", lambda a: a + 2)) == ["南苕溪和东苕溪"]
    assert _names(text, listed_spans(text, end, "，。", lambda a: a + 2, "、和")) == ["南苕溪", "东苕溪"]


def test_a_listed_name_is_short_and_of_one_run():
    assert a_listed_name("永定新河") and not a_listed_name("河") and not a_listed_name("中江大道和长江路")
    assert a_listed_name("东湖的", "") and not a_listed_name("东湖的", "的")


def test_the_role_tables_keep_each_rule_s_words():
    assert "治理" in actions() and "治理" not in actions("street") and "景观提升" in actions("list")
    assert "村" in place_kinds() and "村" not in place_kinds("listed")
    # session 46: parks listed before their works are places of their own (role "listed", no longer "site")
    assert "公园" in place_kinds("listed") and "公园" not in place_kinds("site")
    assert "县" in place_kinds("division") and "县" not in place_kinds()
