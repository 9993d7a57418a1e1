"""The benchmark measures its commands as an installed kg runs: bytecode cached, whatever the shell."""
import os
import sys

from kg import bench


def test_measured_commands_cache_their_bytecode(monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # as in a shell that never writes .pyc files
    env = bench.measured_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env and os.path.isdir(env["PYTHONPYCACHEPREFIX"])
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(bench.ROOT)  # this checkout's kg first
    probe = ("import sys, kg; assert not sys.dont_write_bytecode and sys.pycache_prefix, sys.flags; "
             "assert kg.__file__.startswith(%r)" % str(bench.ROOT))
    wall, _, cpu = bench.run_measured([sys.executable, "-c", probe])
    assert wall > 0 and cpu > 0


def test_component_times_split_extraction_by_component():
    from kg.extract import PIPELINE
    from kg.text.reading import read_source

    from .conftest import SEEDS

    total, spent = bench.component_times([read_source(SEEDS / "qianjiang-2019.txt")])
    assert set(spent) <= set(PIPELINE.names) and "projects" in spent and "observations" in spent
    assert all(s >= 0 for s in spent.values()) and 0 < sum(spent.values()) <= total
