"""Longest-match look-up of a fixed set of words in text, by a character trie.

A regex alternation of thousands of words (`re.compile("|".join(words))`) tries every word at
every position; worse, inside a lookahead (`(?=(a|b|…))`, "every start") the regex engine cannot
even skip the positions where no word begins. A trie answers "the longest word starting here"
with one dict look-up per character read, so a sentence costs about one look-up per character.

`WordTrie(words)` answers as the alternation with the longest words first would: `match(text,
pos)`, `search(text)`, `fullmatch(text)` and `finditer(text)` (leftmost, longest, non-overlapping)
give the same spans as the compiled regex; `every_start(text)` yields, at every position where
some word begins, the longest one (what `(?=(alternation))` finds, its group 1 being the word).
They give re-like match objects (`start()`, `end()`, `span()`, `group()`), so a rule switches from
the regex by changing the one line that builds it.
"""
from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

_END = ""  # the key that marks a node where a word ends (no character is the empty string)


@dataclass(frozen=True)
class WordMatch:
    """One word found in a text, with the parts of re.Match that the rules read."""

    string: str
    begin: int
    finish: int

    def start(self, group: int = 0) -> int:
        return self.begin

    def end(self, group: int = 0) -> int:
        return self.finish

    def span(self, group: int = 0) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self, group: int = 0) -> str:
        """The word; for every group (the lookahead form's group 1 is the word too)."""
        return self.string[self.begin:self.finish]


class WordTrie:
    """A fixed set of words as nested dicts, one level per character."""

    def __init__(self, words: Iterable[str]):
        self.root: dict = {}
        # text → the (start, end) of the longest word at every start: several rules look up the
        # same sentence (finditer in one, every_start in another); the last few texts are kept
        self._starts: dict[str, tuple[tuple[int, int], ...]] = {}
        for word in words:
            if not word:
                continue
            node = self.root
            for char in word:  # (not setdefault: it would make an empty dict for every character seen before)
                child = node.get(char)
                if child is None:
                    child = node[char] = {}
                node = child
            node[_END] = True
        self._openings = _opening_pattern(self.root)


    def longest_at(self, text: str, start: int) -> int:
        """The end of the longest word that begins at `start`, or -1 when none does."""
        node = self.root.get(text[start]) if start < len(text) else None
        best, i, n = -1, start, len(text)
        while node is not None:
            i += 1
            if _END in node:
                best = i
            node = node.get(text[i]) if i < n else None
        return best

    def match(self, text: str, pos: int = 0) -> WordMatch | None:
        """The longest word beginning at `pos`, as `pattern.match(text, pos)`."""
        end = self.longest_at(text, pos)
        return WordMatch(text, pos, end) if end > 0 else None

    def search(self, text: str) -> WordMatch | None:
        """The longest word at the leftmost position where one begins, as `pattern.search`."""
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> WordMatch | None:
        """The whole text when it is one of the words, as `pattern.fullmatch`."""
        return WordMatch(text, 0, len(text)) if self.contains(text) else None

    def contains(self, word: str) -> bool:
        """Is `word` one of the words?"""
        node = self.root
        for char in word:
            node = node.get(char)
            if node is None:
                return False
        return bool(word) and _END in node

    def finditer(self, text: str) -> Iterator[WordMatch]:
        """Leftmost-longest, non-overlapping words: the regex alternation's matches."""
        pos = 0
        for start, end in self.starts(text):
            if start >= pos:
                yield WordMatch(text, start, end)
                pos = end

    def every_start(self, text: str) -> Iterator[WordMatch]:
        """At every position where a word begins, the longest word there (overlaps included)."""
        for start, end in self.starts(text):
            yield WordMatch(text, start, end)

    def starts(self, text: str) -> tuple[tuple[int, int], ...]:
        """(start, end) of the longest word at every position where a word begins, in order."""
        found = self._starts.get(text)
        if found is None:
            if len(self._starts) >= 8:
                self._starts.clear()
            found = self._starts[text] = tuple(self._scan(text))
        return found

    def _scan(self, text: str) -> Iterator[tuple[int, int]]:
        root, n = self.root, len(text)
        for m in self._openings.finditer(text):  # the regex engine skips where no word can begin
            i = m.start()
            node = root[text[i]]
            best, j = -1, i
            while node is not None:  # longest_at, inline: this runs wherever a word may begin
                j += 1
                if _END in node:
                    best = j
                node = node.get(text[j]) if j < n else None
            if best > 0:
                yield i, best


