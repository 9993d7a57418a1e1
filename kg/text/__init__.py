"""Stage 1: reading a file, the document (parts, sections, sentences), tokens and quantities."""
