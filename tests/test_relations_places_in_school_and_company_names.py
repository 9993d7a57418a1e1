"""locatedIn (issue 10, session 36): a place inside the name of a school or hospital inside a works'
name is where the works is, whatever the report's own area (ANNOTATION rule 8; the u34/u35 gold:
"四川文理学院新校区一期" → 四川 in a city of 四川); inside a company's name, or another body's outside
the report's own area, it is where the company comes from, not where its works are. Sentences in the
genre's phrasing, names made up: the first tests fail without the rule, the others keep its guard."""
from __future__ import annotations

import pytest

from kg.extract import ORG, PLACE, PROJECT
from tests.test_relations_parks_and_signing import links

AREA = "某某省青州市"


@pytest.mark.parametrize("org, project", [
    ("湖南文理学院", "湖南文理学院新校区一期"),
    ("湖南医科大学附属第二医院", "湖南医科大学附属第二医院东院区"),
    ("湖南职业技术学院", "湖南职业技术学院实训楼"),
])
def test_a_school_or_hospital_named_after_its_province_has_its_works_there(tmp_path, org, project):
    got = links(tmp_path, f"{project}投入使用。", [(PROJECT, project), (ORG, org), (PLACE, "湖南")], AREA)
    assert ("locatedIn", project, "湖南省") in got, got


@pytest.mark.parametrize("org, project", [
    ("湖南宏达集团", "湖南宏达集团年产5万吨新材料项目"),   # a company: where it comes from
    ("香港恒德", "香港恒德商贸城项目"),                    # a trade name from outside the area
])
def test_a_company_named_after_a_place_elsewhere_does_not_put_its_works_there(tmp_path, org, project):
    place = org[:2]
    got = links(tmp_path, f"加快推进{project}建设。", [(PROJECT, project), (ORG, org), (PLACE, place)], AREA)
    assert not any(k == "locatedIn" for k, _, _ in got), got
