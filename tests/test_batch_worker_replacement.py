"""Issue 11: a batch whose workers are replaced (maxtasksperchild, `batch.WORKER_TASKS`) ends: a
replacement worker is forked by the pool's own thread, which ends when the pool closes, so a worker
tied to that thread's life (PR_SET_PDEATHSIG) was killed while it held the task queue's lock and the
build hung after its last report (the 1,000-report bench of session 47). Workers now watch their
parent process instead (kg.corpus.batch._end_with_parent). Real reports: four sample copies, a
worker replaced after every report."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

from .conftest import ROOT, SEEDS


def test_a_build_whose_workers_are_replaced_ends(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(6):
        shutil.copy(SEEDS / "yixian-2019.txt", reports / f"r{i}-yixian-2019.txt")
    script = textwrap.dedent(f"""
        import sys
        from kg.corpus import batch
        batch.WORKER_TASKS = 1
        from kg.cli import main
        sys.exit(main(["build", {str(reports)!r}, "-o", {str(tmp_path / "out")!r}, "--no-page",
                       "--no-cache", "-j", "2", "--store", {str(tmp_path / "store")!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(list((tmp_path / "out").glob("*.ttl"))) == 6
