"""The PySide6 window: it composes widgets that call core services, never the database itself."""

from kvisa_desk.ui.shell.refcount_guard import immortalise_singletons

immortalise_singletons()  # before any signal is emitted: see refcount_guard
