"""A body that opens the name of an event the report hosts (a hosting verb of
org_event_hosting_verbs.txt before it, a year or an ordinal between maybe, and the clause running on to
an event's head of event_heads.txt) is inside that name and not annotated (ANNOTATION rule 8). Lines
from the Fujian and Jiangsu reports of tests/real/next; a body the verb's clause only mentions stays."""
from __future__ import annotations

from tests.conftest import assert_found, province_orgs as _orgs


def test_a_body_opening_a_hosted_event_is_inside_its_name(tmp_path):
    orgs = _orgs(tmp_path, "办好联合国教科文组织保护非物质文化遗产政府间委员会第21届常会,",
                 "开展“江苏优品行全球”行动,办好2026年亚太经合组织贸易部长会议,稳住传统市场、开拓新兴市场。")
    assert_found(orgs, set(), {"联合国教科文组织", "亚太经合组织"})


def test_a_body_the_hosting_clause_only_mentions_stays(tmp_path):
    orgs = _orgs(tmp_path, "支持联合国教科文组织在我省设立中心。", "认真办好省委交办的民生实事。",
                 "积极承办国务院部署的重大改革试点。")
    assert_found(orgs, {"联合国教科文组织", "省委", "国务院"}, set())
