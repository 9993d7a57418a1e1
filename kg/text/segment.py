"""One private jieba tokenizer per process, with our lexicons already in its dictionary.

jieba's global tokenizer writes its cache to /tmp/jieba.cache and is shared state; we build our own
`jieba.Tokenizer` instead. Building it the ordinary way costs seconds (jieba's prefix dictionary,
~7,000 `add_word` calls that each compute a frequency, and the POS tag table read from jieba's
dict.txt), so it is built once per machine and cached: the prefix dictionary with our words in it
(jieba's FREQ and total) and the tag table, marshalled into one file in the per-user cache dir,
keyed by a digest of jieba's dictionary and our lexicon words. A process loads that file and is
ready to cut.

The file holds the ~500,000 words as one sorted text, and a process reads them as two
`SortedTable`s (the frequencies and the tags) over one sorted list, looked up by bisection: making
two hash tables of them (FREQ and the tag table as dicts) was ~0.4-0.7 CPU-s of every start, a
third of a one-report `kg build` beyond the floor, while a report looks up ~15,000 fragments
and ~2,500 distinct words (~1 µs each), and the cutter remembers what it looked up.
"""
from __future__ import annotations

import functools
import hashlib
import io
import logging
import marshal
import math
import os
import re
import sys
import tempfile
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg import lexicons
from kg.files import cache_dir  # the cache's folder; imported from here by its other users too

CACHE_FORMAT = 4  # bump when the layout of the cached tuple changes


@dataclass(unsafe_hash=True, slots=True)
class Token:
    """A word of a sentence, its tag and offsets. Hashed and compared as a frozen dataclass would
    be, but not frozen: a frozen one's __init__ costs ~4x, and tokens are made by the tens of
    thousands (72k in the samples and Hailar); nothing changes a token once made. Slots: ~25%
    less to make one (~6 ms a pass over the samples and Hailar) and less memory."""

    word: str
    pos: str
    start: int  # offsets in the sentence
    end: int


def _user_words() -> list[tuple[str, str]]:
    """Lexicon entries jieba should keep whole, with the tag our rules read."""
    out = []
    for d in lexicons.divisions().values():
        out.append((d.name, "ns"))
        if d.short:
            out.append((d.short, "ns"))
    for name in lexicons.REGION_FILES:
        out.extend((w, "ns") for w in lexicons.words(name))
    out.extend((w, "nt") for w in lexicons.org_bodies())
    out.extend((w, "nhead") for w in lexicons.words("org_suffixes.txt") if len(w) > 1)
    # (not the heads of corridors and belts, "region", nor those marked "unsegmented": their field words,
    # 科创 of 科创带 and 科创城, would enter the dictionary as words of no frequency, which
    # kg.text.names.is_proper reads as rare names: "科创社区", "科创岛" as places)
    out.extend((w, "phead") for w in lexicons.words("project_heads.txt")
               if len(w) > 1 and lexicons.mapping("project_heads.txt").get(w) not in ("region", "unsegmented"))
    for forms in lexicons.synonyms("indicators.txt"):
        out.append((forms, "nind"))
    out.extend((w, "v") for w in lexicons.words("triggers.txt") if len(w) > 1)
    return out


def import_jieba():
    """jieba, imported without pkg_resources. jieba's `_compat` imports pkg_resources only to open
    its own data files and opens them with open() when it is missing; importing it costs ~0.1 s
    of CPU, a sixth of the floor `kg bench` measures against. Hidden only during that import (an
    import of a module set to None fails), so a later `import pkg_resources` works as usual."""
    if "jieba" not in sys.modules:
        hide = "pkg_resources" not in sys.modules
        if hide:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba  # noqa: F401
        finally:
            if hide:
                del sys.modules["pkg_resources"]
    return sys.modules["jieba"]


