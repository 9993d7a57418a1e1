"""Stage 3: mentions become entities, relations, observations and stage records (the ReportGraph)."""
