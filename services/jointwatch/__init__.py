"""jointwatch: alerts on news reports of joint military activity."""

__version__ = "0.1.0"
