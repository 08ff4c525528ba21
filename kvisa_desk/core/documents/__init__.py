"""A case's documents: attach, list, read back, verify."""
