"""Stage 1: reading a file, the document (parts, sections, sentences), tokens and quantities."""
from kg.text.regex_cache import install

install()  # compiled regexes from the on-disk cache (kg.text.regex_cache): a faster start
