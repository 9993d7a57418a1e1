"""Writing outputs safely: to a temporary file beside the target, then an atomic rename, so a
failed run never leaves a half-written file."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def _write_atomic_with(path: str | Path, fill: Callable[[BinaryIO], None]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
        # mkstemp creates the file private; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _write_atomic_with(path, lambda f: f.write(raw))


def write_atomic_parts(path: str | Path, header: str, parts: list[Path], separator: str = "", footer: str = "") -> Path:
    """A file made of a header, the contents of `parts` and a footer, written atomically and
    streamed: the parts are copied one after another, never held in memory together."""

    def fill(f: BinaryIO) -> None:
        f.write(header.encode("utf-8"))
        for i, part in enumerate(parts):
            if i:
                f.write(separator.encode("utf-8"))
            with open(part, "rb") as src:
                shutil.copyfileobj(src, f, 1 << 20)
        f.write(footer.encode("utf-8"))

    return _write_atomic_with(path, fill)