def _opening_pattern(root: dict) -> re.Pattern[str]:
    """Where a word of the trie `root` may begin: a first character of a word, followed (unless some
    word is that one character) by a second character of some word. `re` skips the other
    positions in C (~80% of a report's characters for the place names), and `_scan` walks the trie
    only where it stops."""
    firsts = "".join(sorted(c for c in root if c != _END))
    if not firsts:
        return re.compile("(?!)")
    opening = "[" + re.escape(firsts) + "]"
    if any(_END in node for node in root.values()):
        return re.compile(opening)
    seconds = "".join(sorted({c for node in root.values() for c in node if c != _END}))
    return re.compile(opening + "(?=[" + re.escape(seconds) + "])")


# ---------------------------------------------------------------- a word list by its edge characters

# (id of a word tuple, by last character?) → (the tuple, its index): the rules ask, at every
# position, which words of a lexicon open or close the text there ("next(w for w in words if
# text.startswith(w))"). The entry holds the tuple itself, so its id cannot be reused while the
# entry lives; it is an explicit cache of the lexicons' indexes, emptied if it ever grows large.
_EDGE_INDEXES: dict[tuple[int, bool], tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}
_EDGE_INDEXES_MAX = 256


def _edge_index(words: tuple[str, ...], last: bool) -> dict[str, tuple[str, ...]]:
    key = (id(words), last)
    hit = _EDGE_INDEXES.get(key)
    if hit is None or hit[0] is not words:
        if len(_EDGE_INDEXES) >= _EDGE_INDEXES_MAX:
            _EDGE_INDEXES.clear()
        index: dict[str, list[str]] = {}
        for w in words:
            index.setdefault(w[-1] if last else w[0], []).append(w)
        hit = _EDGE_INDEXES[key] = (words, {c: tuple(ws) for c, ws in index.items()})
    return hit[1]


def words_opening(words: tuple[str, ...], text: str, pos: int = 0) -> tuple[str, ...]:
    """The words of `words`, in their order, whose first character is text[pos]: the only ones
    `text.startswith(w, pos)` can hold for, so a scan for the first that opens the text there
    gives the same word over a handful of candidates. `words` is a tuple of non-empty words."""
    return _edge_index(words, False).get(text[pos:pos + 1], ())


def words_closing(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The words of `words`, in their order, whose last character ends `text`: the only ones
    `text.endswith(w)` can hold for."""
    return _edge_index(words, True).get(text[-1:], ())


@functools.lru_cache(maxsize=64)
def _one_of(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def char_positions(text: str, chars: str) -> list[int]:
    """The offsets of `text` where one of `chars` stands, in order: the positions a loop over every
    character testing `c in chars` stops at, found by the regex engine instead of a Python step a
    character (the rules scan every sentence they run on for a few heads or marks)."""
    return [m.start() for m in _one_of(chars).finditer(text)]


def occurrences(text: str, word: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where `word` starts in text[lo:hi], each place in order (overlapping ones too)."""
    hi = len(text) if hi is None else hi
    at = text.find(word, lo, hi)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, hi)


def clause_start(text: str, at: int, marks: Iterable[str]) -> int:
    """Where the words before `at` open: right after the last of `marks` (characters) before it, or
    at 0 when none stands before it (the start of the clause, or list item, that `at` is in)."""
    return max(text.rfind(c, 0, at) for c in marks) + 1


# ---------------------------------------------------------------- literal alternations as regex tries

def prefix_ordered(words: Iterable[str]) -> bool:
    """Does every word come before the words that are prefixes of it ("工程项目" before "工程")?
    Then the alternation's first matching word is always the longest one, as a trie's is."""
    return _ordered_trie(words) is not None


def _ordered_trie(words: Iterable[str]) -> dict | None:
    """The words as a trie, or None when a word comes after one of its prefixes (or itself)."""
    trie: dict = {}
    for w in words:
        node = trie
        for char in w:
            if _END in node:
                return None  # a prefix of w came first
            node = node.setdefault(char, {})
        if _END in node:
            return None  # w came twice
        node[_END] = True
    return trie


def alternation_pattern(words: Iterable[str]) -> str:
    """The regex alternation of `words` (non-empty, regex-escaped here), in that order, factored
    into a trie ("工(?:程(?:项目)?|业园)") when that matches the same: when the words are
    `prefix_ordered`, the plain alternation's first match at a position is the longest word, and
    so is the trie's, and on backtracking both try the shorter words in the same order. The
    regex engine then compares one character per branch instead of trying every word at every
    position, and, every branch opening with a literal, skips the positions no word can start
    at. Otherwise the plain alternation, as given."""
    words = list(words)
    trie = _ordered_trie(words)
    return "|".join(map(re.escape, words)) if trie is None else _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """The alternation of the words below `node`, the longer continuations first."""
    branches = [re.escape(char) + _continuation(child) for char, child in node.items() if char != _END]
    return "|".join(branches)


