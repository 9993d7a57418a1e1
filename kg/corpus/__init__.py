"""Many reports: batches in worker processes, project histories, promises kept."""
