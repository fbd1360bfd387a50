"""One door: received messages (e-mail, WhatsApp), links to other systems (LAPOR!, other units), the
outbox, the exchange history and other units' fingerprints. New tables only.

Revision ID: 0011_channels_exchange
Revises: 0010_outgoing_letters
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_channels_exchange"
down_revision = "0010_outgoing_letters"
branch_labels = None
depends_on = None


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "received_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("message_id", sa.String(length=500), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        _now("created_at"),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
    )
    op.create_index("ix_received_messages_message_id", "received_messages", ["message_id"])
    op.create_index("ix_received_messages_letter_id", "received_messages", ["letter_id"])
    op.create_table(
        "external_refs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=60), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("remote_status", sa.String(length=100), nullable=True),
        _now("created_at"),
        _now("updated_at"),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("system", "external_id", name="uq_external_refs_system_id"),
        sa.UniqueConstraint("letter_id", "system", name="uq_external_refs_letter_system"),
    )
    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("response", sa.JSON(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        _now("created_at"),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index("ix_outbox_due", "outbox_messages", ["status", "next_attempt_at", "id"])
    op.create_index("ix_outbox_messages_letter_id", "outbox_messages", ["letter_id"])
    op.create_table(
        "exchange_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        _now("at"),
        sa.Column("system", sa.String(length=60), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["letter_id"], ["incoming_letters.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_events_letter", "exchange_events", ["letter_id", "id"])
    op.create_table(
        "unit_fingerprints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("unit_ref", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        _now("imported_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit", "unit_ref", name="uq_unit_fingerprints_ref"),
    )


def downgrade() -> None:
    op.drop_table("unit_fingerprints")
    op.drop_index("ix_exchange_events_letter", table_name="exchange_events")
    op.drop_table("exchange_events")
    op.drop_index("ix_outbox_messages_letter_id", table_name="outbox_messages")
    op.drop_index("ix_outbox_due", table_name="outbox_messages")
    op.drop_table("outbox_messages")
    op.drop_table("external_refs")
    op.drop_index("ix_received_messages_letter_id", table_name="received_messages")
    op.drop_index("ix_received_messages_message_id", table_name="received_messages")
    op.drop_table("received_messages")
