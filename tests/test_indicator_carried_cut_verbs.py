"""A list's later items named without the verb the first count's name lost: "建成美丽河湖30条、幸福河湖69条"
counts 幸福河湖, not 建成幸福河湖, once 建成 before the designation 美丽河湖 is cut (sentences read from the
2026 reports of Chongqing and Hainan in tests/real); a verb the first name keeps still carries over
("建成碧道7960公里、碧带330公里" → 建成碧带, the Guangdong sample)."""
import re

from tests.conftest import SEEDS, real_observations, report_mentions


def test_items_after_a_cut_designation_verb_lose_it(tmp_path):
    found = {name for name, _ in real_observations(tmp_path, "一、2025年工作回顾", "chongqing-2026-outline", "幸福河湖69条")}
    assert {"美丽河湖", "幸福河湖"} <= found
    assert "建成幸福河湖" not in found
    found = {name for name, _ in real_observations(tmp_path, "一、2025年工作回顾", "hainan-2026-review", "500个和美乡村")}
    assert "建成和美乡村" not in found


def test_a_verb_the_first_name_keeps_still_carries_over(tmp_path):
    text = (SEEDS / "guangdong-2026.txt").read_text(encoding="utf-8")
    sentence = re.search(r"[^。；\n]*碧带330公里[^。；\n]*[。；]", text).group(0)
    found = {m.attrs["indicator"] for m in report_mentions(tmp_path, text.splitlines()[0], "一、2025年工作回顾", sentence)
             if m.type == "Observation"}
    assert {"建成碧道", "建成碧带"} <= found
