"""policy-kg: a knowledge graph of Chinese government work reports, built by rules."""
__version__ = "0.1.0"
