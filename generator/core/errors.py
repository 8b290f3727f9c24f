"""The two ways a build stops on purpose; ``python -m generator`` prints either as one message.

``DataError``: a data file cannot be used (the message names file, line and field).
``BuildError``: a build step failed (wheel, snapshot, MkDocs, a file the service worker needs).
Either way nothing is half-built: site/ stays as it was.
"""


class DataError(Exception):
    """A data file cannot be used; the message names the file, line and field."""


class BuildError(Exception):
    """A build step failed; the message says which and why."""
