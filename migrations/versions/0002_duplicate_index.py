"""Near-duplicate index (MinHash signatures and LSH band keys) and the analyst's review of the flags.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 23:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_fingerprints",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("letter_id"),
    )
    op.create_table(
        "letter_bands",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("letter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("key", "letter_id"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("incoming_letters") as batch:
        batch.add_column(sa.Column("duplicate_review", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("related_ids", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("incoming_letters") as batch:
        batch.drop_column("related_ids")
        batch.drop_column("duplicate_review")
    op.drop_table("letter_bands")
    op.drop_table("letter_fingerprints")
