"""The speed shortcuts of session 60 answer as the plain code they replace: quoted indicator names looked
for only where a quote can stand inside one, the towns of a prefecture's or province's area built
without the short forms only a county's report reads, and the remembered town short forms."""
from __future__ import annotations


from kg import lexicons
from kg.text import area


def test_town_short_forms_are_remembered_as_computed():
    for name in ("濯水镇", "冯家街道", "东城街道", "某乡", "巴彦托海苏木", "鄂温克族苏木", "", "大学"):
        lexicons.town_short.cache_clear()
        first = lexicons.town_short(name)
        assert lexicons.town_short(name) == first == lexicons.town_short.__wrapped__(name)


def _towns_of_plain(code: str, level: str) -> dict:
    """`towns_of` as it was before the shortcut: every town's short form computed and then judged
    by the level (the county's report alone reads them)."""
    from kg.text.names import NATURAL_SUFFIXES

    divisions = lexicons.divisions()
    counties = [code] if level == "county" else [c.code for c in divisions.values() if c.level == "county" and (
        c.parent == code or (level == "province" and c.code[:2] == code[:2]))]
    freq = area.tokenizer().tokenizer.FREQ
    out: dict = {}
    for county in counties:
        towns = lexicons.towns(county)
        offices = area._area_offices(towns)
        plain_shorts = {lexicons.town_short(t) for t in towns if not area.without_peoples(t)}
        for town in towns:
            if not town.endswith(lexicons.TOWN_SUFFIXES + ("地区",)):
                continue
            out.setdefault(town, (offices.get(town, town), county))
            if town.endswith("街道"):
                out.setdefault(town[:-1], (town, county))
            plain = area.without_peoples(town)
            if plain:
                out.setdefault(plain, (town, county))
            short = (plain[:-1] if plain[:-1] not in plain_shorts else "") if plain else lexicons.town_short(town)
            if level == "county" and short and (freq.get(short) or 0) < 1000 and short[-1] not in NATURAL_SUFFIXES \
                    and not area.names_zone_kind(short):
                out.setdefault(short, (area._county_named(short, county) or town, county))
    for town, county in [v for k, v in out.items() if k == v[0]]:
        if (freq.get(lexicons.town_short(town)) or 0) >= area.NAMED_PLACES.renamed_town_stem_max_freq:
            continue
        for form in area.town_level_forms(town):
            out.setdefault(form, (town, county))
    return out


def test_towns_of_an_area_are_those_of_the_plain_code():
    """Of a province, a prefecture and counties (one with ethnic townships, one with sumu): the same
    names, values and order as the code before the shortcut."""
    for code in ("420000", "150700", "150702", "500114", "110105"):
        level = lexicons.divisions()[code].level
        assert list(area.towns_of.__wrapped__(code, level).items()) == list(_towns_of_plain(code, level).items())


def test_quoted_names_are_found_as_without_the_shortcut():
    # _quoted_as_written skips compiling the name's patterns where no “ of the sentence stands before
    # one of the name's characters: it answers as the loop over the name's tails does without it
    from kg.extract.observations import _quoted_as_written, _written_with_quotes

    def plain(text, name, end):
        if len(name) < 2 or "”" not in text:
            return None
        for cut in range(0, max(1, len(name) - 2)):
            written = _written_with_quotes(text, name[cut:], end)
            if written:
                return name[:cut] + written
        return None

    texts = ["“三公”经费下降12%", "新增专精特新“小巨人”企业8家", "推进“十四五”规划项目，专精特新企业8家",
             "“某某指数”达到120", "实施“双碳”行动，单位GDP能耗下降3%", "“一网通办”事项占比95%，“", "“”空“”",
             "建设1000个农村“水盆子”项目", "新增…、重点“小巨人”企业9家", "“小巨人”企业、专精特新“小巨人”企业达到30家"]
    names = ["三公经费", "小巨人企业", "专精特新小巨人企业", "某某指数", "单位GDP能耗", "规划项目", "一网通办事项占比",
             "“三公”经费", "农村水盆子项目", "新增重点小巨人企业", "空空", "企业", "十四五规划项目", "经费"]
    for text in texts:
        for name in names:
            for end in range(len(text) + 1):
                assert _quoted_as_written(text, name, end) == plain(text, name, end), (text, name, end)
