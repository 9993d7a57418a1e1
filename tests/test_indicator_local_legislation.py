"""A count of local legislation is named by the kind of law, without the verbs of law-making and
the body that passes it (sentences from the review parts of the 2026 reports of Jiangxi, Beijing,
Sichuan and Zhejiang in tests/real); the State Council's 行政法规 keeps its verbs (national-2017)."""
from tests.test_indicator_designations_obtained import names


def test_local_laws_are_named_by_their_kind(tmp_path):
    found = names(tmp_path, "累计提请省人大常委会审议省级地方性法规46件，制定省政府规章21件。")
    assert {"省级地方性法规", "省政府规章"} <= found
    assert "政府规章" in names(tmp_path, "坚持依法行政，立改废政府规章18项。")
    assert "省政府规章" in names(tmp_path, "严格履行法定程序，制定、废止省政府规章6件。")


def test_a_kind_of_law_before_its_verbs_is_the_name(tmp_path):
    assert "地方性法规" in names(tmp_path, "地方性法规提请人大审议9件。")


def test_administrative_regulations_keep_their_verbs(tmp_path):
    assert "制定修订行政法规" in names(tmp_path, "制定修订行政法规8件。")
