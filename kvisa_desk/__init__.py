"""KVisa Desk: case management for China's K visa (young S&T talent)."""

__version__ = "0.1.0"
