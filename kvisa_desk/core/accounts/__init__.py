"""Officer accounts, roles, permissions, and the audit trail."""