def _continuation(node: dict) -> str:
    rest = _trie_pattern(node)
    if not rest:
        return ""
    single = len([c for c in node if c != _END]) == 1
    if _END in node:  # a word ends here: the longer ones first, then this one
        return f"(?:{rest})?"
    return rest if single and "|" not in rest else f"(?:{rest})"


# ---------------------------------------------------------------- an alternation run branch by branch

class Alternatives:
    """The regex `a|b|…` as its branches compiled apart, giving the same matches: for `search`
    and `finditer` the leftmost match of any branch, at one position the earliest branch (as the
    alternation tries them in order), for `match` and `fullmatch` the first branch that matches.

    Why: a branch that opens with a character class ("(?:[…]){2,4}至…段") keeps the engine from
    skipping the positions where the other branches (a trie of words, each opening with a
    literal) cannot start, so the alternation tries every branch at every position; apart, each
    branch scans at its own speed, and one whose literals a text lacks is not searched at all.
    Branches must not match the empty string; the match objects
    are those of the branch that matched, with every branch's named groups (those of the other
    branches unmatched, None) but only its own numbered ones."""

    def __init__(self, *branches: str):
        compiled = [re.compile(b) for b in branches]
        names = [n for c in compiled for n in c.groupindex]
        # a branch that opens with a repeat or a wide class ("[…]{2,4}至…段") is guarded by the
        # literals it holds (`guarded`), and so not tried at every position of a text lacking them;
        # one that opens with a literal or a few listed characters is left as it is: the regex
        # engine already skips the positions it cannot start at, and a guard would only add its test
        self.branches = tuple(c if _opens_with_listed_characters(_parse(c)) else guarded(c)
                              for c in (_with_groups(c, names) for c in compiled))
        self.pattern = "|".join(branches)  # the alternation as one pattern (for building others)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next((m for b in self.branches if (m := b.match(text, pos, endpos))), None)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next((m for b in self.branches if (m := b.fullmatch(text, pos, endpos))), None)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        found = [b.search(text, pos, endpos) for b in self.branches]
        while True:
            first = None  # the leftmost; of equal starts the first, the earlier branch (a plain loop: no key calls)
            for m in found:
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return
            yield first
            pos = first.end()
            found = [m if m is None or m.start() >= pos else b.search(text, pos, endpos)
                     for b, m in zip(self.branches, found)]


def _opens_with_listed_characters(items) -> bool:
    """Does every match of the parsed sequence `items` begin with a literal or a character of a
    class that lists them one by one ("正式…", "[省市区县州]…", "(?:开业|挂牌…)")? Then `re` finds
    where a match may begin by a scan for those characters, in C, as its compiler does (through
    groups; an alternation whose every branch opens with a literal)."""
    c = _sre_constants()
    while items and items[0][0] is c.SUBPATTERN and not items[0][1][1] & c.SRE_FLAG_IGNORECASE:
        items = items[0][1][-1]
    if not items:
        return False
    op, av = items[0]
    if op is c.BRANCH:
        return all(branch and branch[0][0] is c.LITERAL for branch in av[1])
    return op is c.LITERAL or (op is c.IN and "" not in _class_chars(av, c))


def _with_groups(regex: re.Pattern, names: list[str]) -> re.Pattern:
    """`regex` with the named groups of `names` it lacks, as groups that never take part (so
    that m.group(name) answers None, as in the alternation, where another branch holds them)."""
    missing = [n for n in names if n not in regex.groupindex]
    if not missing:
        return regex
    return re.compile(regex.pattern + "".join(f"(?:(?!)(?P<{n}>))?" for n in missing), regex.flags)


# ---------------------------------------------------------------- a regex skipped where it cannot match

