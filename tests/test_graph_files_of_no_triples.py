"""A graph file that parses but holds no triple is read with one warning line naming it, whatever
its format: a JSON-LD of a context alone, a TriG of prefixes alone and an N-Quads of a comment were
read in silence by kg query, kg serve and kg projects (an empty Turtle file was already said)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import SEEDS

EMPTY = {
    "context.jsonld": '{"@context": {"pol": "https://w3id.org/policy-kg/ontology#"}}\n',
    "graph-of-none.jsonld": '{"@context": {"pol": "https://w3id.org/policy-kg/ontology#"}, "@graph": []}\n',
    "prefixes.trig": "@prefix pol: <https://w3id.org/policy-kg/ontology#> .\n",
    "comment.nq": "# 青禾镇 2024: nothing yet\n",
    "prefixes.ttl": "@prefix pol: <https://w3id.org/policy-kg/ontology#> .\n",
}


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_kg_query_warns_of_a_graph_file_of_no_triples(tmp_path, name):
    path = tmp_path / name
    path.write_text(EMPTY[name], encoding="utf-8")
    r = kg("query", path, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert r.returncode == 0 and r.stderr == f"kg: warning: {path} holds no triples\n", r.stderr


def test_kg_projects_warns_of_a_json_ld_of_a_context_alone(tmp_path):
    path = tmp_path / "context.jsonld"
    path.write_text(EMPTY["context.jsonld"], encoding="utf-8")
    r = kg("projects", path)
    assert r.returncode == 0 and r.stderr == f"kg: warning: {path} holds no triples\n", r.stderr


def test_a_dataset_with_triples_is_not_said_to_hold_none(tmp_path):
    r = kg("build", "--no-page", "--no-cache", SEEDS / "yixian-2019.txt", "-o", tmp_path, "--format", "trig,nt")
    assert r.returncode == 0, r.stderr
    for graph in (tmp_path / "yixian-2019.trig", tmp_path / "yixian-2019.nt"):
        r = kg("query", graph, "ASK { ?s ?p ?o }")
        assert r.returncode == 0 and r.stderr == "" and r.stdout.strip() == "true", r.stderr
