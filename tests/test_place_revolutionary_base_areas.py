"""The old revolutionary base areas and cooperation zones of the 2021 plans are named regions (regions.txt):
"闽西革命老区" is one place (not its part 闽西 alone), "湘赣边" the border region of Hunan and Jiangxi.
Sentences of the 2026 plans of 福建 and 湖南 (tests/real)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, plan_entities


@pytest.mark.parametrize("line,found,not_found", [
    ("推动闽西革命老区高质量发展。", {"闽西革命老区"}, {"闽西"}),  # fujian-2026
    ("融入长江经济带发展，深化湘赣边区域合作。", {"湘赣边"}, set()),  # hunan-2026
])
def test_base_area_named_whole(tmp_path, line, found, not_found):
    assert_found(plan_entities(tmp_path, "Place", line), found, not_found)
