"""A list's conjunction glued by jieba to the works after a verb opens no name (session 58, second round,
helper pjw2: projects._joins_objects_of_verb in _glued_conjunction): "推动榆安大型灌区建设和景电灌区、靖会灌区
现代化改造" (jieba's 和景电) names 景电灌区, not 和景电灌区, and 和景电 is no place. Sentence of
tests/real/gansu-2026.txt."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph, review_mentions


def test_he_after_a_verb_opens_no_works(tmp_path):
    sentence = "建成阿克塞生态保护及城乡供水一体化工程，推动榆安大型灌区建设和景电灌区、靖会灌区现代化改造。"
    projects, _, _ = review_graph(tmp_path, sentence, "2026年甘肃省人民政府工作报告")
    assert_found(projects, {"景电灌区", "靖会灌区", "榆安大型灌区"}, {"和景电灌区"})
    assert "和景电" not in {m.text for m in review_mentions(tmp_path, sentence, "2026年甘肃省人民政府工作报告") if m.type == "Place"}
