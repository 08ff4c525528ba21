"""The PySide6 window: it composes widgets that call core services, never the database itself."""
