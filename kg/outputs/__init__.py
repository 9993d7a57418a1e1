"""Stage 5: what a built graph is turned into: the network page, property-graph tables, report files."""
