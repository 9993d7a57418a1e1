"""The one error type the command line turns into a one-line message."""


class KgError(Exception):
    """A problem with the user's input that deserves a clear message, not a traceback."""


class KgWarning(UserWarning):
    """Input the tool could read but not perfectly (a damaged byte); shown as one line."""