def _jieba_dict_path() -> Path:
    jieba = import_jieba()
    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def _digest(words: list[tuple[str, str]]) -> str:
    h = hashlib.sha1(f"format {CACHE_FORMAT}\n".encode())
    # jieba's dictionary by its file's identity, not its 5 MB of content (hashing it cost ~10 ms
    # at every start): a reinstalled or edited dictionary is another file or has another mtime
    dictionary = _jieba_dict_path()
    stat = dictionary.stat()
    h.update(f"{dictionary}\t{stat.st_size}\t{stat.st_mtime_ns}\n".encode())
    h.update("\n".join(f"{w}\t{t}" for w, t in words).encode("utf-8"))
    return h.hexdigest()[:20]


def _build_dictionary(words: list[tuple[str, str]]) -> tuple[dict, int, dict, list]:
    """jieba's prefix dictionary with `words` added, and the POS tag table: the slow way, once.

    A word added without a frequency gets one computed from the dictionary as it stands (jieba's
    suggest_freq); the frequencies of a first pass are then added to a fresh dictionary, which is
    the state the tokens have always been cut with."""
    jieba = import_jieba()

    base = jieba.Tokenizer()
    base.tmp_dir = str(cache_dir())
    base.cache_file = "jieba.cache"
    base.initialize()
    first = jieba.Tokenizer()
    first.FREQ, first.total, first.initialized = dict(base.FREQ), base.total, True
    for word, tag in words:
        first.add_word(word, tag=tag)
    suggested = {w: first.FREQ[w] for w, _ in words}
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
    tags: dict[str, str] = {}
    with open(_jieba_dict_path(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    force_split = []
    for word, tag in words:
        tk.add_word(word, freq=suggested[word], tag=tag)
        tags[word] = tag
        if suggested[word] == 0:
            force_split.append(word)
    return tk.FREQ, tk.total, tags, force_split


class SortedTable(Mapping):
    """A read-only mapping over a sorted list of words and a value for each, found by bisection
    among the words that open with the same character (`ranges`: their first and past-last
    places, by that character): loaded at every start in a fraction of the time a dict of the
    same words takes to build (no hash table of ~500,000 entries), at ~1 µs a look-up instead of
    ~0.1 µs. `names`, when given, turns each value (a small int) into the stored one; a value
    that is (or names) None is no entry, so two tables over one word list can hold different words."""

    __slots__ = ("_words", "_ranges", "_values", "_names")

    def __init__(self, words: list[str], ranges: dict[str, tuple[int, int]], values, names: tuple | None = None):
        self._words, self._ranges, self._values, self._names = words, ranges, values, names

    def get(self, word, default=None):
        try:
            found = self._ranges.get(word[:1])
        except TypeError:  # no string: no word (as a dict's get answers)
            return default
        if found is None:
            return default
        lo, hi = found
        words = self._words
        i = bisect_left(words, word, lo, hi)
        if i == hi or words[i] != word:
            return default
        value = self._values[i] if self._names is None else self._names[self._values[i]]
        return default if value is None else value

    def __getitem__(self, word):
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word) -> bool:
        return self.get(word) is not None

    def __iter__(self):
        return (w for w, _ in self._pairs())

    def __len__(self) -> int:
        return sum(1 for _ in self._pairs())

    def items(self):
        return list(self._pairs())

    def _pairs(self):
        names = self._names
        for word, value in zip(self._words, self._values):
            value = value if names is None else names[value]
            if value is not None:
                yield word, value


def _packed(freq: dict, total: int, tags: dict, force_split: list) -> tuple:
    """The dictionary as the cache file holds it: every word of FREQ and of the tag table as one
    sorted text, where each first character's words start in it, their frequencies (None where
    only a tag is known) and their tags' numbers in `names` (0, None: no tag) in the same order."""
    words = sorted(set(freq) | set(tags))
    if any("\n" in w for w in words):
        raise ValueError("a dictionary word holds a line break")
    starts = {}
    for i, word in enumerate(words):
        starts.setdefault(word[:1], i)
    names = (None,) + tuple(sorted(set(tags.values())))
    number = {name: i for i, name in enumerate(names)}
    codes = [number[tags.get(w)] for w in words]
    return ("\n".join(words), list(starts), list(starts.values()), [freq.get(w) for w in words],
            bytes(codes) if len(names) <= 256 else codes, names, total, force_split)


def _unpacked(data: tuple) -> tuple[SortedTable, int, SortedTable, list]:
    """FREQ, total, the tag table and the words to force apart, from the cache file's tuple."""
    text, firsts, starts, freqs, codes, names, total, force_split = data
    words = text.split("\n")
    if not len(words) == len(freqs) == len(codes) or len(firsts) != len(starts):
        raise ValueError("a dictionary whose columns differ in length")
    ranges = dict(zip(firsts, zip(starts, starts[1:] + [len(words)])))
    return SortedTable(words, ranges, freqs), total, SortedTable(words, ranges, codes, names), force_split


def _load_dictionary(words: list[tuple[str, str]]) -> tuple[SortedTable, int, SortedTable, list]:
    path = cache_dir() / f"dictionary-{_digest(words)}.marshal"
    try:
        with open(path, "rb") as f:
            raw = f.read()  # marshal.load(f) would read the file in thousands of small pieces: 2x slower
        return _unpacked(marshal.loads(raw))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = _packed(*_build_dictionary(words))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)  # atomic: a concurrent process reads the old file or the new, never half
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    prune_dictionaries(path.parent)
    return _unpacked(data)


