"""vidsense: an open video understanding service (see README.md)."""

__version__ = "0.1.0"
