"""The root of every error jointwatch raises on purpose."""


class JointwatchError(Exception):
    """Base class: catch this to handle any jointwatch failure."""


class ConfigurationError(JointwatchError):
    """A setting or data file is wrong; the message says what to change."""
