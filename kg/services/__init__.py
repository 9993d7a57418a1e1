"""Services over built graphs: SPARQL, the HTTP endpoint, pushing to a store."""
