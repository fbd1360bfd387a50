"""Review workflow, dispositions, review notes, routing rules, deadlines and forwarding letters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _created(name: str = "created_at") -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("old_status", sa.String(length=20), nullable=True),
        sa.Column("new_status", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        _created("at"),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_status_changes_letter", "status_changes", ["letter_id", "id"])

    op.create_table(
        "dispositions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("assignee", sa.String(length=64), nullable=False),
        sa.Column("instructions", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_dispositions_assignee", "dispositions", ["assignee", "active", "letter_id"])
    op.create_index("ix_dispositions_letter", "dispositions", ["letter_id", "id"])

    op.create_table(
        "review_notes",
        sa.Column("letter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("core_problem", sa.Text(), nullable=True),
        sa.Column("regulation", sa.Text(), nullable=True),
        sa.Column("related_ids", sa.JSON(), nullable=False),
        sa.Column("recommendation", sa.String(length=20), nullable=True),
        sa.Column("recommendation_note", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("letter_id"),
    )

    op.create_table(
        "forwarding_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "forwarding_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("checksum", sa.String(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
        sa.UniqueConstraint("year", "serial", name="uq_forwarding_serial"),
    )
    op.create_index("ix_forwarding_letter", "forwarding_letters", ["letter_id", "id"])
    op.create_index("ix_forwarding_date", "forwarding_letters", ["forwarded_on", "letter_id"])
    op.create_index("ix_forwarding_letters_agency_id", "forwarding_letters", ["agency_id"])

    op.create_table(
        "routing_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("pattern", sa.String(length=500), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_routing_rules_agency_id", "routing_rules", ["agency_id"])
    op.create_table(
        "routing_words",
        sa.Column("agency_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("word", sa.String(length=60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agency_id", "word"),
    )

    op.create_index("ix_letters_status_received", "incoming_letters", ["status", "received_at"])


def downgrade() -> None:
    op.drop_index("ix_letters_status_received", table_name="incoming_letters")
    op.drop_table("routing_words")
    op.drop_index("ix_routing_rules_agency_id", table_name="routing_rules")
    op.drop_table("routing_rules")
    for name in ("ix_forwarding_letters_agency_id", "ix_forwarding_date", "ix_forwarding_letter"):
        op.drop_index(name, table_name="forwarding_letters")
    op.drop_table("forwarding_letters")
    op.drop_table("forwarding_counters")
    op.drop_table("review_notes")
    op.drop_index("ix_dispositions_letter", table_name="dispositions")
    op.drop_index("ix_dispositions_assignee", table_name="dispositions")
    op.drop_table("dispositions")
    op.drop_index("ix_status_changes_letter", table_name="status_changes")
    op.drop_table("status_changes")
