"""`kg build --merge NAME` takes a name, written in the -o folder beside the reports' files: a path
(`--merge a/b`, which made the subfolder a/ unasked) is refused in one line saying what to write,
before anything is built."""
from __future__ import annotations

import pytest

from kg.cli import main

from .conftest import SEEDS


@pytest.mark.parametrize("name, fix", [("a/b", "write -o {out}/a --merge b"), ("sub/dir/", "write -o {out}/sub --merge dir"),
                                       ("..", "write --merge corpus"), (".", "write --merge corpus")])
def test_a_merge_name_with_a_path_is_refused_before_anything_is_built(capsys, tmp_path, name, fix):
    out = tmp_path / "out"
    code = main(["build", "--no-page", "--no-cache", "-o", str(out), "--merge", name, str(SEEDS / "yixian-2019.txt")])
    err = capsys.readouterr().err
    # a bad value of an option: a usage error, exit 2, naming the command and its help (README)
    assert code == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(f"kg build: error: --merge {name}: a name, not a path: the merged files are written in the -o "
                          "folder"), err
    assert err.rstrip().endswith(f"({fix.format(out=out)}) (see kg build --help)"), err
    assert not out.exists()
