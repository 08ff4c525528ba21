"""Supervisors' and administrators' windows: audit, registry, settings."""
