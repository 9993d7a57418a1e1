"""An irrigation district's renovation package is one works, named whole (ANNOTATION: the shortest span
that names the thing completely; the water-conservancy programme 大中型灌区续建配套 names it so): "某某灌区
续建配套工程" on its own, and after a reservoir's irrigation district ("某某水库灌区续建配套…工程"), where
two heads (水库, 灌区) stand before the actions. The reservoir's stem stays a place (rule 8), and the
works is at it. Sentences written in the genre's phrasing with invented names."""
from __future__ import annotations

import pytest

from tests.conftest import assert_found, review_located, review_names, review_projects as projects


@pytest.mark.parametrize("sentence,found,not_found", [
    # the package's own actions after the district's head, before 工程
    ("开工建设澄江水库灌区续建配套工程。", {"澄江水库灌区续建配套工程"}, {"澄江水库灌区", "配套工程"}),
    ("青禾灌区续建配套工程完成投资1.2亿元。", {"青禾灌区续建配套工程"}, {"青禾灌区"}),
    ("推进白鹭水利枢纽灌区续建配套工程。", {"白鹭水利枢纽灌区续建配套工程"}, {"白鹭水利枢纽灌区"}),
    # two actions joined by 与 after a reservoir's irrigation district: the head before them is 灌区
    ("开工建设石岭水库灌区续建配套与现代化改造工程。", {"石岭水库灌区续建配套与现代化改造工程"},
     {"石岭水库灌区", "现代化改造工程"}),
    ("青岚水库灌区续建配套与节水改造工程完工。", {"青岚水库灌区续建配套与节水改造工程"}, {"青岚水库灌区"}),
    # the district alone, with no package after it, stays the works
    ("澄江灌区加快建设。", {"澄江灌区"}, set()),
    # a kind of district with the programme's words names no works
    ("实施大中型灌区续建配套工程。", set(), {"大中型灌区续建配套工程"}),
])
def test_irrigation_packages(tmp_path, sentence, found, not_found):
    assert_found(projects(tmp_path, sentence), found, not_found)


def test_the_package_is_at_the_reservoir_s_stem(tmp_path):
    places = review_names(tmp_path, "Place", "开工建设澄江水库灌区续建配套工程。", title="2019年青禾县政府工作报告")
    assert "澄江" in places
    links = review_located(tmp_path, "开工建设澄江水库灌区续建配套工程。", "2019年青禾县政府工作报告")
    assert ("澄江水库灌区续建配套工程", "澄江") in links, links
