"""One private jieba tokenizer per process, with our lexicons already in its dictionary.

jieba's global tokenizer writes its cache to /tmp/jieba.cache and is shared state; we build our own
`jieba.Tokenizer` instead. Building it the ordinary way costs seconds (jieba's prefix dictionary,
~7,000 `add_word` calls that each compute a frequency, and the POS tag table read from jieba's
dict.txt), so it is built once per machine and cached: the prefix dictionary with our words in it
(jieba's FREQ and total) and the tag table, marshalled into one file in the per-user cache dir,
keyed by a digest of jieba's dictionary and our lexicon words. A process loads that file and is
ready to cut.
"""
from __future__ import annotations

import functools
import hashlib
import io
import logging
import marshal
import math
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg import lexicons

CACHE_FORMAT = 2  # bump when the layout of the cached tuple changes


@dataclass(frozen=True)
class Token:
    word: str
    pos: str
    start: int  # offsets in the sentence
    end: int


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "policy-kg"
    path.mkdir(parents=True, exist_ok=True)
    return path


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
    out.extend((w, "phead") for w in lexicons.words("project_heads.txt") if len(w) > 1)
    for forms in lexicons.synonyms("indicators.txt"):
        out.append((forms, "nind"))
    out.extend((w, "v") for w in lexicons.words("triggers.txt") if len(w) > 1)
    return out


def _jieba_dict_path() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def _digest(words: list[tuple[str, str]]) -> str:
    h = hashlib.sha1(f"format {CACHE_FORMAT}\n".encode())
    h.update(_jieba_dict_path().read_bytes())
    h.update("\n".join(f"{w}\t{t}" for w, t in words).encode("utf-8"))
    return h.hexdigest()[:20]


def _build_dictionary(words: list[tuple[str, str]]) -> tuple[dict, int, dict, list]:
    """jieba's prefix dictionary with `words` added, and the POS tag table: the slow way, once.

    A word added without a frequency gets one computed from the dictionary as it stands (jieba's
    suggest_freq); the frequencies of a first pass are then added to a fresh dictionary, which is
    the state the tokens have always been cut with."""
    import jieba

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
    # the tag table's words as the same string objects as the prefix dictionary's, so marshal
    # stores each once and loading makes half as many strings (0.2 s instead of 0.7 s)
    same = {w: w for w in tk.FREQ}
    tags = {same.get(w, w): t for w, t in tags.items()}
    return tk.FREQ, tk.total, tags, force_split


