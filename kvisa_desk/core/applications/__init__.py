"""The `kvisa-application/1` file format: validation, readers and the import service."""
