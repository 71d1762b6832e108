"""unghost: why HR hasn't called back, and what to do about it."""

__version__ = "0.1.0"