def _load_dictionary(words: list[tuple[str, str]]) -> tuple[dict, int, dict, list]:
    path = cache_dir() / f"dictionary-{_digest(words)}.marshal"
    try:
        with open(path, "rb") as f:
            raw = f.read()  # marshal.load(f) would read the file in thousands of small pieces: 2x slower
        return marshal.loads(raw)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = _build_dictionary(words)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)  # atomic: a concurrent process reads the old file or the new, never half
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return data


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
    import jieba

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


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple[float, list]:
    """jieba.posseg.viterbi, computed the same way with less work: the emission score is looked up
    once per state rather than once per pair of states, and a pair without a transition (score
    -inf) is skipped instead of summed. Every sum is the same floating-point sum as jieba's and
    ties go the same way (to the greater state), so the path is identical — it runs about twice
    as fast, and this HMM is most of jieba's time on text with unknown words."""
    all_states = trans_p.keys()
    v = {}
    path: list[dict] = [{}]
    first = obs[0]
    for y in states.get(first, all_states):
        v[y] = start_p[y] + emit_p[y].get(first, MIN_FLOAT)
        path[0][y] = ""
    for t in range(1, len(obs)):
        char = obs[t]
        prev_states = [x for x in path[t - 1] if trans_p[x]]
        prev = [(y0, v[y0], trans_p[y0]) for y0 in prev_states]
        expect_next = set()
        for x in prev_states:
            expect_next.update(trans_p[x])
        obs_states = set(states.get(char, all_states)) & expect_next
        if not obs_states:
            obs_states = expect_next if expect_next else all_states
        now: dict = {}
        back: dict = {}
        for y in obs_states:
            em = emit_p[y].get(char, MIN_FLOAT)
            best, best_state = MIN_INF, None
            for y0, score, trans in prev:
                tr = trans.get(y)
                if tr is None:
                    continue
                p = score + tr + em
                if p > best or (p == best and best_state is not None and y0 > best_state):
                    best, best_state = p, y0
            if best == MIN_INF:  # every pair scores -inf: jieba's max() then takes the greatest state
                best_state = max(prev_states)
            now[y] = best
            back[y] = best_state
        v = now
        path.append(back)
    prob, state = max((v[y], y) for y in path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = path[i][state]
    return prob, route


@functools.lru_cache(maxsize=1 << 16)
def _tag_unknown(span: str) -> tuple:
    """The POS HMM's path through a run of characters jieba's dictionary does not join (a name,
    a rare word). The same runs come back again and again — in a report, and in the stems the
    rules cut again — and the path depends on the characters only, so it is computed once each."""
    from jieba import posseg

    prob, route = viterbi(span, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    return tuple(route)


def best_route(sentence: str, freq: dict, total: int) -> list[int]:
    """Where the most probable word starting at each position ends: jieba's get_DAG and calc in
    one pass with local names (the same sums in the same order, ties to the longer word as
    jieba's max() over (score, end) breaks them), so the same words at less cost."""
    n = len(sentence)
    logtotal = math.log(total)
    log = math.log
    score = [0.0] * (n + 1)
    score[n] = 0
    end = [0] * n
    for idx in range(n - 1, -1, -1):
        best, best_end = None, -1
        frag, i = sentence[idx], idx
        while i < n and frag in freq:  # the words of the dictionary that start here
            f = freq[frag]
            if f:
                s = log(f) - logtotal + score[i + 1]
                if best is None or s > best or (s == best and i > best_end):
                    best, best_end = s, i
            i += 1
            frag = sentence[idx:i + 1]
        if best is None:  # no word starts here: the character alone (jieba's frequency 1)
            best, best_end = log(freq.get(sentence[idx]) or 1) - logtotal + score[idx + 1], idx
        score[idx], end[idx] = best, best_end
    return end


def _fast_pos_class(posseg):
    class FastPOSTokenizer(posseg.POSTokenizer):
        """jieba's POSTokenizer with the faster, identical `viterbi` for unknown words, remembered,
        and the faster, identical `best_route` for the dictionary's words."""

        def _POSTokenizer__cut_DAG(self, sentence):  # overrides the private POSTokenizer.__cut_DAG
            pair, tags, freq = posseg.pair, self.word_tag_tab, self.tokenizer.FREQ
            end = best_route(sentence, freq, self.tokenizer.total)
            x, n, buf = 0, len(sentence), ""
            while x < n:
                y = end[x] + 1
                word = sentence[x:y]
                if y - x == 1:
                    buf += word
                else:
                    if buf:
                        yield from self._unknown(buf)
                        buf = ""
                    yield pair(word, tags.get(word, "x"))
                x = y
            if buf:
                yield from self._unknown(buf)

        def _unknown(self, buf):
            """A run of single characters: jieba's HMM when it is not a word of the dictionary."""
            pair, tags = posseg.pair, self.word_tag_tab
            if len(buf) == 1:
                yield pair(buf, tags.get(buf, "x"))
            elif not self.tokenizer.FREQ.get(buf):
                yield from self._POSTokenizer__cut_detail(buf)
            else:
                for elem in buf:
                    yield pair(elem, tags.get(elem, "x"))

        def _POSTokenizer__cut(self, sentence):  # overrides the private POSTokenizer.__cut
            pair = posseg.pair
            pos_list = _tag_unknown(sentence)
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield pair(sentence[begin:i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield pair(sentence[nexti:], pos_list[nexti][1])

    return FastPOSTokenizer


def _pos_tokenizer(words: list[tuple[str, str]], fast: bool = True):
    """A private jieba POS tokenizer whose dictionary holds `words`, loaded from the cache."""
    import jieba

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


def tokens(text: str) -> list[Token]:
    out = []
    pos = 0
    for pair in tokenizer().cut(text, HMM=True):
        out.append(Token(pair.word, pair.flag, pos, pos + len(pair.word)))
        pos += len(pair.word)
    return out


@functools.lru_cache(maxsize=1)
def plain_tokenizer():
    """jieba as it ships, without our dictionary: the baseline the rules are measured against."""
    return _pos_tokenizer([], fast=False)
