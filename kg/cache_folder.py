"""`kg cache`: what the cache folder holds, and emptying it or keeping only the newest of each kind.

Each kind of file is named for what it is made from (`dictionary-<digest>.marshal`,
`villages-<digest>.bin`…), so a new version of the rules or of a checkout writes a new file
beside the old one; the writer of each kind removes all but the newest three (`prune_dictionaries`
in kg.text.segment, the extraction cache's own `prune`). This module shows the folder and lets a
user take it down further by hand. Several processes may use the folder meanwhile: each reader
falls back to making what it finds missing, and a file being written (`.<name>.<random>.tmp`,
renamed into place when whole) is left alone while it is recent, so removing never breaks a run.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

# a file named for what it is made from: its kind, then digests, sizes or times
_VERSIONED = re.compile(r"(?P<kind>[a-z]+(?:-[a-z]+)*)-[0-9a-f]+(?:-[0-9a-f]+)*(?P<ext>\.[a-z]+)")
STAGING_AGE = 3600  # seconds: a staging file younger than this may still be written by a running process
FOLDER_NOTES = {"extraction": "the extraction cache, a folder a version of the rules",
                "pycache": "kg bench's bytecode, under each checkout's path"}


@dataclass
class Kind:
    name: str  # "dictionary-*.marshal", "extraction/", "jieba.cache"
    paths: list[Path]  # newest first
    size: int


def _size(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(_size(p) for p in path.iterdir())
        return path.lstat().st_size
    except OSError:  # removed meanwhile
        return 0


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def _kind_of(path: Path) -> str | None:
    """The kind a cache entry belongs to; None for a staging file (`.name.random.tmp`)."""
    if path.name.startswith("."):
        return None
    if path.is_dir():
        return path.name + "/"
    m = _VERSIONED.fullmatch(path.name)
    return f"{m['kind']}-*{m['ext']}" if m else path.name


def kinds(folder: Path) -> list[Kind]:
    """The folder's entries grouped by kind (a folder's kind is its versions: the extraction
    cache's rules, the bench's checkouts), each kind's newest first."""
    groups: dict[str, list[Path]] = {}
    for p in sorted(folder.iterdir()) if folder.is_dir() else []:
        kind = _kind_of(p)
        if kind is None:
            continue
        if kind.endswith("/"):
            groups[kind] = [c for c in p.iterdir()] if p.is_dir() else []
        else:
            groups.setdefault(kind, []).append(p)
    return [Kind(k, sorted(ps, key=lambda p: (_mtime(p), p.name), reverse=True), sum(_size(p) for p in ps))
            for k, ps in sorted(groups.items())]


def _remove(path: Path) -> int:
    """Remove a file or folder; the bytes freed (0 when another process removed it first)."""
    size = _size(path)
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return 0
    return size


def _stale_staging(folder: Path) -> list[Path]:
    """Staging files a killed process left (older than STAGING_AGE), never one being written."""
    now = time.time()
    return [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")
            and now - _mtime(p) > STAGING_AGE] if folder.is_dir() else []


def prune(folder: Path, keep: int = 1) -> tuple[int, int]:
    """Remove all but the `keep` newest entries of each versioned kind (the extraction cache's
    rules too), kg bench's bytecode (made again by its next run; its folders mirror the checkouts'
    paths, so no one of them is the newest) and stale staging files; (entries removed, bytes freed)."""
    removed = freed = 0
    for kind in kinds(folder):
        drop = {"pycache/": 0}.get(kind.name, keep if kind.name.endswith("/") or "-*" in kind.name else None)
        for p in (kind.paths[drop:] if drop is not None else []):
            freed += _remove(p)
            removed += 1
    for p in _stale_staging(folder):
        freed += _remove(p)
        removed += 1
    return removed, freed


def clear(folder: Path) -> tuple[int, int]:
    """Remove everything in the folder but the folder itself and files being written; (entries, bytes)."""
    removed = freed = 0
    stale = set(_stale_staging(folder))
    for p in sorted(folder.iterdir()) if folder.is_dir() else []:
        if p.name.startswith(".") and p not in stale:
            continue
        freed += _remove(p)
        removed += 1
    return removed, freed


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def describe(folder: Path) -> str:
    """A table of the folder's kinds: how many versions, their size, what a folder kind is."""
    rows = [(k.name, str(len(k.paths)), megabytes(k.size), FOLDER_NOTES.get(k.name.rstrip("/"), ""))
            for k in kinds(folder)]
    total = sum(k.size for k in kinds(folder))
    widths = [max([len(r[i]) for r in rows] + [len(h)]) for i, h in enumerate(("kind", "versions", "size"))]
    lines = [f"{folder}: {megabytes(total)}"]
    lines += ["  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
              .rstrip() + (f"  ({r[3]})" if r[3] else "") for r in rows]
    return "\n".join(lines) + "\n"


def extraction_elsewhere() -> Path | None:
    """The extraction cache's folder when $KG_EXTRACTION_CACHE moves it out of the cache folder."""
    base = os.environ.get("KG_EXTRACTION_CACHE")
    return Path(base) if base else None
