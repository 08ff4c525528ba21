"""Importing application files in the window: the file, its progress and what became of it."""
