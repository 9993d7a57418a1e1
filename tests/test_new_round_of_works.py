"""A new round (新一轮) of works of a kind is no part of a name and, before a kind, names no works (session
60, helper pjw; project_openers.txt): "实施新一轮农村电网改造" national-2016, "开展新一轮人居环境整治"
shandong-2026, "实施新一轮重大技术改造升级工程" national-2018, "推动新一轮省级及以上开发区…" zhejiang-2026."""
from __future__ import annotations

from tests.conftest import review_projects


def test_a_new_round_of_a_kind_is_no_works(tmp_path):
    got = review_projects(tmp_path, "实施新一轮农村电网改造，开展新一轮人居环境整治。", "2026年山东省人民政府工作报告")
    assert not any(name.startswith("新一轮") for name in got)
    assert not {"农村电网改造", "人居环境整治"} & got
