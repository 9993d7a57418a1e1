"""Former name of kg.build_outputs (what `kg build` writes), kept while kg.batch imports it from here."""
from .build_outputs import page_title, write_outputs

__all__ = ["page_title", "write_outputs"]