# Dictionaries kept in the cache: every change of the lexicons writes a new one (~12 MB); the newest
# few serve the installs a machine is likely to have side by side, the rest are removed.
KEPT_DICTIONARIES = 3


def prune_dictionaries(directory: Path, keep: int = KEPT_DICTIONARIES, pattern: str = "dictionary-*.marshal") -> list[Path]:
    """Remove all but the `keep` most recently written dictionaries (or other files of `pattern`)
    from the cache; return them."""
    found = []
    for p in directory.glob(pattern):
        try:
            found.append((p.stat().st_mtime, p.name, p))
        except OSError:
            continue  # removed meanwhile by another process
    removed = []
    for _, _, p in sorted(found, reverse=True)[keep:]:
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            pass
    return removed


class _DeferredTagTable(dict):
    """jieba.posseg's own global tag table, read from jieba's dictionary on first use only."""

    def _fill(self):
        if not getattr(self, "_filled", False):
            self._filled = True
            import jieba

            import jieba.posseg

            tab = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
            tab.load_word_tag(jieba.dt.get_dict_file())
            super().update(tab.word_tag_tab)

    def get(self, *args):
        self._fill()
        return super().get(*args)

    def __getitem__(self, key):
        self._fill()
        return super().__getitem__(key)

    def __contains__(self, key):
        self._fill()
        return super().__contains__(key)

    def update(self, *args, **kwargs):
        self._fill()
        super().update(*args, **kwargs)


