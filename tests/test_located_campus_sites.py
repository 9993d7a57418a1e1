"""locatedIn of a campus or branch site named after the area it stands in (place_campus_heads.txt:
校区, 院区, 分院, 分校): it is in that area, not in the city or province its institution is named after,
whether or not the area lies in that city (beijing-2026-review, hainan-2026; the gold of both, and of
beijing-2026's 宣武医院房山院区 and tianjin-2026's 市第三中心医院东丽院区, places each at its site alone)."""
from __future__ import annotations

from tests.test_relations import links


def test_a_campus_is_at_its_site_not_in_its_institutions_home(tmp_path):
    sentence = "北京工业大学房山校区、北京儿童医院亦庄院区等开工建设。"
    got = links(tmp_path, sentence, area="北京市", places=["北京", "房山", "亦庄"],
                orgs=["北京工业大学", "北京儿童医院"], projects=["北京工业大学房山校区", "北京儿童医院亦庄院区"])
    located = {(a, b) for k, a, b in got if k == "locatedIn"}
    assert ("北京工业大学房山校区", "房山区") in located and ("北京儿童医院亦庄院区", "亦庄") in located
    assert not any(b == "北京市" for a, b in located)


def test_a_campus_in_a_province_named_institution(tmp_path):
    got = links(tmp_path, "推进海南大学崖州校区建设。", area="海南省", places=["海南", "崖州"],
                orgs=["海南大学"], projects=["海南大学崖州校区"])
    located = {(a, b) for k, a, b in got if k == "locatedIn"}
    assert located and all(b != "海南省" for a, b in located)
    # without a site named before the head, the institution's home stays its place
    got = links(tmp_path, "建设海南大学新校区。", area="海南省", places=["海南"], orgs=["海南大学"],
                projects=["海南大学新校区"])
    assert ("locatedIn", "海南大学新校区", "海南省") in got