class Guarded:
    """A compiled regex with a literal every match of it holds ("等" in "A、B、C等项目"), or one of
    a few ("村", "屯", "嘎查"): a text without it is not searched at all. Most sentences lack a list's
    等 or a route's 至, and a pattern opening with a repeated character class is otherwise tried at
    every position. The literals are checked against the pattern when it is built: every match
    must consume one of them whatever branch it takes (else ValueError), so the guard changes no
    match.

    A pattern given as a list's items and a `tail` ("等" and the kind that labels the list: "等(?:小区|社区)")
    is the two written one after the other, and a text where the tail alone is found nowhere is not
    searched either: every match ends in a match of the tail (the same expression at the same offset), and
    a sentence holding the literal but not the tail ("等" of another list) is spared the items' repeated
    character class tried at every position (~20× the cost of the tail's search, which opens with the literal)."""

    def __init__(self, needs: str | tuple[str, ...], pattern: str | re.Pattern, flags: int = 0, *, tail: str | None = None):
        if tail is not None and isinstance(pattern, re.Pattern):
            raise ValueError("a tail goes with a pattern given as text")
        # each part in a group of its own: an alternation at either's top level stays inside it, so every
        # match still ends in a match of the tail (the guard below stays exact)
        self.regex = pattern if isinstance(pattern, re.Pattern) else re.compile(
            pattern if tail is None else f"(?:{pattern})(?:{tail})", flags)
        self.needs = (needs,) if isinstance(needs, str) else tuple(needs)
        if not self.needs or not all(self.needs) or self.regex.flags & re.IGNORECASE \
                or not _needs_one_of(_parse(self.regex), self.needs):
            raise ValueError(f"{needs!r}: not what every match of {self.regex.pattern!r} holds")
        self.pattern = self.regex.pattern
        self._one = self.needs[0] if len(self.needs) == 1 else None  # most guards: one literal, one `in`
        self._tail = re.compile(tail, flags).search if tail is not None else None

    def _may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        if self._one is not None:
            if self._one not in text:
                return False
        else:
            for n in self.needs:  # a plain loop: a generator costs more than the test (called ~13 times a sentence)
                if n in text:
                    break
            else:
                return False
        return self._tail is None or self._tail(text, pos, endpos) is not None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self.regex.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.fullmatch(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.regex.findall(text, pos, endpos) if self._may_match(text, pos, endpos) else []


def guarded(pattern: str | re.Pattern, flags: int = 0) -> Guarded | re.Pattern:
    """The regex, guarded by literals it finds for itself in the pattern (one of which every match
    consumes: a run of literals, a class of a few characters, the union over an alternation's
    branches), when there are at most `GUARD_MAX_LITERALS` of them; else the plain regex (a long
    list of literals would cost more than the search it saves)."""
    regex = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    needs = required_literals(regex)
    if not needs or len(needs) > GUARD_MAX_LITERALS:
        return regex
    return Guarded(needs, regex)


GUARD_MAX_LITERALS = 12


def required_literals(regex: re.Pattern) -> tuple[str, ...]:
    """The literals one of which every match of `regex` consumes (the fewest found, in order), or ()
    when none is found: what `guarded` guards a regex with, and what a component whose every find
    is a match of `regex` may declare as its `needs`."""
    if regex.flags & re.IGNORECASE:
        return ()
    needs = _required_literals(_parse(regex))
    return tuple(sorted(needs)) if needs else ()


def _required_literals(items) -> frozenset[str] | None:
    """Literals one of which every match of the parsed sequence `items` consumes, the fewest found
    (then the longest), or None; what `_needs_one_of` then checks."""
    c = _sre_constants()
    candidates, run = [], ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        if op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:
            candidates.append(_required_literals(av[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            candidates.append(_required_literals(av[2]))
        elif op is c.BRANCH:
            branches = [_required_literals(branch) for branch in av[1]]
            if all(branches):
                candidates.append(frozenset().union(*branches))
        elif op is c.IN and "" not in (chars := _class_chars(av, c)):
            candidates.append(frozenset(chars))
    if run:
        candidates.append(frozenset([run]))
    found = [x for x in candidates if x]
    return min(found, key=lambda x: (len(x), -min(map(len, x)), sorted(x))) if found else None


def _sre_constants():
    """The stdlib's opcodes of parsed patterns (LITERAL, IN, BRANCH…), which `_parse` gives."""
    try:
        from re import _constants  # Python 3.11 on
    except ImportError:  # Python 3.10
        import sre_constants as _constants
    return _constants


def _parse(regex: re.Pattern):
    try:
        from re import _parser  # the stdlib's own parser of patterns (Python 3.11 on)
    except ImportError:  # Python 3.10
        import sre_parse as _parser

    return _parser.parse(regex.pattern, regex.flags)


def _class_chars(items, c) -> set[str]:
    """The characters a parsed class `[…]` matches, when it lists them one by one (a range, a
    negation or a category such as \\d gives a set no literal can stand for: a marker)."""
    if any(op is not c.LITERAL for op, _ in items):
        return {""}
    return {chr(av) for _, av in items}


def _needs_one_of(items, options: tuple[str, ...]) -> bool:
    """Does every match of the parsed sequence `items` consume one of `options`? It does when a
    run of literals in sequence holds one, or a group or a repeat of at least once does, or every
    branch of an alternation does (lookarounds and optional parts are not counted)."""
    c = _sre_constants()
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if any(o in run for o in options):
            return True
        run = ""
        if op is c.IN and _class_chars(av, c) <= set(options):
            return True  # a class of characters each of which is one of the literals ("[两三四]")
        if op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE and _needs_one_of(av[-1], options):
            return True  # a group, unless it matches letters of either case: (?i:…)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _needs_one_of(av[2], options):
            return True
        if op is c.BRANCH and all(_needs_one_of(branch, options) for branch in av[1]):
            return True
    return any(o in run for o in options)
