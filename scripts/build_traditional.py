"""Regenerate kg/lexicons/traditional_chars.tsv: traditional Chinese characters and their
simplified forms, one to one, for reading a report reposted in traditional characters.

Source: OpenCC (Apache License 2.0, https://github.com/BYVoid/OpenCC), dictionary/TSCharacters.txt,
read from the wheel of opencc-python-reimplemented, which ships OpenCC's data (not a run-time
dependency). Only characters with one simplified form are kept (著 → 著/着, 乾 → 干/乾 and the other
~60 ambiguous ones stay as they are): a character for a character, so every offset into the report
stays where it was.

Run:

    pip download --no-deps -d /tmp/opencc opencc-python-reimplemented
    python scripts/build_traditional.py /tmp/opencc/opencc_python_reimplemented-*.whl
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "kg" / "lexicons"
HEADER = """# Traditional Chinese characters and their one simplified form (traditional<TAB>simplified), for
# reading a report reposted in traditional characters (kg/text/reading.py): a copy whose Han
# characters are this table's often enough (kg.config.TRADITIONAL) is read in simplified characters,
# a character for a character, so offsets into the original file stay exact.
# Source: OpenCC dictionary/TSCharacters.txt (Apache License 2.0, https://github.com/BYVoid/OpenCC),
# as shipped by opencc-python-reimplemented 0.1.7; characters with more than one simplified form
# left out. Regenerate with scripts/build_traditional.py.
"""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("opencc/dictionary/TSCharacters.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        trad, _, simple = line.partition("\t")
        forms = simple.split()
        if len(trad) == 1 and len(forms) == 1 and len(forms[0]) == 1 and forms[0] != trad:
            rows.append(f"{trad}\t{forms[0]}")
    (LEXICONS / "traditional_chars.tsv").write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters")


if __name__ == "__main__":
    main(sys.argv[1])
