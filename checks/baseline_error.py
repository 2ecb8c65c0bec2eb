"""The one error a baseline file can raise, importable without the baseline machinery."""


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""
