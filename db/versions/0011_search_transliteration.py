"""Search by the passport's spelling: every case indexed again, so its names are found as
ICAO 9303 writes them in the machine-readable zone ("Loechel" finds "Löchel")

The terms are computed by the application's indexer, not here: the upgrade queues every case
for indexing (the search queue of revision 0004), and the window's refresh and `cases
--search` index the queue before they search. A downgrade queues them again, so the older
code writes its own terms back.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

QUEUE_EVERY_CASE = (
    "INSERT INTO search_pending (case_id) SELECT id FROM cases "
    "WHERE id NOT IN (SELECT case_id FROM search_pending)"
)


def upgrade() -> None:
    op.execute(QUEUE_EVERY_CASE)


def downgrade() -> None:
    op.execute(QUEUE_EVERY_CASE)
