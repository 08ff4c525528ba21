"""Merge the worklist (0004) and decisions (0006) branches, written in parallel

Revision ID: 0007
Revises: 0004, 0006
Create Date: 2026-11-29 08:27:00
"""

from __future__ import annotations

revision = "0007"
down_revision = ("0004", "0006")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
