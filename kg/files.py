"""Writing outputs safely: to a temporary file beside the target, then an atomic rename, so a
failed run never leaves a half-written file."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from kg.errors import KgError

try:
    import fcntl
except ImportError:  # not on Windows: no staging folder is known stale there, none is removed
    fcntl = None


def cache_path() -> Path:
    """Where the per-user cache folder is ($XDG_CACHE_HOME/policy-kg, ~/.cache/policy-kg), made or not."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policy-kg"


def cache_dir() -> Path:
    """The per-user cache folder (the prebuilt dictionaries, the kept regexes, the extraction cache), made if missing.
    One that cannot be made is a KgError saying it is the cache folder and how to move it (one there
    but read-only is not refused here: a prepared cache is read from it)."""
    path = cache_path()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CacheFolderError(path, exc.strerror or str(exc))
    return path


def files_digest(files: Iterable[tuple[str, Path]], head: bytes = b"") -> str:
    """A digest of `head` and of files, each by the name given with it and its content: what a cache
    entry made from them is named by, so a file touched but unchanged keeps its entry and a file
    changed within the same clock tick (or copied with its time) gets a new one, as times would not
    say (~1 ms a MB of file)."""
    import hashlib

    h = hashlib.sha256(head)
    for name, path in files:
        h.update(name.encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:20]


class CacheFolderError(KgError, OSError):
    """The cache folder cannot be made (an OSError too: the callers that do without it go on)."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"cannot write the cache folder {path} ({reason}): set XDG_CACHE_HOME to a folder you "
                         "can write, where policy-kg/ will be made (~25 MB)")


class WriteError(KgError, OSError):
    """An output that cannot be written, named as the user asked for it (not the hidden temporary
    file or folder it was being made in); an OSError too, for the callers that go on without it."""

    def __init__(self, path: str | Path, reason: str, folder: bool = False):
        super().__init__(f"cannot make folder {path}: {reason}" if folder else f"cannot write {path}: {reason}")
        self.reason = reason


def failure_reason(exc: OSError) -> str:
    """Why a write failed, without the (temporary) file's name the OSError carries."""
    return exc.reason if isinstance(exc, WriteError) else (exc.strerror or str(exc))


def make_folder(path: str | Path) -> Path:
    """PATH made with its parents if missing; a WriteError saying which folder cannot be made."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise WriteError(path, "a file, not a folder", folder=True)
    except OSError as exc:
        raise WriteError(path, failure_reason(exc), folder=True)
    return path


def _write_atomic_with(path: str | Path, fill: Callable[[BinaryIO], None]) -> Path:
    path = Path(path)
    make_folder(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(path, failure_reason(exc))
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
        # mkstemp creates the file private; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, KgError):
            raise WriteError(path, failure_reason(exc)) from exc
        raise
    return path


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _write_atomic_with(path, lambda f: f.write(raw))


def read_kept(path: Path) -> dict:
    """What a process kept for the next ones in a marshal file of the cache (the compiled forms of
    kg/regex_compile_cache.py and kg/dataclass_code_cache.py): {} when it is missing or unreadable."""
    import marshal

    try:
        kept = marshal.loads(Path(path).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def write_kept(path: Path, kept: dict, used: set, limit: int) -> bool:
    """`kept` into the marshal file `read_kept` reads, atomically (a process reading it meanwhile gets
    the old file or the new one); past `limit` entries only those in `used` (what this process
    used). False when it cannot be written: no cache folder, or a value marshal cannot hold."""
    import marshal

    chosen = kept if len(kept) <= limit else {k: kept[k] for k in used if k in kept}
    try:
        write_atomic(path, marshal.dumps(chosen))
    except (OSError, ValueError):
        return False
    return True


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


_LOCK = ".lock"  # the file in a staging folder whose lock the build that made it holds while it runs
_LOCK_NEW = ".lock.new"  # the same file while it is made and locked, before its rename to _LOCK


def _holds_no_one(folder: Path, now: float) -> bool:
    """Is a staging folder stale? Its lock file is locked by the build writing into it, and the
    system releases the lock when that process ends however it ends (SIGKILL too), so a lock we can
    take is one no running build holds. The lock file appears already locked (`staging_folder`
    locks it under another name, then renames it), so no build can take the lock of a live
    folder in the instant between its file's making and its locking. A folder without a lock file
    (made by a kg before this one, or in the instant before its lock file is in place) is stale
    once older than config.STAGING.stale_unlocked_s."""
    from kg.config import STAGING

    try:
        fd = os.open(folder / _LOCK, os.O_RDWR)
    except FileNotFoundError:
        try:
            return now - folder.stat().st_mtime > STAGING.stale_unlocked_s
        except OSError:
            return False
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True  # closing fd releases the lock; the folder is removed next
    except OSError:
        return False  # a running build holds it
    finally:
        os.close(fd)


def remove_stale_staging(out_dir: Path, name: str) -> list[Path]:
    """Remove the staging folders `staging_folder` made for `name` in `out_dir` that a build
    killed before it could remove them left behind (another name's, or one a running build holds,
    are left alone); returns those removed."""
    if fcntl is None or not out_dir.is_dir():
        return []
    # mkdtemp's names: the prefix, 8 characters of [a-z0-9_], the suffix — so ".a.tmp" of report "a"
    # never matches report "a.b"'s ".a.b.xxxxxxxx.tmp"
    own = re.compile(re.escape(f".{name}.") + r"[a-z0-9_]{8}" + re.escape(".tmp"))
    now = time.time()
    removed = []
    for folder in sorted(out_dir.iterdir()):
        if own.fullmatch(folder.name) and folder.is_dir() and not folder.is_symlink() and _holds_no_one(folder, now):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


_HELD_LOCKS: set[int] = set()  # the lock files of the staging folders this process holds


def _release_inherited_locks() -> None:
    """In a forked child: close its copies of the parent's lock files. A flock belongs to the open
    file, which fork shares: a worker left running after its parent was killed would otherwise keep
    the parent's folder locked, and no later build could see it stale."""
    for fd in _HELD_LOCKS:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_release_inherited_locks)


@contextmanager
def staging_folder(out_dir: Path, name: str) -> Iterator[Path]:
    """A private folder `.NAME.xxxxxxxx.tmp` in `out_dir` to write a report's files into, held by
    this process (a lock on its lock file) while in use and removed after; stale ones of the same
    name, left by a build killed with SIGKILL, are removed first."""
    remove_stale_staging(out_dir, name)
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir))
    except OSError as exc:  # the folder written in, not the hidden one that could not be made
        raise WriteError(f"in {out_dir}", failure_reason(exc))
    fd = None
    try:
        if fcntl is not None:
            # made and locked under a name the cleanup never opens, then renamed into place: a
            # folder's .lock is held from its first appearance (made as .lock and then locked,
            # another build's cleanup could take its lock in between and remove a live folder)
            fd = os.open(stage / _LOCK_NEW, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            _HELD_LOCKS.add(fd)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.rename(stage / _LOCK_NEW, stage / _LOCK)
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        if fd is not None:
            _HELD_LOCKS.discard(fd)
            os.close(fd)
