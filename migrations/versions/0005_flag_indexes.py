"""Partial indexes for the register's flag filters (Duplikat, Tembusan, Identitas kurang, Terkait).

Without them a rare flag made the database walk the whole date index to fill one page (0.6 s at
200,000 letters when no letter carried the flag). Each index holds only the flagged letters, in the
register's date order, on the predicate the queries repeat (``sipdumas.models.FLAG_PREDICATES``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Copied, not imported: a migration must keep building the schema it built on the day it was written.
_FLAGS = {
    "duplicate": "duplicate_of_id IS NOT NULL",
    "carbon_copy": "carbon_copy = TRUE",
    "identity_incomplete": "identity_complete = FALSE",
    "related": "CAST(related_ids AS TEXT) NOT IN ('[]', 'null')",
}


def upgrade() -> None:
    for flag, predicate in _FLAGS.items():
        where = sa.text(predicate)
        op.create_index(
            f"ix_letters_flag_{flag}",
            "incoming_letters",
            ["received_at", "id"],
            sqlite_where=where,
            postgresql_where=where,
        )


def downgrade() -> None:
    for flag in _FLAGS:
        op.drop_index(f"ix_letters_flag_{flag}", table_name="incoming_letters")
