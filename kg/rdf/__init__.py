"""Stage 4: the policy ontology's vocabulary, IRIs, the RDF graph, its formats, read-back and validation."""
