"""The one error type the command line turns into a one-line message."""


class KgError(Exception):
    """A problem with the user's input that deserves a clear message, not a traceback."""
