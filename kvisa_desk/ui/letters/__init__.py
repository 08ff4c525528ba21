"""The Letters tab: issue, preview, print and save letters."""
