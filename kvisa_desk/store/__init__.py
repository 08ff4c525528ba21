"""Persistence: SQLAlchemy models, engine set-up, migrations and safe file writes."""
