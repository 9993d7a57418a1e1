"""A new user's third walk through the README: faults of the CLI found on a fresh clone."""
from __future__ import annotations

from .conftest import SEEDS
from .test_cli_new_user import kg, one_error_line


def test_an_output_folder_that_cannot_be_made_is_said_once_before_building(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "out"  # under a file: cannot be made
    r = kg("build", "--no-page", "--no-cache", SEEDS / "yixian-2019.txt", SEEDS / "qianjiang-2019.txt", "-o", out)
    assert one_error_line(r).startswith(f"kg: error: cannot make folder {out}: ") and r.stdout == ""
