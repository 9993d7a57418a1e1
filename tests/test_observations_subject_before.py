"""A bare measure (a head word alone: 成交额, 总产) is of the subject of the clause right before it:
"高交会促成…签约，成交额超1700亿元" → 高交会成交额. Sentences from the Guangdong sample (read from
../shared) and from Hebei's 2023 report."""
import re

from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source

from tests.conftest import shared_file


def found(tmp_path, head, body):
    path = tmp_path / "r.txt"
    path.write_text(f"{head}\n各位代表:\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_bare_measure_takes_the_subject_of_the_clause_before(tmp_path):
    text = shared_file("seeds", "guangdong-2026.txt").read_text(encoding="utf-8")
    sentence = re.search(r"高交会促成[^。]*成交额[^。]*。", text).group(0)
    obs = found(tmp_path, "广东省人民政府工作报告", f"一、2025年工作回顾\n{sentence}")
    assert ("高交会成交额", "1700", "亿元") in obs, obs
    assert not [o for o in obs if o[0] == "成交额"]


def test_a_set_phrase_ends_the_subject(tmp_path):
    # "连年丰收" (jieba: a set phrase) is the clause's predicate; 粮食 its subject
    obs = found(tmp_path, "河北省人民政府工作报告", "一、2022年工作回顾\n"
                "粮食连年丰收、总产稳定在740亿斤以上。")
    assert ("粮食总产", "740", "亿斤") in obs, obs


def test_a_list_item_before_a_measure_is_no_subject(tmp_path):
    # the item before 、 has no predicate: it is another measure of the list, not a subject
    obs = found(tmp_path, "广东省人民政府工作报告", "一、2025年工作回顾\n"
                "进出口总额、成交额分别增长5%和6%。")
    assert not [o for o in obs if o[0].startswith("进出口总额成交额")], obs
