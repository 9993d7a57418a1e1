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
