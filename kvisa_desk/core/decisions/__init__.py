"""Decisions and their letters: recommend, sign off, issue, verify."""
