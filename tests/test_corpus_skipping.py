"""Issue 11: the corpus commands (`kg projects`, `kg promises`) report a report or graph they cannot
read on one line, skip it and read the others, and exit 1, as `kg build` of a folder does; and a
build killed with SIGKILL leaves a staging folder the next build of that report removes
(kg.files.staging_folder), never another report's nor one a running build holds."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import ROOT, shared_file

TWO_YEARS = ("hailar-2013", "hailar-2014")  # the smallest Hailar years: 2014 reports on 2013's targets


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A folder of reports with an empty one and one not in UTF-8, and a folder of their graphs
    with one cut short."""
    reports = tmp_path_factory.mktemp("reports")
    for name in TWO_YEARS:
        shutil.copy(shared_file("corpus", "hailar", f"{name}.txt"), reports / f"{name}.txt")
    (reports / "hailar-2015.txt").write_bytes(b"")
    (reports / "hailar-2016.txt").write_bytes(bytes(range(256)) * 8)  # not text
    graphs = tmp_path_factory.mktemp("graphs")
    assert main(["build", str(reports / "hailar-2013.txt"), str(reports / "hailar-2014.txt"),
                 "-o", str(graphs), "--no-page", "--no-cache"]) == 0
    whole = (graphs / "hailar-2014.ttl").read_text(encoding="utf-8")
    (graphs / "hailar-2015.ttl").write_text(whole[: len(whole) // 2], encoding="utf-8")  # a build cut short
    return reports, graphs


def _run(capsys, *args):
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


@pytest.mark.parametrize("command", ["projects", "promises"])
def test_a_bad_report_is_reported_and_skipped(folders, capsys, command):
    reports, graphs = folders
    code, from_reports, err = _run(capsys, command, reports)
    assert code == 1
    assert err == [f"kg: error: {reports / 'hailar-2015.txt'}: the file is empty",
                   f"kg: error: {reports / 'hailar-2016.txt'}: not a text file in any supported encoding "
                   "(UTF-8, UTF-16, GB18030/GBK)",
                   "kg: error: 2 of 4 reports failed"]
    code, from_graphs, err = _run(capsys, command, graphs)
    assert code == 1
    assert len(err) == 2 and err[0].startswith(f"kg: error: {graphs / 'hailar-2015.ttl'}: not ")
    assert err[1] == "kg: error: 1 of 3 inputs failed"  # graph files: not reports
    # a report and graphs: inputs; reports alone: reports
    code, _, err = _run(capsys, command, reports / "hailar-2015.txt", graphs / "hailar-2013.ttl")
    assert code == 1 and err[-1] == "kg: error: 1 of 2 inputs failed"
    code, _, err = _run(capsys, command, reports / "hailar-2015.txt", reports / "hailar-2013.txt")
    assert code == 1 and err[-1] == "kg: error: 1 of 2 reports failed"
    # the good ones were read: the same table as from the good ones alone
    code, alone, err = _run(capsys, command, graphs / "hailar-2013.ttl", graphs / "hailar-2014.ttl")
    assert (code, err) == (0, [])
    assert from_reports == from_graphs == alone
    assert len(alone.splitlines()) > 10


def test_one_bad_report_alone_fails_without_a_count(folders, capsys):
    reports, _ = folders
    code, out, err = _run(capsys, "projects", reports / "hailar-2015.txt")
    assert code == 1 and err == [f"kg: error: {reports / 'hailar-2015.txt'}: the file is empty"]
    assert out == ""  # nothing read, no table


_STAGE = """
import os, signal, sys, time
from pathlib import Path
from kg.files import staging_folder
with staging_folder(Path(sys.argv[1]), sys.argv[2]) as stage:
    (stage / "half-written.ttl").write_text("@prefix")
    print(stage.name, flush=True)
    if sys.argv[3] == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(60)
"""


def _staging(out, name, how):
    """A process that made its staging folder for `name` in `out`: killed there, or still running."""
    p = subprocess.Popen([sys.executable, "-c", _STAGE, str(out), name, how], stdout=subprocess.PIPE, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    folder = out / p.stdout.readline().strip()
    if how == "kill":
        assert p.wait(30) == -signal.SIGKILL
    return p, folder


def test_a_killed_build_s_staging_folder_is_removed_by_the_next_build(tmp_path, capsys):
    report = tmp_path / "hailar-2013.txt"
    shutil.copy(shared_file("corpus", "hailar", "hailar-2013.txt"), report)
    out = tmp_path / "out"
    out.mkdir()
    running, held = _staging(out, "hailar-2013", "run")
    _, killed = _staging(out, "hailar-2013", "kill")  # (the next one made removes it: made after it)
    _, others = _staging(out, "hailar-2013.v2", "kill")  # another report's, its name longer
    old = out / ".hailar-2013.abcdefgh.tmp"  # an older kg's, without a lock file, long ago
    old.mkdir()
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    new = out / ".hailar-2013.ijklmnop.tmp"  # the same, just made
    new.mkdir()
    try:
        assert killed.is_dir() and (killed / "half-written.ttl").exists()
        assert main(["build", str(report), "-o", str(out), "--no-page", "--no-cache"]) == 0
        assert (out / "hailar-2013.ttl").exists()
        assert not killed.exists() and not old.exists()
        assert others.is_dir() and held.is_dir() and new.is_dir()
        assert (held / "half-written.ttl").exists()  # the running build's files are untouched
    finally:
        running.kill()
        running.wait(30)
    capsys.readouterr()


def test_a_staging_folder_whose_lock_is_being_made_is_never_removed(tmp_path, monkeypatch):
    # another build of the same report cleaning up at each step of the making of a staging folder's
    # lock (its open, its flock, its rename: hooked here, as a concurrent build could run between
    # any two) never removes it; made as .lock then locked, the cleanup run between the two took the
    # unheld lock and removed the live folder
    import fcntl

    from kg import files

    name, steps, busy = "hailar-2013", [], []
    making = [True]

    def another_build_cleans_up(step):
        if busy or not making[0]:
            return
        busy.append(step)
        try:
            assert files.remove_stale_staging(tmp_path, name) == [], step
            steps.append(step)
        finally:
            busy.pop()

    def hooked(step, real):
        def call(*args, **kwargs):
            another_build_cleans_up(step)
            return real(*args, **kwargs)
        return call

    class Fcntl:
        LOCK_EX, LOCK_NB = fcntl.LOCK_EX, fcntl.LOCK_NB
        flock = staticmethod(hooked("flock", fcntl.flock))

    monkeypatch.setattr(files, "fcntl", Fcntl)
    monkeypatch.setattr(os, "open", hooked("open", os.open))
    monkeypatch.setattr(os, "rename", hooked("rename", os.rename))
    with files.staging_folder(tmp_path, name) as stage:
        making[0] = False
        assert stage.is_dir() and (stage / ".lock").is_file()
        assert files.remove_stale_staging(tmp_path, name) == []  # held: a running build's
        assert stage.is_dir()
    assert {"open", "flock", "rename"} <= set(steps)
    assert not stage.exists()  # removed by its own build at the end


def _children(pid: int) -> list[str]:
    try:
        return (Path(f"/proc/{pid}/task/{pid}/children")).read_text().split()
    except OSError:
        return []


def _parts_folders(out):
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".kg-parts"))


def _group_ends(group: int, wait: float = 10) -> bool:
    deadline = time.time() + wait
    while time.time() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads a process's children from /proc")
def test_the_merged_parts_folder_never_outlives_its_build(tmp_path, capsys):
    reports = [str(shared_file("corpus", "hailar", f"{name}.txt")) for name in TWO_YEARS]
    out, store = tmp_path / "out", tmp_path / "db"
    build = ["build", *reports, "-o", str(out), "--merge", "both", "--store", str(store), "--no-page", "--no-cache"]
    # a --merge --store build killed with SIGKILL once its workers run
    p = subprocess.Popen([sys.executable, "-m", "kg", *build, "-j", "2"], cwd=ROOT, start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while not (out.is_dir() and _parts_folders(out) and len(_children(p.pid)) == 2) and time.time() < deadline:
            time.sleep(0.05)
        left = _parts_folders(out)
        assert left and _children(p.pid)
        os.kill(p.pid, signal.SIGKILL)
        assert p.wait(30) == -signal.SIGKILL
        assert _parts_folders(out) == left  # what the killed build left
        assert _group_ends(p.pid)  # its workers end with it, writing nothing more there
        # the next build there removes it
        assert main(build + ["-j", "1"]) == 0
        assert _parts_folders(out) == []
        # a store refused (built in the other layout) leaves none either
        assert main(build + ["--store-graphs", "union"]) != 0
        assert _parts_folders(out) == []
    finally:
        with suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGKILL)  # the killed build's workers
    capsys.readouterr()
