"""Print the candidates for kg/lexicons/place_common_word_short_forms.txt: the short forms of
county-level divisions (kg/lexicons/divisions.tsv, GB/T 2260) that jieba's own dictionary (MIT
licence, https://github.com/fxsjy/jieba, jieba/dict.txt, read from the installed package) counts
MIN_FREQ times or more, with jieba's tag and count, most frequent first; those the lexicon already
holds are marked `*`. The lexicon keeps, judged by reading, those whose everyday meaning is no place
(合作, 南部, 新建, 公安); jieba's tags alone do not tell (it tags 公安 and 资源 as nouns like the city
大连, 新建 and 路桥 as place names). Only counties: a prefecture's or province's short form (大同,
保定) is read as the place it names. Run: python scripts/common_word_short_forms.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_FREQ = 300


def main() -> int:
    import jieba

    from kg import lexicons

    counts: dict[str, tuple[int, str]] = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            counts[word] = (int(freq), tag)
    full = {d.name for d in lexicons.divisions().values()}
    kept = lexicons.word_set("place_common_word_short_forms.txt")
    candidates = [name for name, divisions in lexicons.divisions_by_name().items()
                  if len(name) >= 2 and name not in full and counts.get(name, (0, ""))[0] >= MIN_FREQ
                  and all(d.level == "county" for d in divisions)]
    for name in sorted(candidates, key=lambda n: (-counts[n][0], n)):
        print(f"{'*' if name in kept else ' '} {name}\t{counts[name][1]}\t{counts[name][0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
