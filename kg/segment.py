"""One private jieba tokenizer per process, with our lexicons as its user dictionary.

jieba's global tokenizer writes its cache to /tmp/jieba.cache and is shared state; we build our own
`jieba.Tokenizer` with its cache in a per-user cache directory and load it once (it costs about a
second), then hand out tokens with their offsets in the sentence.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from . import lexicons


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
    for name in ("regions.txt", "countries.txt"):
        out.extend((w, "ns") for w in lexicons.words(name))
    out.extend((w, "nt") for w in lexicons.org_bodies())
    out.extend((w, "nhead") for w in lexicons.words("org_suffixes.txt") if len(w) > 1)
    out.extend((w, "phead") for w in lexicons.words("project_heads.txt") if len(w) > 1)
    for forms in lexicons.synonyms("indicators.txt"):
        out.append((forms, "nind"))
    out.extend((w, "v") for w in lexicons.words("triggers.txt") if len(w) > 1)
    return out


def _pos_tokenizer(cache_file: str, words: list[tuple[str, str]]):
    """A private jieba Tokenizer (cache in our cache dir) with `words` added, wrapped for POS tags."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    tk.cache_file = cache_file
    for word, tag in words:
        tk.add_word(word, freq=None, tag=tag)
    pos = jieba.posseg.POSTokenizer(tk)
    # the POSTokenizer reads tags from its own table, filled before our words were added
    for word, tag in words:
        pos.word_tag_tab[word] = tag
    return pos


@functools.lru_cache(maxsize=1)
def tokenizer():
    """The process's POS tokenizer, with our lexicons as its user dictionary."""
    return _pos_tokenizer("jieba.cache", _user_words())


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
    return _pos_tokenizer("jieba-plain.cache", [])
