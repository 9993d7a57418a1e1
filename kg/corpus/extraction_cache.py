"""A cache of extraction results, so a corpus extracts each distinct text once.

Scrapes often hold the same report twice, and a corpus rebuilt after adding reports would extract
the old ones again: extraction (the document and its mentions) is most of a report's build. What
it yields depends on the decoded text and on the code and word lists that read it, and on the
file's name only for the year it is named for (a text that gives no year takes that one), never on its
place, so an entry is keyed by a digest of the text (`Source.original`; its normalized text
follows from it) and of that year, and of the rules: every file of
the `kg` package (code, lexicons, config), the Python, jieba and pickle versions. A changed rule,
word list or number gives a new key, so an entry is never read by rules other than those that
wrote it. On a hit the document gets the new file's `Source` (its name, path and encoding; a
batch decodes the file but does not normalize it again), and the graph, IRIs and files are
built from it as always.

Entries are zlib-compressed pickles (~120 KB a report) in `<cache>/extraction/<rules digest>/`
(`<cache>` is $XDG_CACHE_HOME/policy-kg, else ~/.cache/policy-kg; $KG_EXTRACTION_CACHE in place
of `<cache>/extraction`); when the rules change, the
folders of older rules are removed (the newest `KEEP_RULES` stay). `kg build --no-cache` neither
reads nor writes it; removing the folder clears it.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from kg.files import files_digest

KEEP_RULES = 2  # rules' folders kept: the current one and the one before (a branch switched back)
PACKAGE = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=2)
def rules_digest(package: Path = PACKAGE) -> str:
    """A digest of everything extraction's result depends on besides the text: every file of the
    package (its code, word lists and numbers), and the versions of Python, jieba and pickle."""
    from kg.text.segment import import_jieba

    jieba = import_jieba()  # without pkg_resources, as the tokenizer imports it (~0.1 s)
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files_digest(((p.relative_to(package).as_posix(), p) for p in files),
                        f"{sys.version}|{jieba.__version__}|{pickle.HIGHEST_PROTOCOL}".encode())


@dataclass(frozen=True)
class ExtractionCache:
    folder: Path  # this rules' folder

    @classmethod
    def default(cls) -> "ExtractionCache":
        """The folder for the current rules, under $KG_EXTRACTION_CACHE if set (kg bench starts
        from an empty one), else under the user's cache."""
        from kg.text.segment import cache_dir

        base = os.environ.get("KG_EXTRACTION_CACHE")
        return cls((Path(base) if base else cache_dir() / "extraction") / rules_digest())

    def path(self, source) -> Path:
        return self._path(source.original, source.name)

    def _path(self, original: str, name: str) -> Path:
        """The entry of a text, and of the year its file is named for: a text that gives no
        year of its own takes that one (kg.text.document.name_year), so two copies of it named
        for different years are two entries."""
        from kg.text.document import name_year

        h = hashlib.sha256(original.encode("utf-8", "surrogatepass"))
        h.update(b"\0" + str(name_year(name) or "").encode())
        key = h.hexdigest()
        return self.folder / key[:2] / f"{key[2:]}.pickle.z"

    def _load(self, path: Path):
        try:
            return pickle.loads(zlib.decompress(path.read_bytes()))
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            return None

    def get(self, source):
        """(document, mentions) extracted from this text before, with the document's source set
        to `source`; None when there is no entry (or an unreadable one)."""
        entry = self._load(self.path(source))
        if entry is None:
            return None
        doc, mentions = entry
        doc.source = source
        return doc, mentions

    def get_decoded(self, path: Path, original: str, encoding: str):
        """(source, document, mentions) of the report file at `path`, whose decoded text is
        `original`, when that text was extracted before: it is not normalized again (the entry's
        source holds the normalized text of the same decoded text, given this file's path, name
        and encoding). None on a miss."""
        from dataclasses import replace

        from kg.text.reading import report_name

        entry = self._load(self._path(original, report_name(path)))
        if entry is None or entry[0].source.original != original:
            return None
        doc, mentions = entry
        doc.source = replace(doc.source, path=str(path), name=report_name(path), encoding=encoding)
        return doc.source, doc, mentions

    def put(self, source, doc, mentions) -> None:
        from kg.files import write_atomic

        data = zlib.compress(pickle.dumps((doc, mentions), protocol=pickle.HIGHEST_PROTOCOL), 1)
        try:
            write_atomic(self.path(source), data)
        except OSError:  # a cache that cannot be written costs time, not correctness
            pass

    def prune(self) -> list[Path]:
        """Remove the folders of all but the `KEEP_RULES` most recently used rules; return them."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.folder.touch()
            others = sorted((p for p in self.folder.parent.iterdir() if p.is_dir() and p != self.folder),
                            key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return []
        removed = others[KEEP_RULES - 1:]
        for p in removed:
            shutil.rmtree(p, ignore_errors=True)
        return removed


def read_extracted(path: str | Path, cache: ExtractionCache | None):
    """(source, document, mentions) of the report file at `path`, read and decoded once: from the
    cache when its text was extracted by the same rules before (without normalizing it again),
    else normalized, extracted and put in the cache."""
    from kg.text.reading import read_decoded, source_from_decoded

    original, encoding = read_decoded(path)
    hit = cache.get_decoded(Path(path), original, encoding) if cache is not None else None
    if hit is not None:
        return hit
    source = source_from_decoded(path, original, encoding)
    return (source, *extract_fresh(source, cache))


def extract_cached(source, cache: ExtractionCache | None):
    """The document and mentions of `source`: from the cache when this text was extracted by the
    same rules before, else extracted (and put in the cache)."""
    hit = cache.get(source) if cache is not None else None
    return hit if hit is not None else extract_fresh(source, cache)


def extract_fresh(source, cache: ExtractionCache | None):
    """The document and mentions of `source`, extracted now (and put in the cache)."""
    from kg.extract import extract_mentions
    from kg.text.document import parse_document

    doc = parse_document(source)
    mentions = extract_mentions(doc)
    if cache is not None:
        cache.put(source, doc, mentions)
    return doc, mentions