def _posseg():
    """jieba.posseg, imported without the tag table its global tokenizer reads on import (~0.4 s):
    we bring our own; the global one is filled on its first use, so `jieba.posseg.cut` still works."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    jieba = import_jieba()

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.get_dict_file = lambda: io.BytesIO()
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = _DeferredTagTable()
    return jieba.posseg


MIN_FLOAT = -3.14e100  # jieba's score for a character a state never emits
MIN_INF = float("-inf")


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict,
            sources: dict | None = None) -> tuple[float, list]:
    """jieba.posseg.viterbi, computed the same way with less work: the emission score is looked up
    once per state rather than once per pair of states, and only the pairs with a transition are
    visited (`sources`: each state's predecessors, `transition_sources(trans_p)`), where jieba sums
    -inf for the others. Every sum is the same floating-point sum as jieba's and ties go the same
    way (to the greater state), so the path is identical — it runs about twice as fast, and this
    HMM is most of jieba's time on text with unknown words."""
    all_states = trans_p.keys()
    sources = transition_sources(trans_p) if sources is None else sources
    into, live = _transitions_into(trans_p)
    v = {}
    path: list[dict] = [{}]
    first = obs[0]
    for y in states.get(first, all_states):
        v[y] = start_p[y] + emit_p[y].get(first, MIN_FLOAT)
        path[0][y] = ""
    for t in range(1, len(obs)):
        char = obs[t]
        prev_set = live.intersection(path[t - 1])  # the states before that lead anywhere
        now: dict = {}
        back: dict = {}
        # the states the character may be in that some state before leads to (jieba's obs_states:
        # its states & the union of the successors of the states before), each with the states
        # before that lead to it: one intersection a state instead of the union of every successor
        # of every state before (~50 states of ~100 successors each); where there are none, jieba
        # takes every successor of the states before (or every state)
        ys = states.get(char, all_states)
        for _ in range(2):
            for y in ys:
                before = prev_set.intersection(sources.get(y, ()))  # the pairs with a transition
                if not before:
                    continue
                em = emit_p[y].get(char, MIN_FLOAT)
                best, best_state = MIN_INF, None
                way_in = into[y]  # trans_p[y0][y] for each y0 leading to y, looked up once
                for y0 in before:
                    p = v[y0] + way_in[y0] + em
                    if p > best or (p == best and best_state is not None and y0 > best_state):
                        best, best_state = p, y0
                if best == MIN_INF:  # every pair scores -inf: jieba's max() then takes the greatest state
                    best_state = max(prev_set)
                now[y] = best
                back[y] = best_state
            if now:
                break
            expect_next: set = set()
            for x in prev_set:
                expect_next.update(trans_p[x])
            ys = expect_next or all_states
        v = now
        path.append(back)
    prob, state = max((v[y], y) for y in path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = path[i][state]
    return prob, route


# id of a transition table → (the table, each state's ways in with their scores, the states that
# lead anywhere): `viterbi` reads trans_p[y0][y] for every pair it visits, two look-ups where one
# does; the entry holds the table, so its id cannot be reused while the entry lives
_INTO: dict[int, tuple[dict, dict, frozenset]] = {}


def _transitions_into(trans_p: dict) -> tuple[dict, frozenset]:
    """Each state of `trans_p` with {state before: its transition's score}, and the states with
    any transition out (`viterbi`'s states before worth visiting); made once per table."""
    hit = _INTO.get(id(trans_p))
    if hit is None or hit[0] is not trans_p:
        if len(_INTO) >= 16:
            _INTO.clear()
        into: dict = {}
        for y0, following in trans_p.items():
            for y, score in following.items():
                into.setdefault(y, {})[y0] = score
        hit = _INTO[id(trans_p)] = (trans_p, into, frozenset(x for x, following in trans_p.items() if following))
    return hit[1], hit[2]


@functools.lru_cache(maxsize=1 << 16)
def _tag_unknown(span: str) -> tuple:
    """The POS HMM's path through a run of characters jieba's dictionary does not join (a name,
    a rare word). The same runs come back again and again — in a report, and in the stems the
    rules cut again — and the path depends on the characters only, so it is computed once each."""
    from jieba import posseg

    prob, route = viterbi(span, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P,
                          _pos_transition_sources())
    return tuple(route)


def transition_sources(trans_p: dict) -> dict:
    """Each state of an HMM's transition table with the states that lead to it."""
    sources: dict = {}
    for y0, following in trans_p.items():
        for y in following:
            sources.setdefault(y, set()).add(y0)
    return {y: frozenset(s) for y, s in sources.items()}


@functools.cache
def _pos_transition_sources() -> dict:
    """`transition_sources` of jieba.posseg's table, made once a process."""
    from jieba import posseg

    return transition_sources(posseg.trans_P)


_PREFIX = 1.0  # in `best_route`'s memo: a prefix of a word, no word itself (a log-probability is never > 0)
# in `best_route`'s memo: neither a word nor a prefix of one, where the walk of the words starting at a
# position stops (remembered too: it cost two look-ups, the memo's and the dictionary's, at every position)
_ABSENT = 2.0
# the memo's size past which `Cutter` empties it (~60k entries for the samples and Hailar): what it
# holds is only ever recomputed, the same, so a long run's memory stays bounded
_MEMO_MAX = 250_000
_BLOCKS_MAX = 30_000  # the blocks `Cutter` remembers before it forgets them all (~13k in the samples and Hailar, ~0.8 KB each: ~25 MB at most)


def best_route(sentence: str, freq: dict, total: int, memo: dict | None = None) -> list[int]:
    """Where the most probable word starting at each position ends: jieba's get_DAG and calc in
    one pass with local names (the same sums in the same order, ties to the longer word as
    jieba's max() over (score, end) breaks them), so the same words at less cost. `memo` keeps
    each dictionary word's log-probability (log(freq) - log(total), the very float jieba adds)
    across calls, so a word met again costs one look-up instead of two and a logarithm, and each
    fragment that is no word nor a word's prefix (`_ABSENT`), where the walk stops, one instead of two."""
    n = len(sentence)
    logtotal = math.log(total)
    log = math.log
    memo = {} if memo is None else memo
    known, listed = memo.get, freq.get  # bound once: the loop below runs ~4 times a character
    # a SortedTable of frequencies is read here without its `get` (a first pass looks up ~90,000
    # fragments, each a call): the words opening with sentence[idx] found once a position, and each
    # longer fragment bisected from where the shorter one stood (it sorts after it)
    table = freq if type(freq) is SortedTable and freq._names is None else None
    ranges, words, values = ({}, [], []) if table is None else (freq._ranges, freq._words, freq._values)
    alone = log(1) - logtotal  # a character no word starts with (jieba's frequency 1)
    score = [0.0] * (n + 1)
    score[n] = 0
    end = [0] * n
    absent, prefix, nowhere = _ABSENT, _PREFIX, (0, 0)  # (locals: the loop below tests them at every fragment)
    for idx in range(n - 1, -1, -1):
        best, best_end, lo = None, -1, -1
        i = idx  # the words of the dictionary that start here: sentence[idx:i], i growing
        while i < n:  # (a while loop, not a range object made at every position)
            i += 1
            frag = sentence[idx:i]
            p = known(frag)
            if p is None:
                if table is None:
                    f = listed(frag)
                else:  # SortedTable.get, inline
                    if lo < 0:
                        lo, hi = ranges.get(sentence[idx], nowhere)
                    lo = bisect_left(words, frag, lo, hi)
                    f = values[lo] if lo < hi and words[lo] == frag else None
                p = memo[frag] = absent if f is None else log(f) - logtotal if f else prefix
            if p is absent:
                break
            if p is not prefix:
                s = p + score[i]
                if best is None or s >= best:  # a tie goes to the longer word (i only grows)
                    best, best_end = s, i - 1
        if best is None:  # no word starts here: the character alone
            best, best_end = alone + score[idx + 1], idx
        score[idx] = best
        end[idx] = best_end
    return end


# jieba.posseg's block patterns (the same expressions): runs of Han characters, letters, digits and
# "+#&._" are cut by the dictionary; whitespace and other marks stand alone
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_NUM = re.compile("[\\.0-9]+")
_ENG = re.compile("[a-zA-Z0-9]+")


@dataclass(frozen=True)
class Cutter:
    """jieba.posseg's `cut(sentence, HMM=True)` as (word, tag) pairs, computed the same way with
    less work: no generator per block and no `pair` object per word, the faster `best_route` for
    the dictionary's words and the faster, remembered `viterbi` for the characters it does not
    join. The words and tags are jieba's own (see tests/test_segment.py). It reads the dictionary
    as loaded and remembers from it: nothing adds words to our tokenizer once it is loaded."""

    freq: Mapping
    total: int
    tags: Mapping
    logp: dict = field(default_factory=dict)  # best_route's memo of the words' log-probabilities (and of non-words)
    known_tags: dict = field(default_factory=dict)  # the tags of the words cut so far (`tags` is a SortedTable)
    # each block (a run of Han characters, letters and digits) cut so far, with its words: a block's
    # words depend on its characters only, and blocks come back (~20% of a first pass's, the same
    # phrases between two marks; every one of a text seen again)
    block_words: dict = field(default_factory=dict)

    def cut(self, sentence: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for i, block in enumerate(_HAN_INTERNAL.split(sentence)):
            if i % 2:  # split() with one group: the odd pieces are the matches
                self._cut_block(block, out)
            elif block:
                self._cut_marks(block, out)
        return out

    @staticmethod
    def _cut_marks(block: str, out: list) -> None:
        """What lies between two blocks: whitespace as one word, other characters one by one. None
        of its characters is in a block's class, which holds the digits, the point and the ASCII
        letters, so jieba's tests below (`_NUM`, `_ENG`) hold for none of them and each is a word
        tagged "x"; "\r\n" alone is two characters and one word (jieba's loop, for it)."""
        if "\r\n" not in block:
            out.extend([(char, "x") for char in block])
            return
        for i, piece in enumerate(_SKIP_INTERNAL.split(block)):
            if i % 2:
                out.append((piece, "x"))
                continue
            eng = _ENG.match(piece)  # jieba tests the whole piece here, not the character
            for char in piece:
                out.append((char, "m" if _NUM.match(char) else "eng" if eng else "x"))

    def _tag(self, word: str) -> str:
        """The dictionary's tag of a word, "x" for none (jieba's default), remembered."""
        tag = self.known_tags.get(word)
        if tag is None:
            tag = self.known_tags[word] = self.tags.get(word, "x")
        return tag

    def _cut_block(self, block: str, out: list) -> None:
        """jieba.posseg's __cut_DAG: the dictionary's words, runs of single characters to the HMM."""
        known = self.block_words.get(block)
        if known is not None:
            out.extend(known)
            return
        if len(self.block_words) > _BLOCKS_MAX:
            self.block_words.clear()
        first = len(out)
        self._cut_new_block(block, out)
        self.block_words[block] = out[first:]

    def _cut_new_block(self, block: str, out: list) -> None:
        if len(self.logp) > _MEMO_MAX:
            self.logp.clear()
            self.known_tags.clear()
        end = best_route(block, self.freq, self.total, self.logp)
        x, n, buf = 0, len(block), ""
        while x < n:
            y = end[x] + 1
            if y - x == 1:
                buf += block[x]
            else:
                if buf:
                    self._cut_unknown(buf, out)
                    buf = ""
                word = block[x:y]
                out.append((word, self._tag(word)))
            x = y
        if buf:
            self._cut_unknown(buf, out)

    def _cut_unknown(self, buf: str, out: list) -> None:
        """A run of single characters: jieba's HMM when it is not a word of the dictionary."""
        if len(buf) == 1:
            out.append((buf, self._tag(buf)))
        elif not self.freq.get(buf):
            self._cut_detail(buf, out)
        else:
            out.extend((char, self._tag(char)) for char in buf)

    @staticmethod
    def _cut_detail(buf: str, out: list) -> None:
        """jieba.posseg's __cut_detail: Han runs through the HMM, numbers and letters as words."""
        for block in _HAN_DETAIL.split(buf):
            if _HAN_DETAIL.match(block):
                _hmm_words(block, out)
                continue
            for piece in _SKIP_DETAIL.split(block):
                if piece:
                    out.append((piece, "m" if _NUM.match(piece) else "eng" if _ENG.match(piece) else "x"))


def _hmm_words(block: str, out: list) -> None:
    """jieba.posseg's __cut: the words of the HMM's path through a run of Han characters."""
    pos_list = _tag_unknown(block)
    begin, nexti = 0, 0
    for i, char in enumerate(block):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((block[begin:i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            out.append((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(block):
        out.append((block[nexti:], pos_list[nexti][1]))


def _fast_pos_class(posseg):
    class FastPOSTokenizer(posseg.POSTokenizer):
        """jieba's POSTokenizer whose `cut` (with the HMM, as the rules call it) is `Cutter`'s."""

        def cut(self, sentence, HMM=True):
            if not HMM:
                yield from super().cut(sentence, HMM=False)
                return
            pair = posseg.pair
            for word, tag in self.cutter().cut(sentence):
                yield pair(word, tag)

        def cutter(self) -> Cutter:
            if self.__dict__.get("_cutter") is None:
                self._cutter = Cutter(self.tokenizer.FREQ, self.tokenizer.total, self.word_tag_tab)
            return self._cutter

    return FastPOSTokenizer


def _pos_tokenizer(words: list[tuple[str, str]], fast: bool = True):
    """A private jieba POS tokenizer whose dictionary holds `words`, loaded from the cache."""
    jieba = import_jieba()

    posseg = _posseg()
    from jieba import finalseg

    freq, total, tags, force_split = _load_dictionary(words)
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    for word in force_split:
        finalseg.add_force_split(word)
    cls = _fast_pos_class(posseg) if fast else posseg.POSTokenizer
    pos = cls.__new__(cls)
    pos.tokenizer = tk
    pos.word_tag_tab = tags
    return pos


@functools.lru_cache(maxsize=1)
def tokenizer():
    """The process's POS tokenizer, with our lexicons as its user dictionary."""
    return _pos_tokenizer(_user_words())


def word_freq(word: str) -> int:
    """How often the tokenizer's dictionary (jieba's and our lexicons' words) counts `word`: 0 for a word it does
    not hold and for one it holds only as the opening of longer words (FREQ keeps every prefix with 0). Rules read
    it to tell a common word from a name; where "a prefix only" and "unknown" differ, they read FREQ itself."""
    return tokenizer().tokenizer.FREQ.get(word) or 0


def guessed_word_across(toks: list[Token], b: int) -> bool:
    """Does a word jieba's HMM made up (in no dictionary) run across offset `b`, as 恒大童 of
    恒大童/世界 does across the end of 恒大: a guess, which a known name ending at `b` overrides.
    FREQ also holds every word's prefixes with 0, hence `get`, not `in`."""
    word = next((t for t in toks if t.start < b < t.end), None)
    return word is not None and not word_freq(word.word)


def tokens(text: str) -> list[Token]:
    """The words of `text` as jieba.posseg cuts them with our dictionary, with their offsets."""
    out = []
    pos = 0
    for word, tag in tokenizer().cutter().cut(text):
        end = pos + len(word)
        out.append(Token(word, tag, pos, end))
        pos = end
    return out


@functools.lru_cache(maxsize=1)
def plain_tokenizer():
    """jieba as it ships, without our dictionary: the baseline the rules are measured against."""
    return _pos_tokenizer([], fast=False)


def reference_tokenizer():
    """jieba's own POSTokenizer with our dictionary, none of our shortcuts: what `tokens` must
    equal word for word (the tests compare them)."""
    pos = _pos_tokenizer(_user_words(), fast=False)
    # plain dicts, as jieba builds them: the tests then also compare our tables' look-ups with a dict's
    pos.tokenizer.FREQ, pos.word_tag_tab = dict(pos.tokenizer.FREQ.items()), dict(pos.word_tag_tab.items())
    return pos


def clear_caches() -> None:
    """Forget what the tokenizer remembers between sentences (the HMM's paths, the words'
    log-probabilities), so that a benchmark's first pass over a text is a first pass."""
    _tag_unknown.cache_clear()
    if tokenizer.cache_info().currsize:
        tokenizer().cutter().logp.clear()
        tokenizer().cutter().known_tags.clear()
        tokenizer().cutter().block_words.clear()
