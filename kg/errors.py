"""The one error type the command line turns into a one-line message."""


class KgError(Exception):
    """A problem with the user's input that deserves a clear message, not a traceback."""


class KgWarning(UserWarning):
    """Input the tool could read but not perfectly (a damaged byte); shown as one line."""


class Terminated(BaseException):
    """SIGTERM (`kill`, systemd, docker stop) while `kg serve` runs: raised in the main thread so the
    server stops as Ctrl-C stops it (its workers ended), and the command exits 143 (128 + SIGTERM)
    in silence. A BaseException, as KeyboardInterrupt is, so no `except Exception` swallows it."""
