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
    for name in lexicons.REGION_FILES:
        out.extend((w, "ns") for w in lexicons.words(name))
    out.extend((w, "nt") for w in lexicons.org_bodies())
    out.extend((w, "nhead") for w in lexicons.words("org_suffixes.txt") if len(w) > 1)
    out.extend((w, "phead") for w in lexicons.words("project_heads.txt") if len(w) > 1)
    for forms in lexicons.synonyms("indicators.txt"):
        out.append((forms, "nind"))
    out.extend((w, "v") for w in lexicons.words("triggers.txt") if len(w) > 1)
    return out


def _pos_tokenizer(cache_file: str, words: list[tuple[str, str]]):
    """A private jieba Tokenizer (cache in our cache dir) with `words` added, wrapped for POS tags.

    Adding a word without a frequency makes jieba compute one (suggest_freq), which for our ten
    thousand lexicon entries costs seconds; the computed frequencies are cached beside jieba's own
    cache, keyed by the words, so later processes add them at once."""
    import hashlib
    import os

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    tk.cache_file = cache_file
    digest = hashlib.sha1("\n".join(f"{w}\t{t}" for w, t in words).encode("utf-8")).hexdigest()[:16]
    freq_file = cache_dir() / f"userdict-{digest}.txt"
    cached = {}
    if freq_file.exists():
        for line in freq_file.read_text(encoding="utf-8").splitlines():
            word, freq = line.rsplit("\t", 1)
            cached[word] = int(freq)
    for word, tag in words:
        tk.add_word(word, freq=cached.get(word), tag=tag)
    if words and not cached:
        tmp = freq_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("".join(f"{w}\t{tk.FREQ[w]}\n" for w, _ in dict(words).items()), encoding="utf-8")
        os.replace(tmp, freq_file)
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
